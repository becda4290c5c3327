/** Auth.js's session cookie: the __Secure- name on an https site, the plain one over http. */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

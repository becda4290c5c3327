/**
 * Links Auth.js builds point at whatever host the request named: behind Next that may be `localhost`
 * when the site is `127.0.0.1`, or an internal host behind a proxy. Sign-in links and redirects are
 * rebuilt here on the site's own origin (AUTH_URL), and only same-origin paths are returned to.
 */

/** A same-site path to return to after sign-in, or "/" for anything else (another site, `//host`, `\`). */
export function safeReturnPath(value: string | null | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : "/";
}

/**
 * Where Auth.js may send a person: a path, or an absolute URL on the site or on the host the request
 * named (`requestOrigin`), becomes that path on the site; any other URL falls back to the home page.
 */
export function siteRedirect(url: string, site: string, requestOrigin: string): string {
  const siteOrigin = new URL(site).origin;
  if (url.startsWith("/")) return `${siteOrigin}${safeReturnPath(url)}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${siteOrigin}/`;
  }
  if (parsed.origin !== siteOrigin && parsed.origin !== requestOrigin) return `${siteOrigin}/`;
  return `${siteOrigin}${safeReturnPath(`${parsed.pathname}${parsed.search}${parsed.hash}`)}`;
}

/**
 * The emailed sign-in link: Auth.js's callback path and token on the site's origin, with its
 * `callbackUrl` reduced to the same-site path the person came from.
 */
export function siteSignInLink(authJsLink: string, site: string): string {
  const link = new URL(authJsLink);
  const onSite = new URL(`${link.pathname}${link.search}`, new URL(site).origin);
  const back = new URL(siteRedirect(link.searchParams.get("callbackUrl") ?? "/", site, link.origin));
  onSite.searchParams.set("callbackUrl", `${back.pathname}${back.search}${back.hash}`);
  return onSite.toString();
}

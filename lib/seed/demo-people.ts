/** One demo account per role; the employer and the partner administer their organisations. Sign in with any of these addresses; the link appears in the console outbox. */
export const DEMO_PEOPLE = [
  { email: "resident@example.org", name: "Amira Hussain", role: "resident", neighbourhood: "Foleshill", organisation: null },
  { email: "employer@example.org", name: "Tom Bennett", role: "employer", neighbourhood: "Foleshill", organisation: "foleshill-precision-engineering" },
  { email: "partner@example.org", name: "Sue Webb", role: "partner", neighbourhood: "Foleshill", organisation: "cwn-community" },
  { email: "officer@example.org", name: "Helen Harper", role: "officer", neighbourhood: null, organisation: "ccc-community-education-service" },
  { email: "admin@example.org", name: "Alan Watkins", role: "admin", neighbourhood: null, organisation: "coventry-city-council" },
] as const;

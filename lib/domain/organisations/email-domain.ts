import publicProviders from "email-providers/all.json" with { type: "json" };

const PUBLIC_DOMAINS: ReadonlySet<string> = new Set(publicProviders);

/** The part after the @, lower case: "Ann@Example.CO.UK" gives "example.co.uk". */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).trim().toLowerCase();
}

/**
 * Whether anyone at all can have an address at this domain: webmail and internet providers (from
 * the email-providers list, about 8,700 domains). Such a domain never proves who someone works for.
 */
export function isPublicEmailDomain(domain: string): boolean {
  return PUBLIC_DOMAINS.has(domain.toLowerCase());
}

/**
 * Whether this address lets its owner join the organisation without an administrator's approval:
 * only a verified organisation's own (non-public) domain does.
 */
export function joinsAutomatically(email: string, organisation: { emailDomain: string | null; verification: string }): boolean {
  const domain = domainOf(email);
  return organisation.verification === "verified" && organisation.emailDomain === domain && !isPublicEmailDomain(domain);
}

/**
 * What is wrong with the email domain someone gives for their organisation, or null: it must be the
 * domain of their own address (so they show they hold it), and not a webmail provider's.
 */
export function emailDomainProblem(ownEmail: string, domain: string): "publicDomain" | "notYourDomain" | null {
  if (isPublicEmailDomain(domain)) return "publicDomain";
  if (domainOf(ownEmail) !== domain.toLowerCase()) return "notYourDomain";
  return null;
}

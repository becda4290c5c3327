import "server-only";
import { neighbourhoods, organisations } from "@/lib/db/schema";

/**
 * What the organisation's own page and the officers' pages show of it: queries select these and
 * left-join `neighbourhoods` on the organisation's neighbourhood.
 */
export const ORGANISATION_DETAILS = {
  name: organisations.name,
  kind: organisations.kind,
  type: organisations.type,
  sicSection: organisations.sicSection,
  sizeBand: organisations.sizeBand,
  postcode: organisations.postcode,
  neighbourhood: neighbourhoods.name,
  website: organisations.website,
  emailDomain: organisations.emailDomain,
  verification: organisations.verification,
  verificationNote: organisations.verificationNote,
  verifiedAt: organisations.verifiedAt,
  createdAt: organisations.createdAt,
};

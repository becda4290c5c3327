import type { OrganisationKind, Verification } from "./membership";

/** An organisation as its own page and the officers' pages show it. */
export type OrganisationDetails = {
  name: string;
  kind: OrganisationKind;
  type: string;
  sicSection: string | null;
  sizeBand: string | null;
  postcode: string | null;
  neighbourhood: string | null;
  website: string | null;
  emailDomain: string | null;
  verification: Verification;
  verificationNote: string | null;
  verifiedAt: Date | null;
  createdAt: Date;
};

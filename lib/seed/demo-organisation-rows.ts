import { postcodePrefixes } from "@/lib/domain/organisations/postcode";
import { slugify } from "@/lib/text/slugify";
import { DEMO_POSTCODE_AREAS, ORGANISATIONS } from "./demo-reference";

type Seed = (typeof ORGANISATIONS)[number];

/**
 * A demo organisation as a row: every seeded organisation counts as verified (an officer would have
 * added it), private ones are employers, and an employer's postcode places it in its neighbourhood.
 */
export function organisationRow(org: Seed, neighbourhoodIds: ReadonlyMap<string, string>, today: Date) {
  const area = org.employer ? postcodePrefixes(org.employer.postcode).map((prefix) => DEMO_POSTCODE_AREAS[prefix]).find(Boolean) : undefined;
  return {
    slug: org.slug,
    name: org.name,
    type: org.type,
    place: org.place,
    description: org.description,
    kind: org.type === "private" ? ("employer" as const) : ("partner" as const),
    verification: "verified" as const,
    verifiedAt: today,
    ...(org.employer ? { ...org.employer, neighbourhoodId: area ? (neighbourhoodIds.get(slugify(area)) ?? null) : null } : {}),
  };
}

import { SIC_SECTIONS, SIZE_BANDS } from "@/lib/domain/surveys/organisation";
import type { OrganisationChoices } from "./organisation-fields";

/** The choices of the organisation page: SIC sections with their letters, ONS size bands, Coventry's neighbourhoods. */
export function organisationChoices(neighbourhoods: { id: string; name: string }[]): OrganisationChoices {
  return {
    sectors: Object.entries(SIC_SECTIONS).map(([code, name]) => ({ id: code, name: `${code}: ${name}` })),
    sizeBands: Object.entries(SIZE_BANDS).map(([code, name]) => ({ id: code, name })),
    neighbourhoods: neighbourhoods.map(({ id, name }) => ({ id, name })),
  };
}

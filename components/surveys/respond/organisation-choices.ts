import { SIC_CODES, SIZE_BAND_CODES } from "@/lib/domain/surveys/organisation";
import type { ClassificationLabels } from "@/lib/i18n/classification-labels";
import type { OrganisationChoices } from "./organisation-fields";

/** The choices of the organisation page: SIC sections with their letters, ONS size bands, Coventry's neighbourhoods. */
export function organisationChoices(neighbourhoods: { id: string; name: string }[], labels: ClassificationLabels): OrganisationChoices {
  return {
    sectors: SIC_CODES.map((code) => ({ id: code, name: `${code}: ${labels.sector(code)}` })),
    sizeBands: SIZE_BAND_CODES.map((code) => ({ id: code, name: labels.size(code) })),
    neighbourhoods: neighbourhoods.map(({ id, name }) => ({ id, name })),
  };
}

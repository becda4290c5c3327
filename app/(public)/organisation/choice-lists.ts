import "server-only";
import { getTranslations } from "next-intl/server";
import type { OrganisationChoiceLists } from "@/components/organisations/organisation-details-form";
import { organisationChoices } from "@/components/surveys/respond/organisation-choices";
import { ORGANISATION_TYPES } from "@/lib/domain/partners/options";
import { classificationLabels } from "@/lib/i18n/classification-labels";

/** The choices of the organisation details form, in the request's language. */
export async function organisationChoiceLists(): Promise<OrganisationChoiceLists> {
  const [t, types] = await Promise.all([getTranslations("organisationPage.form.kind"), getTranslations("partners.types")]);
  const { sectors, sizeBands } = organisationChoices([], await classificationLabels());
  return {
    kinds: (["employer", "partner"] as const).map((kind) => ({ id: kind, name: t(kind) })),
    types: ORGANISATION_TYPES.map((type) => ({ id: type, name: types(type) })),
    sectors,
    sizeBands,
  };
}

/** The labels of a stored organisation's type, sector and size band, for its summary. */
export async function organisationLabels(details: { type: string; sicSection: string | null; sizeBand: string | null }) {
  const lists = await organisationChoiceLists();
  const label = (list: { id: string; name: string }[], id: string | null) => (id ? (list.find((option) => option.id === id)?.name ?? id) : null);
  return { typeLabel: label(lists.types, details.type) ?? details.type, sectorLabel: label(lists.sectors, details.sicSection), sizeLabel: label(lists.sizeBands, details.sizeBand) };
}

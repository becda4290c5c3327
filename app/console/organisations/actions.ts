"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { decideOrganisation } from "@/lib/server/organisations/decide-organisation";
import { ZRejectOrganisation, ZVerifyOrganisation } from "@/lib/validations/organisation-verification";

/** After a decision: the lists and the overview's count change, and the page says what was done. */
function decided(organisationId: string, outcome: "verified" | "rejected"): never {
  revalidatePath("/console/organisations");
  revalidatePath("/console");
  redirect(`/console/organisations/${organisationId}?decided=${outcome}`);
}

export const verifyOrganisationAction = formAction("organisation:verify", ZVerifyOrganisation, async (input, { user }) => {
  await decideOrganisation(user, { organisationId: input.organisationId, decision: "verify" });
  decided(input.organisationId, "verified");
});

export const rejectOrganisationAction = formAction("organisation:verify", ZRejectOrganisation, async (input, { user }) => {
  await decideOrganisation(user, { organisationId: input.organisationId, decision: "reject", reason: input.reason });
  decided(input.organisationId, "rejected");
});

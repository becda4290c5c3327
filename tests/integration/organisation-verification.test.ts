import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { IDLE } from "@/components/ui/form-state";
import { getDb } from "@/lib/db/client";
import { auditLog, emailOutbox, organisations, users } from "@/lib/db/schema";
import { countOrganisationsByVerification } from "@/lib/server/organisations/count-organisations-by-verification";
import { decideOrganisation } from "@/lib/server/organisations/decide-organisation";
import { getOrganisationReview } from "@/lib/server/organisations/get-organisation-review";
import { listOrganisationsToVerify } from "@/lib/server/organisations/list-organisations-to-verify";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { getSurveyStart } from "@/lib/server/surveys/respond/get-survey-start";
import { ZRejectOrganisation } from "@/lib/validations/organisation-verification";
import messages from "@/messages/en.json";
import { createUser } from "@/tests/support/factories";
import { enIssues, englishRefusal } from "@/tests/support/messages";
import { createMember, createSelfRegisteredOrganisation } from "@/tests/support/organisation-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

/** Who is signed in when a server action runs: the wrapper reads the person through getCurrentUser. */
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ SESSION_COOKIES: [], getCurrentUser: async () => session.user }));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, getAll: () => [] }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const db = () => getDb();
const REASON = "We could not find this business at Companies House.";

async function organisationRow(id: string) {
  const [row] = await db().select().from(organisations).where(eq(organisations.id, id));
  if (!row) throw new Error("No such organisation");
  return row;
}

const rolesOf = async (people: CurrentUser[]) =>
  (await db().select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, people.map((person) => person.id)))).map((row) => row.role);

const decisionsAbout = (organisationId: string) =>
  db()
    .select({ actorId: auditLog.actorId, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "organisation"), eq(auditLog.subjectId, organisationId)))
    .orderBy(auditLog.createdAt);

const mailTo = (people: CurrentUser[]) =>
  db()
    .select({ to: emailOutbox.toAddress, subject: emailOutbox.subject, text: emailOutbox.textBody, category: emailOutbox.category })
    .from(emailOutbox)
    .where(inArray(emailOutbox.toAddress, people.map((person) => person.email)));

/** An unverified employer with an administrator and a member, and an officer to decide about it. */
async function organisationWithPeople() {
  const organisation = await createSelfRegisteredOrganisation(db());
  const administrator = await createMember(db(), organisation.id, "administrator", "Ada Admin");
  const member = await createMember(db(), organisation.id, "member", "Max Member");
  const officer = await createUser(db(), { role: "officer", name: "Olive Officer" });
  return { organisation, administrator, member, officer };
}

describe("rejecting and reinstating an organisation", () => {
  it("rejects with a reason: its people become residents, the decision is audited, and only administrators are emailed", async () => {
    const { organisation, administrator, member, officer } = await organisationWithPeople();
    expect(await rolesOf([administrator, member])).toEqual(["employer", "employer"]);

    expect(await decideOrganisation(officer, { organisationId: organisation.id, decision: "reject", reason: REASON })).toEqual({ rolesChanged: 2, emailed: 1 });

    expect(await organisationRow(organisation.id)).toMatchObject({ verification: "rejected", verificationNote: REASON, verifiedAt: null });
    expect(await rolesOf([administrator, member])).toEqual(["resident", "resident"]);
    expect(await decisionsAbout(organisation.id)).toEqual([
      { actorId: officer.id, action: "organisation.rejected", details: { from: "unverified", reason: REASON, rolesChanged: 2 } },
    ]);
    const mail = await mailTo([administrator, member]);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: administrator.email, category: "organisation-decision", subject: `${organisation.name} was not verified` });
    expect(mail[0]?.text).toContain(REASON);
    expect(mail[0]?.text).toContain("/organisation");
  });

  it("reinstates a rejected organisation: its people are employers again, and the history shows both decisions", async () => {
    const { organisation, administrator, member, officer } = await organisationWithPeople();
    await decideOrganisation(officer, { organisationId: organisation.id, decision: "reject", reason: REASON });

    expect(await decideOrganisation(officer, { organisationId: organisation.id, decision: "verify" })).toEqual({ rolesChanged: 2, emailed: 1 });

    const row = await organisationRow(organisation.id);
    expect(row).toMatchObject({ verification: "verified", verificationNote: null });
    expect(row.verifiedAt).toBeInstanceOf(Date);
    expect(await rolesOf([administrator, member])).toEqual(["employer", "employer"]);
    expect((await decisionsAbout(organisation.id)).map((entry) => [entry.action, entry.details])).toEqual([
      ["organisation.rejected", { from: "unverified", reason: REASON, rolesChanged: 2 }],
      ["organisation.verified", { from: "rejected", reason: null, rolesChanged: 2 }],
    ]);
    const subjects = (await mailTo([administrator, member])).map((mail) => [mail.to, mail.subject]);
    expect(subjects).toHaveLength(2);
    expect(subjects).toContainEqual([administrator.email, `${organisation.name} is verified`]);

    const review = await getOrganisationReview(organisation.id);
    expect(review.history.map((entry) => [entry.decision, entry.actor, entry.reason, entry.rolesChanged])).toEqual([
      ["verified", "Olive Officer", null, 2],
      ["rejected", "Olive Officer", REASON, 2],
    ]);
    expect(review.people.map((person) => [person.name, person.role])).toEqual([
      ["Ada Admin", "administrator"],
      ["Max Member", "member"],
    ]);
  });

  it("verifies a new organisation without changing anyone's role, rejects a verified one, and keeps staff in their role", async () => {
    const { organisation, administrator, officer } = await organisationWithPeople();
    const colleague = await createUser(db(), { role: "officer" });
    await db().update(users).set({ organisationId: organisation.id, organisationRole: "member" }).where(eq(users.id, colleague.id));

    expect(await decideOrganisation(officer, { organisationId: organisation.id, decision: "verify" })).toMatchObject({ rolesChanged: 0 });
    expect(await decideOrganisation(officer, { organisationId: organisation.id, decision: "reject", reason: REASON })).toMatchObject({ rolesChanged: 2 });
    expect(await rolesOf([administrator, colleague])).toEqual(expect.arrayContaining(["resident", "officer"]));
  });

  it("refuses to decide what the organisation already is, and changes nothing", async () => {
    const { organisation, officer } = await organisationWithPeople();
    await decideOrganisation(officer, { organisationId: organisation.id, decision: "verify" });
    const again = englishRefusal(decideOrganisation(officer, { organisationId: organisation.id, decision: "verify" }));
    expect(await again).toMatchObject({ code: "conflict", message: messages.problems.organisationVerification.alreadyVerified });
    await decideOrganisation(officer, { organisationId: organisation.id, decision: "reject", reason: REASON });
    expect((await englishRefusal(decideOrganisation(officer, { organisationId: organisation.id, decision: "reject", reason: "Again" }))).message).toBe(
      messages.problems.organisationVerification.alreadyRejected,
    );
    expect((await organisationRow(organisation.id)).verificationNote).toBe(REASON);
    expect(await decisionsAbout(organisation.id)).toHaveLength(2);
  });
});

describe("answering employers' surveys", () => {
  it("lets an unverified organisation's employer answer, but not once it is rejected; reinstated, they may again", async () => {
    const { organisation, administrator, officer } = await organisationWithPeople();
    const survey = await createSurvey(db(), { audience: "employers" });
    const asEmployer = { user: administrator, resumeToken: null };
    expect(await getSurveyStart(survey.slug, asEmployer)).toMatchObject({ audienceProblem: null, mayAnswer: true });

    await decideOrganisation(officer, { organisationId: organisation.id, decision: "reject", reason: REASON });
    // The session reads the role from the database on each request: as a resident now.
    const rejected = { user: { ...administrator, role: "resident" as const }, resumeToken: null };
    expect(await getSurveyStart(survey.slug, rejected)).toMatchObject({ audienceProblem: "organisation_rejected", mayAnswer: false });
    const refusal = await englishRefusal(getRespondentDraft(survey.slug, rejected));
    expect(refusal).toMatchObject({ code: "forbidden", message: messages.problems.survey.organisationRejected });

    await decideOrganisation(officer, { organisationId: organisation.id, decision: "verify" });
    expect(await getSurveyStart(survey.slug, asEmployer)).toMatchObject({ audienceProblem: null, mayAnswer: true });
  });

  it("keeps a survey that requires verification to verified organisations' employers", async () => {
    const unverified = await createSelfRegisteredOrganisation(db());
    const verified = await createSelfRegisteredOrganisation(db(), { verification: "verified" });
    const waiting = { user: await createMember(db(), unverified.id), resumeToken: null };
    const checked = { user: await createMember(db(), verified.id), resumeToken: null };
    const alone = { user: await createUser(db(), { role: "employer" }), resumeToken: null };
    const survey = await createSurvey(db(), { audience: "employers", requiresVerified: true });

    expect(await getSurveyStart(survey.slug, waiting)).toMatchObject({ audienceProblem: "verified_only", mayAnswer: false });
    expect(await englishRefusal(getRespondentDraft(survey.slug, waiting))).toMatchObject({ code: "forbidden", message: messages.problems.survey.verifiedOnly });
    expect(await getSurveyStart(survey.slug, alone)).toMatchObject({ audienceProblem: "verified_only" });
    expect(await getSurveyStart(survey.slug, checked)).toMatchObject({ audienceProblem: null, mayAnswer: true });
    await expect(getRespondentDraft(survey.slug, checked)).resolves.toBeDefined();
  });
});

describe("the console's lists", () => {
  it("lists organisations waiting for a decision, newest first, with their people counted, and moves them once decided", async () => {
    const { organisation, officer } = await organisationWithPeople();
    const newer = await createSelfRegisteredOrganisation(db());
    const before = await countOrganisationsByVerification();

    const waiting = await listOrganisationsToVerify("waiting");
    const ids = waiting.map((row) => row.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(organisation.id));
    expect(waiting.find((row) => row.id === organisation.id)).toMatchObject({ kind: "employer", sicSection: "C", sizeBand: "small", verification: "unverified", people: 2 });

    await decideOrganisation(officer, { organisationId: organisation.id, decision: "reject", reason: REASON });
    expect((await listOrganisationsToVerify("waiting")).map((row) => row.id)).not.toContain(organisation.id);
    expect((await listOrganisationsToVerify("rejected")).map((row) => row.id)).toContain(organisation.id);
    expect((await listOrganisationsToVerify("all")).map((row) => row.id)).toEqual(expect.arrayContaining([organisation.id, newer.id]));
    const after = await countOrganisationsByVerification();
    expect([after.unverified, after.rejected]).toEqual([before.unverified - 1, before.rejected + 1]);
  });
});

describe("the decision forms", () => {
  it("needs a reason to reject, of at most 500 characters", () => {
    const organisationId = crypto.randomUUID();
    expect(enIssues(ZRejectOrganisation.safeParse({ organisationId, reason: "   " }).error)).toEqual({ reason: [messages.validation.organisationVerification.reasonRequired] });
    expect(enIssues(ZRejectOrganisation.safeParse({ organisationId }).error)).toEqual({ reason: [messages.validation.organisationVerification.reasonRequired] });
    expect(enIssues(ZRejectOrganisation.safeParse({ organisationId, reason: "x".repeat(501) }).error)).toEqual({ reason: [messages.validation.organisationVerification.reasonTooLong] });
    expect(ZRejectOrganisation.parse({ organisationId, reason: ` ${"x".repeat(500)} ` }).reason).toHaveLength(500);
  });

  it("refuses anyone but officers and admins in the wrapper, before anything changes", async () => {
    const { rejectOrganisationAction } = await import("@/app/console/organisations/actions");
    const { organisation, administrator } = await organisationWithPeople();
    const form = new FormData();
    form.set("organisationId", organisation.id);
    form.set("reason", REASON);
    for (const role of ["resident", "employer", "partner"] as const) {
      session.user = await createUser(db(), { role });
      expect(await rejectOrganisationAction(IDLE, form)).toMatchObject({ status: "error", message: messages.errors.forbidden });
    }
    session.user = administrator;
    expect(await rejectOrganisationAction(IDLE, form)).toMatchObject({ status: "error", message: messages.errors.forbidden });
    expect((await organisationRow(organisation.id)).verification).toBe("unverified");
    expect(await decisionsAbout(organisation.id)).toEqual([]);
  });
});

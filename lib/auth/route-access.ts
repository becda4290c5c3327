import { can, type Action } from "@/lib/domain/access/policy";
import { ROLES, type Role } from "@/lib/domain/access/roles";

/**
 * Who may use each page, route handler and server action: the one declarative map the
 * authorisation matrix checks (lib/auth/route-access.test.ts against the files on disk,
 * tests/integration/authz-actions.test.ts for the actions, e2e/authz-matrix.spec.ts for the pages
 * and route handlers on the production build). A page, handler method or action without an entry
 * here fails those tests, and so does an entry that names nothing.
 *
 * - "anyone": no sign-in needed (what it shows may still depend on the data: a draft is not found).
 * - "signed-in": any role, once signed in.
 * - an Action of lib/auth/policy.ts: the roles that policy names.
 * - { token }: a secret in the request is the authority (a signed link, a bearer secret, a webhook
 *   signature); a session grants nothing, so every role gets the same answer.
 */
export type Access = "anyone" | "signed-in" | Action | { token: string };

/** The six kinds of visitor the matrix checks: no session, and one account of each role. */
export type Visitor = "anonymous" | Role;
export const VISITORS: readonly Visitor[] = ["anonymous", ...ROLES];

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

const PARTNER_LINK = { token: "a partner contact's signed (HMAC) link from their email" } as const;
const INVITATION_LINK = { token: "an organisation invitation's single-use secret link" } as const;
const CAMPAIGN_LINK = { token: "a campaign recipient's personal (HMAC) link from their invitation email" } as const;
const CRON = { token: "hosted cron: Authorization: Bearer $CRON_SECRET (404 when unset); GET for Vercel Cron, POST for others" } as const;

/** The open data API's handlers: a read and its CORS preflight, for anyone. */
const OPEN_DATA = { GET: "anyone", OPTIONS: "anyone" } as const;

/** Pages, by their file under app/. */
export const PAGE_ACCESS: Readonly<Record<string, Access>> = {
  "app/(auth)/sign-in/page.tsx": "anyone",
  "app/(auth)/sign-in/check-email/page.tsx": "anyone",
  "app/(auth)/sign-in/error/page.tsx": "anyone",
  "app/(public)/page.tsx": "anyone",
  "app/(public)/accessibility/page.tsx": "anyone",
  "app/(public)/open-data/page.tsx": "anyone",
  "app/(public)/privacy/page.tsx": "anyone",
  "app/(public)/partners/preferences/[token]/page.tsx": PARTNER_LINK,
  "app/(public)/organisation/page.tsx": "organisation:belong",
  "app/(public)/organisation/register/page.tsx": "organisation:belong",
  // A partner organisation's portal: its people only (checked in the use cases); others a 404.
  "app/(public)/organisation/network/page.tsx": "organisation:belong",
  "app/(public)/organisation/contacts/page.tsx": "organisation:belong",
  // Only the organisation's administrators get the form (checked in the use case); others a 404.
  "app/(public)/organisation/edit/page.tsx": "organisation:belong",
  // Shows who invited whom; accepting needs the invited address signed in (acceptInvitationAction).
  "app/(public)/organisation/invitations/[token]/page.tsx": INVITATION_LINK,
  "app/(public)/profile/page.tsx": "profile:edit",
  "app/(public)/profile/data/page.tsx": "profile:edit",
  "app/(public)/profile/about-you/page.tsx": "profile:edit",
  "app/(public)/account-deleted/page.tsx": "anyone",
  "app/(public)/partners/removed/page.tsx": "anyone",
  // A survey's own audience (anyone, signed in, employers) is checked by its use cases.
  "app/(public)/surveys/page.tsx": "anyone",
  "app/(public)/surveys/[slug]/page.tsx": "anyone",
  "app/(public)/surveys/[slug]/check-answers/page.tsx": "anyone",
  "app/(public)/surveys/[slug]/confirmation/[reference]/page.tsx": "anyone",
  "app/(public)/surveys/[slug]/organisation/page.tsx": "anyone",
  "app/(public)/surveys/[slug]/results/page.tsx": "anyone",
  "app/(public)/surveys/[slug]/save/page.tsx": "anyone",
  "app/(public)/surveys/[slug]/sections/[sectionId]/page.tsx": "anyone",
  // The link's token names the recipient; the page says why it ended and offers a new one to their own address only.
  "app/(public)/surveys/invitations/[token]/new-link/page.tsx": CAMPAIGN_LINK,
  "app/(public)/campaigns/unsubscribe/[token]/page.tsx": CAMPAIGN_LINK,
  "app/(public)/topics/page.tsx": "anyone",
  "app/(public)/topics/[slug]/page.tsx": "anyone",
  "app/(public)/topics/[slug]/comments/[commentId]/reply/page.tsx": "comment:create",
  "app/(public)/topics/[slug]/comments/[commentId]/report/page.tsx": "comment:create",
  "app/(public)/topics/[slug]/comments/[commentId]/edit/page.tsx": "comment:create",
  "app/(public)/topics/[slug]/comments/[commentId]/delete/page.tsx": "comment:create",
  "app/console/page.tsx": "console:access",
  "app/console/moderation/page.tsx": "comment:moderate",
  "app/console/moderation/words/page.tsx": "moderation:words",
  "app/console/organisations/page.tsx": "organisation:verify",
  "app/console/organisations/[id]/page.tsx": "organisation:verify",
  "app/console/equalities/page.tsx": "equalities:view",
  "app/console/equalities/missing/page.tsx": "equalities:view",
  "app/console/equalities/population/page.tsx": "equalities:population",
  "app/console/outbox/page.tsx": "outbox:view",
  "app/console/outbox/[id]/page.tsx": "outbox:view",
  "app/console/partners/page.tsx": "partner:manage",
  "app/console/partners/new/page.tsx": "partner:manage",
  "app/console/partners/[id]/page.tsx": "partner:manage",
  "app/console/partners/[id]/import/page.tsx": "partner:manage",
  "app/console/partners/[id]/contacts/[contactId]/page.tsx": "partner:manage",
  "app/console/people/page.tsx": "people:manage",
  "app/console/retention/page.tsx": "console:access",
  "app/console/summaries/page.tsx": "partner:manage",
  "app/console/summaries/preview/page.tsx": "partner:manage",
  "app/console/summaries/send/page.tsx": "partner:manage",
  "app/console/summaries/translations/page.tsx": "partner:manage",
  "app/console/summaries/translations/[locale]/page.tsx": "partner:manage",
  "app/console/surveys/page.tsx": "survey:manage",
  "app/console/surveys/new/page.tsx": "survey:manage",
  "app/console/surveys/[id]/page.tsx": "survey:manage",
  "app/console/surveys/[id]/preview/page.tsx": "survey:manage",
  "app/console/surveys/[id]/campaigns/[campaignId]/report/page.tsx": "campaign:manage",
  "app/console/surveys/[id]/links/page.tsx": "survey:manage",
  "app/console/surveys/[id]/results/page.tsx": "survey:results",
  "app/console/surveys/[id]/analysis/page.tsx": "insight:analyse",
  "app/console/surveys/[id]/report/page.tsx": "report:manage",
  "app/console/topics/[id]/report/page.tsx": "report:manage",
  "app/console/surveys/[id]/responses/new/page.tsx": "survey:enter-responses",
  "app/console/surveys/[id]/responses/import/page.tsx": "survey:enter-responses",
  "app/console/surveys/[id]/versions/page.tsx": "survey:manage",
  "app/console/surveys/[id]/translations/page.tsx": "survey:manage",
  "app/console/surveys/[id]/translations/[locale]/page.tsx": "survey:manage",
  "app/console/surveys/[id]/campaigns/page.tsx": "campaign:manage",
  "app/console/surveys/[id]/campaigns/[campaignId]/page.tsx": "campaign:manage",
  "app/console/topics/page.tsx": "topic:manage",
  "app/console/topics/new/page.tsx": "topic:manage",
  "app/console/topics/[id]/page.tsx": "topic:manage",
  "app/console/topics/[id]/analysis/page.tsx": "insight:analyse",
  "app/console/topics/[id]/translations/page.tsx": "topic:manage",
  "app/console/topics/[id]/translations/[locale]/page.tsx": "topic:manage",
};

/** Route handlers, by their file under app/ and the HTTP methods it exports. */
export const ROUTE_ACCESS: Readonly<Record<string, Partial<Record<HttpMethod, Access>>>> = {
  // The emailed "come back later" link: its resume token is the authority.
  "app/(public)/surveys/[slug]/resume/route.ts": { GET: { token: "the resume token in a survey's save-for-later email" } },
  // A survey's public or partner link from a poster: the code leads to the survey, whose audience decides who may answer.
  "app/(public)/s/[code]/route.ts": { GET: "anyone" },
  // A campaign's personal link: it opens its survey without an account while it is live.
  "app/(public)/surveys/invitations/[token]/route.ts": { GET: CAMPAIGN_LINK },
  "app/api/campaigns/unsubscribe/[token]/route.ts": { GET: CAMPAIGN_LINK, POST: CAMPAIGN_LINK },
  // Auth.js: the session (name and role only), sign-in and sign-out endpoints.
  "app/api/auth/[...nextauth]/route.ts": { GET: "anyone", POST: "anyone" },
  "app/api/console/campaigns/[campaignId]/funnel.csv/route.ts": { GET: "campaign:manage" },
  "app/api/console/outbox/[id]/html/route.ts": { GET: "outbox:view" },
  "app/api/console/equalities/population-template.csv/route.ts": { GET: "equalities:population" },
  "app/api/console/insight/counts.csv/route.ts": { GET: "insight:analyse" },
  "app/api/console/summaries/preview/route.ts": { GET: "partner:manage" },
  "app/api/console/surveys/[surveyId]/links/[linkId]/qr.svg/route.ts": { GET: "survey:manage" },
  "app/api/console/surveys/[surveyId]/responses-template.csv/route.ts": { GET: "survey:enter-responses" },
  // A published topic's documents; a draft topic's only for topic:manage (checked in the use case).
  "app/api/documents/[id]/route.ts": { GET: "anyone" },
  "app/api/email/dispatch/route.ts": { GET: CRON, POST: CRON },
  "app/api/email/webhooks/resend/route.ts": { POST: { token: "Resend's Svix signature with RESEND_WEBHOOK_SECRET (404 when unset)" } },
  "app/api/exports/surveys/[surveyId]/[file]/route.ts": { GET: "survey:export" },
  // A report as it stands (draft or published), audited like an export.
  "app/api/console/reports/[kind]/[subjectId]/[file]/route.ts": { GET: "report:manage" },
  // A published report's files, as published; a draft's is a 404.
  "app/api/reports/[reportId]/[file]/route.ts": { GET: "anyone" },
  "app/api/health/route.ts": { GET: "anyone" },
  "app/api/language/route.ts": { POST: "anyone" },
  "app/api/profile/data/route.ts": { GET: "profile:edit" },
  // A partner organisation's published results of its themes; its people only (checked in the use case).
  "app/api/organisation/results/route.ts": { GET: "organisation:belong" },
  "app/api/organisation/summary/route.ts": { GET: "organisation:belong" },
  // A partner's own link's QR code (checked in the use case).
  "app/api/organisation/links/[linkId]/qr.svg/route.ts": { GET: "organisation:belong" },
  "app/api/partners/data/[token]/route.ts": { GET: PARTNER_LINK },
  // Open data: published things only, nothing personal; the proxy drops cookies, so every visitor gets the same.
  "app/api/open/v1/topics/route.ts": OPEN_DATA,
  "app/api/open/v1/topics/[slug]/route.ts": OPEN_DATA,
  "app/api/open/v1/topics/[slug]/themes/route.ts": OPEN_DATA,
  "app/api/open/v1/surveys/route.ts": OPEN_DATA,
  "app/api/open/v1/surveys/[slug]/results/route.ts": OPEN_DATA,
  "app/api/open/v1/reports/route.ts": OPEN_DATA,
  "app/api/open/v1/openapi.json/route.ts": OPEN_DATA,
  "app/api/jobs/run/route.ts": { GET: CRON, POST: CRON },
  "app/api/partners/unsubscribe/[token]/route.ts": { GET: PARTNER_LINK, POST: PARTNER_LINK },
  // The survey's audience decides who may answer (checked in the use case).
  "app/api/surveys/[surveyId]/responses/route.ts": { POST: "anyone" },
  "app/api/topics/[topicId]/comments/route.ts": { POST: "comment:create" },
};

/** Server actions, by their "use server" module and export name. */
export const ACTION_ACCESS: Readonly<Record<string, Readonly<Record<string, Access>>>> = {
  "app/(auth)/actions.ts": { signInAction: "anyone", signOutAction: "anyone" },
  "app/(public)/campaigns/unsubscribe/[token]/actions.ts": { unsubscribeRecipientAction: CAMPAIGN_LINK },
  "app/(public)/surveys/invitations/[token]/new-link/actions.ts": { requestCampaignLinkAction: CAMPAIGN_LINK },
  "app/(public)/partners/preferences/[token]/actions.ts": { savePreferencesAction: PARTNER_LINK, unsubscribeAction: PARTNER_LINK, resubscribeAction: PARTNER_LINK, eraseContactAction: PARTNER_LINK },
  // What each person may do inside their organisation is ORGANISATION_POLICY's (checked in the use cases).
  "app/(public)/organisation/actions.ts": {
    registerOrganisationAction: "organisation:belong",
    updateOrganisationAction: "organisation:belong",
    requestToJoinAction: "organisation:belong",
    withdrawJoinRequestAction: "organisation:belong",
    decideJoinRequestAction: "organisation:belong",
    inviteColleagueAction: "organisation:belong",
    withdrawInvitationAction: "organisation:belong",
    changeMemberAction: "organisation:belong",
    leaveOrganisationAction: "organisation:belong",
    acceptInvitationAction: "organisation:belong",
    sendSurveyToContactsAction: "organisation:belong",
  },
  "app/(public)/profile/actions.ts": { updateProfileAction: "profile:edit", signOutEverywhereAction: "profile:edit", deleteAccountAction: "profile:edit" },
  "app/(public)/profile/about-you/actions.ts": { saveAboutYouAction: "profile:edit", deleteAboutYouAction: "profile:edit", declineAboutYouAction: "profile:edit" },
  // The survey's audience decides who may answer (checked in the use cases).
  "app/(public)/surveys/[slug]/actions.ts": { saveSectionAction: "anyone", submitDraftAction: "anyone", requestResumeLinkAction: "anyone" },
  "app/(public)/topics/[slug]/actions.ts": {
    postCommentAction: "comment:create",
    editCommentAction: "comment:create",
    deleteCommentAction: "comment:create",
    helpfulAction: "comment:create",
    flagAction: "comment:create",
    followAction: "comment:create",
  },
  "app/console/equalities/actions.ts": { uploadPopulationAction: "equalities:population", removePopulationAction: "equalities:population" },
  "app/console/moderation/actions.ts": { decideAction: "comment:moderate", addWordAction: "moderation:words", removeWordAction: "moderation:words" },
  "app/console/organisations/actions.ts": { verifyOrganisationAction: "organisation:verify", rejectOrganisationAction: "organisation:verify" },
  "app/console/partners/actions.ts": {
    createOrganisationAction: "partner:manage",
    updateOrganisationAction: "partner:manage",
    addContactAction: "partner:manage",
    updateContactAction: "partner:manage",
    removeContactAction: "partner:manage",
    importContactsAction: "partner:manage",
  },
  "app/console/people/actions.ts": { changeRoleAction: "people:manage" },
  "app/console/summaries/actions.ts": { sendOneOffSummaryAction: "partner:manage", queueDueSummariesAction: "partner:manage", saveSummaryIntroAction: "partner:manage" },
  "app/console/summaries/translations/actions.ts": { saveIntroTranslationAction: "partner:manage", removeIntroTranslationAction: "partner:manage" },
  "app/console/surveys/[id]/links/actions.ts": { createOwnLinkAction: "survey:manage", createPartnerLinkAction: "survey:manage" },
  "app/console/surveys/[id]/campaigns/actions.ts": {
    createCampaignAction: "campaign:manage",
    importRecipientsAction: "campaign:manage",
    addContactsAction: "campaign:manage",
    sendCampaignAction: "campaign:manage",
    revokeRecipientAction: "campaign:manage",
  },
  "app/console/surveys/[id]/results/actions.ts": { publishResultsAction: "survey:results" },
  "app/console/reports/actions.ts": { saveReportAction: "report:manage", changeReportStatusAction: "report:manage" },
  "app/console/surveys/[id]/responses/actions.ts": { enterResponseAction: "survey:enter-responses", importResponsesAction: "survey:enter-responses" },
  "app/console/surveys/[id]/translations/actions.ts": { saveSurveyTranslationAction: "survey:manage", removeSurveyTranslationAction: "survey:manage" },
  "app/console/surveys/actions.ts": {
    createSurveyAction: "survey:manage",
    updateSurveySettingsAction: "survey:manage",
    changeSurveyStatusAction: "survey:manage",
    saveSurveyDefinitionAction: "survey:manage",
  },
  "app/console/topics/actions.ts": {
    createTopicAction: "topic:manage",
    updateTopicAction: "topic:manage",
    changeStatusAction: "topic:manage",
    publishOutcomeAction: "topic:manage",
    uploadDocumentAction: "topic:manage",
    removeDocumentAction: "topic:manage",
  },
  "app/console/topics/[id]/analysis/actions.ts": {
    runAnalysisAction: "insight:analyse",
    renameThemeAction: "insight:analyse",
    deleteThemeAction: "insight:analyse",
    mergeThemesAction: "insight:analyse",
    splitThemeAction: "insight:analyse",
    createThemeAction: "insight:analyse",
    codeItemAction: "insight:analyse",
  },
  "app/console/topics/[id]/translations/actions.ts": { saveTopicTranslationAction: "topic:manage", removeTopicTranslationAction: "topic:manage" },
};

/** A token entry: the request's secret, not the visitor's session, decides. */
export function isTokenAccess(access: Access): access is { token: string } {
  return typeof access === "object";
}

/** Whether this visitor's session lets them use it. Never true for a token entry: a session grants nothing there. */
export function sessionAllows(access: Access, visitor: Visitor): boolean {
  if (isTokenAccess(access)) return false;
  if (access === "anyone") return true;
  if (visitor === "anonymous") return false;
  return access === "signed-in" || can(visitor, access);
}

/** The address a page or route file serves: app/ and route groups like (public) removed, [params] kept. */
export function urlPatternOf(file: string): string {
  const segments = file
    .replace(/^app\//, "")
    .split("/")
    .slice(0, -1)
    .filter((segment) => !/^\(.+\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

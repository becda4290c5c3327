import { randomUUID } from "node:crypto";
import { can } from "@/lib/domain/access/policy";
import type { HttpMethod, Visitor } from "../../lib/auth/route-access";
import { campaignLinkToken, campaignUnsubscribeToken } from "./campaigns";
import { contactToken } from "./partner-contacts";
import type { Demo } from "./authz-demo";

/**
 * What the authorisation matrix asks of each page and route handler: one request (or a few) with
 * real ids from records made for the matrix, and what a visitor the map allows gets back. Refusals are not
 * written here: they follow from the map (see e2e/authz-matrix.spec.ts).
 */
export type Outcome = { status: number | readonly number[] } | { redirect: string };

export type Probe = {
  method: HttpMethod;
  path: string;
  /** A JSON body, or a form (urlencoded) body. */
  json?: Record<string, unknown>;
  form?: Record<string, string>;
  /** What an allowed visitor gets: 200 unless told; a function where the data decides (a survey's audience). */
  allowed?: Outcome | ((visitor: Visitor) => Outcome);
  /** Text from the record behind the address: a refused visitor's response must not contain any of it. */
  secret?: readonly string[];
};

const ok: Outcome = { status: 200 };
/** The probes for each page file; every page on disk needs at least one. */
export function pageProbes(demo: Demo): Record<string, Probe[]> {
  const get = (path: string, more: Omit<Probe, "method" | "path"> = {}): Probe[] => [{ method: "GET", path, ...more }];
  const s = `/surveys/${demo.survey.slug}`;
  const partner = `/console/partners/${demo.contact.organisationId}`;
  const draftSurvey = `/console/surveys/${demo.draftSurvey.id}`;
  const surveySecret = { secret: [demo.draftSurvey.title] };
  return {
    "app/(auth)/sign-in/page.tsx": get("/sign-in", { allowed: (visitor) => (visitor === "anonymous" ? ok : { redirect: "/" }) }),
    "app/(auth)/sign-in/check-email/page.tsx": get("/sign-in/check-email"),
    "app/(auth)/sign-in/error/page.tsx": get("/sign-in/error?error=Verification"),
    "app/(public)/page.tsx": get("/"),
    "app/(public)/accessibility/page.tsx": get("/accessibility"),
    "app/(public)/open-data/page.tsx": get("/open-data"),
    "app/(public)/privacy/page.tsx": get("/privacy"),
    "app/(public)/partners/preferences/[token]/page.tsx": [
      { method: "GET", path: `/partners/preferences/${contactToken(demo.contact.id)}` },
      { method: "GET", path: `/partners/preferences/${demo.contact.id}.forged`, allowed: { status: 404 } },
    ],
    "app/(public)/surveys/invitations/[token]/new-link/page.tsx": get(`/surveys/invitations/${demo.campaign.recipientId}.forged/new-link`),
    "app/(public)/campaigns/unsubscribe/[token]/page.tsx": get(`/campaigns/unsubscribe/${campaignUnsubscribeToken(demo.campaign.recipientId)}`),
    "app/(public)/profile/page.tsx": get("/profile"),
    "app/(public)/profile/data/page.tsx": get("/profile/data"),
    "app/(public)/profile/about-you/page.tsx": get("/profile/about-you"),
    "app/(public)/organisation/page.tsx": get("/organisation"),
    "app/(public)/organisation/register/page.tsx": get("/organisation/register"),
    // The matrix's accounts belong to no partner organisation: the portal's pages are not found for them.
    "app/(public)/organisation/network/page.tsx": get("/organisation/network", { allowed: { status: 404 } }),
    "app/(public)/organisation/contacts/page.tsx": get("/organisation/contacts", { allowed: { status: 404 } }),
    // The matrix's accounts belong to no organisation: the edit form is not found for them.
    "app/(public)/organisation/edit/page.tsx": get("/organisation/edit", { allowed: { status: 404 } }),
    "app/(public)/organisation/invitations/[token]/page.tsx": get(`/organisation/invitations/${"x".repeat(43)}`, { allowed: { status: 404 } }),
    "app/(public)/account-deleted/page.tsx": get("/account-deleted"),
    "app/(public)/partners/removed/page.tsx": get("/partners/removed"),
    "app/(public)/surveys/page.tsx": get("/surveys"),
    "app/(public)/surveys/[slug]/page.tsx": get(s),
    "app/(public)/surveys/[slug]/check-answers/page.tsx": get(`${s}/check-answers`, { allowed: { redirect: `${s}/sections/${demo.survey.section}` } }),
    "app/(public)/surveys/[slug]/confirmation/[reference]/page.tsx": get(`${s}/confirmation/${demo.reference}`),
    // The employers' survey: only an employer may answer it; anyone else is sent to its start page, which says why.
    "app/(public)/surveys/[slug]/organisation/page.tsx": get(`/surveys/${demo.employerSurvey.slug}/organisation`, {
      allowed: (visitor) => (visitor === "employer" ? ok : { redirect: `/surveys/${demo.employerSurvey.slug}` }),
    }),
    "app/(public)/surveys/[slug]/results/page.tsx": get(`${s}/results`),
    "app/(public)/surveys/[slug]/save/page.tsx": get(`${s}/save`),
    "app/(public)/surveys/[slug]/sections/[sectionId]/page.tsx": get(`${s}/sections/${demo.survey.section}`),
    "app/(public)/topics/page.tsx": get("/topics"),
    "app/(public)/topics/[slug]/page.tsx": get(`/topics/${demo.topic.slug}`),
    "app/(public)/topics/[slug]/comments/[commentId]/reply/page.tsx": get(`/topics/${demo.topic.slug}/comments/${demo.comment.id}/reply`),
    "app/(public)/topics/[slug]/comments/[commentId]/report/page.tsx": get(`/topics/${demo.topic.slug}/comments/${demo.comment.id}/report`),
    // Only its author may edit or delete a comment: for anyone else it is not there.
    "app/(public)/topics/[slug]/comments/[commentId]/edit/page.tsx": get(`/topics/${demo.topic.slug}/comments/${demo.comment.id}/edit`, { allowed: { status: 404 } }),
    "app/(public)/topics/[slug]/comments/[commentId]/delete/page.tsx": get(`/topics/${demo.topic.slug}/comments/${demo.comment.id}/delete`, { allowed: { status: 404 } }),
    "app/console/page.tsx": get("/console"),
    "app/console/moderation/page.tsx": get("/console/moderation"),
    "app/console/moderation/words/page.tsx": get("/console/moderation/words"),
    // The matrix's partner organisation: verified when an officer made it, listed under "all".
    "app/console/organisations/page.tsx": get("/console/organisations?view=all", { secret: [demo.contact.organisation] }),
    "app/console/organisations/[id]/page.tsx": get(`/console/organisations/${demo.contact.organisationId}`, { secret: [demo.contact.organisation] }),
    "app/console/equalities/page.tsx": get("/console/equalities?scope=all", { secret: ["people took part"] }),
    "app/console/equalities/missing/page.tsx": get("/console/equalities/missing?scope=all", { secret: ["people took part"] }),
    "app/console/equalities/population/page.tsx": get("/console/equalities/population"),
    "app/console/outbox/page.tsx": get("/console/outbox", { secret: [demo.outbox.subject] }),
    "app/console/outbox/[id]/page.tsx": get(`/console/outbox/${demo.outbox.id}`, { secret: [demo.outbox.subject] }),
    "app/console/partners/page.tsx": get("/console/partners"),
    "app/console/partners/new/page.tsx": get("/console/partners/new"),
    "app/console/partners/[id]/page.tsx": get(partner, { secret: [demo.contact.organisation, demo.contact.email] }),
    "app/console/partners/[id]/import/page.tsx": get(`${partner}/import`, { secret: [demo.contact.organisation] }),
    "app/console/partners/[id]/contacts/[contactId]/page.tsx": get(`${partner}/contacts/${demo.contact.id}`, { secret: [demo.contact.name, demo.contact.email] }),
    "app/console/people/page.tsx": get("/console/people"),
    "app/console/retention/page.tsx": get("/console/retention"),
    "app/console/summaries/page.tsx": get("/console/summaries"),
    "app/console/summaries/preview/page.tsx": get(`/console/summaries/preview?contact=${demo.contact.id}`, { secret: [demo.contact.name] }),
    "app/console/summaries/send/page.tsx": get("/console/summaries/send"),
    "app/console/summaries/translations/page.tsx": get("/console/summaries/translations"),
    "app/console/summaries/translations/[locale]/page.tsx": get("/console/summaries/translations/ar"),
    "app/console/surveys/page.tsx": get("/console/surveys", surveySecret),
    "app/console/surveys/new/page.tsx": get("/console/surveys/new"),
    "app/console/surveys/[id]/page.tsx": get(draftSurvey, surveySecret),
    "app/console/surveys/[id]/preview/page.tsx": get(`${draftSurvey}/preview`, surveySecret),
    "app/console/surveys/[id]/campaigns/[campaignId]/report/page.tsx": get(`${draftSurvey}/campaigns/${demo.draftCampaign.id}/report`, { secret: [demo.draftCampaign.name] }),
    "app/console/surveys/[id]/links/page.tsx": get(`${draftSurvey}/links`, surveySecret),
    "app/console/surveys/[id]/results/page.tsx": get(`${draftSurvey}/results`, surveySecret),
    "app/console/surveys/[id]/analysis/page.tsx": get(`${draftSurvey}/analysis`, surveySecret),
    "app/console/surveys/[id]/report/page.tsx": get(`${draftSurvey}/report`, surveySecret),
    "app/console/surveys/[id]/responses/new/page.tsx": get(`${draftSurvey}/responses/new`, surveySecret),
    "app/console/surveys/[id]/responses/import/page.tsx": get(`${draftSurvey}/responses/import`, surveySecret),
    "app/console/surveys/[id]/versions/page.tsx": get(`${draftSurvey}/versions`, surveySecret),
    "app/console/surveys/[id]/translations/page.tsx": get(`${draftSurvey}/translations`, surveySecret),
    "app/console/surveys/[id]/translations/[locale]/page.tsx": get(`${draftSurvey}/translations/pl`, surveySecret),
    "app/console/surveys/[id]/campaigns/page.tsx": get(`/console/surveys/${demo.survey.id}/campaigns`, { secret: [demo.campaign.campaignName] }),
    "app/console/surveys/[id]/campaigns/[campaignId]/page.tsx": get(`/console/surveys/${demo.survey.id}/campaigns/${demo.campaign.campaignId}`, { secret: [demo.campaign.campaignName] }),
    "app/console/topics/page.tsx": get("/console/topics", { secret: [demo.draftTopic.title] }),
    "app/console/topics/new/page.tsx": get("/console/topics/new"),
    "app/console/topics/[id]/page.tsx": get(`/console/topics/${demo.draftTopic.id}`, { secret: [demo.draftTopic.title] }),
    "app/console/topics/[id]/analysis/page.tsx": get(`/console/topics/${demo.draftTopic.id}/analysis`, { secret: [demo.draftTopic.title] }),
    "app/console/topics/[id]/report/page.tsx": get(`/console/topics/${demo.draftTopic.id}/report`, { secret: [demo.draftTopic.title] }),
    "app/console/topics/[id]/translations/page.tsx": get(`/console/topics/${demo.draftTopic.id}/translations`, { secret: [demo.draftTopic.title] }),
    "app/console/topics/[id]/translations/[locale]/page.tsx": get(`/console/topics/${demo.draftTopic.id}/translations/ur`, { secret: [demo.draftTopic.title] }),
  };
}

/** The open data API: published records for everyone alike; a draft is not found for anyone (a session is never read). */
function openDataProbes(demo: Demo): Record<string, Probe[]> {
  const preflight: Outcome = { status: 204 };
  const routes: [string, string, Probe[]][] = [
    ["topics/route.ts", "/api/open/v1/topics?limit=5", []],
    ["topics/[slug]/route.ts", `/api/open/v1/topics/${demo.topic.slug}`, [{ method: "GET", path: `/api/open/v1/topics/${demo.draftTopic.slug}`, allowed: { status: 404 } }]],
    ["topics/[slug]/themes/route.ts", `/api/open/v1/topics/${demo.topic.slug}/themes`, [{ method: "GET", path: `/api/open/v1/topics/${demo.draftTopic.slug}/themes`, allowed: { status: 404 } }]],
    ["surveys/route.ts", "/api/open/v1/surveys?limit=5", []],
    ["surveys/[slug]/results/route.ts", `/api/open/v1/surveys/${demo.survey.slug}/results`, [{ method: "GET", path: `/api/open/v1/surveys/${demo.draftSurvey.slug}/results`, allowed: { status: 404 } }]],
    ["reports/route.ts", "/api/open/v1/reports", []],
    ["openapi.json/route.ts", "/api/open/v1/openapi.json", []],
  ];
  return Object.fromEntries(
    routes.flatMap(([file, path, more]) => [
      [`app/api/open/v1/${file} GET`, [{ method: "GET" as const, path }, ...more]],
      [`app/api/open/v1/${file} OPTIONS`, [{ method: "OPTIONS" as const, path, allowed: preflight }]],
    ]),
  );
}

/** The probes for each route handler method ("<file> <METHOD>"); every exported method needs at least one. */
export function routeProbes(demo: Demo): Record<string, Probe[]> {
  const token = contactToken(demo.contact.id);
  // Cron and webhook secrets are unset on the e2e server (404, "endpoint off"); set, a call without them is a 401.
  const offOrRefused: Outcome = { status: [401, 404] };
  const invitation = campaignLinkToken(demo.campaign.recipientId);
  const unsubscribe = campaignUnsubscribeToken(demo.campaign.recipientId);
  return {
    "app/(public)/surveys/invitations/[token]/route.ts GET": [
      { method: "GET", path: `/surveys/invitations/${invitation}`, allowed: { redirect: `/surveys/${demo.survey.slug}` } },
      { method: "GET", path: `/surveys/invitations/${demo.campaign.recipientId}.forged`, allowed: { redirect: `/surveys/invitations/${demo.campaign.recipientId}.forged/new-link` } },
    ],
    "app/api/campaigns/unsubscribe/[token]/route.ts GET": [{ method: "GET", path: `/api/campaigns/unsubscribe/${unsubscribe}`, allowed: { redirect: `/campaigns/unsubscribe/${unsubscribe}` } }],
    "app/api/campaigns/unsubscribe/[token]/route.ts POST": [
      { method: "POST", path: `/api/campaigns/unsubscribe/${unsubscribe}`, form: {}, allowed: { status: 400 } },
      { method: "POST", path: `/api/campaigns/unsubscribe/${demo.campaign.recipientId}.forged`, form: { "List-Unsubscribe": "One-Click" }, allowed: { status: 404 } },
    ],
    "app/(public)/surveys/[slug]/resume/route.ts GET": [
      { method: "GET", path: `/surveys/${demo.survey.slug}/resume?token=not-a-real-token`, allowed: { redirect: `/surveys/${demo.survey.slug}?resume=expired` } },
    ],
    // A link's code: remembered for its survey, then the survey's start page; an unknown code is a 404 for everyone.
    "app/(public)/s/[code]/route.ts GET": [
      { method: "GET", path: `/s/${demo.link.code}`, allowed: { redirect: `/surveys/${demo.survey.slug}` } },
      { method: "GET", path: "/s/unknown000", allowed: { status: 404 } },
    ],
    "app/api/auth/[...nextauth]/route.ts GET": [{ method: "GET", path: "/api/auth/session" }],
    // A sign-in request without an address: refused for its content (400), whoever sends it, and no email is sent.
    "app/api/auth/[...nextauth]/route.ts POST": [{ method: "POST", path: "/api/auth/signin/email", form: {}, allowed: { status: 400 } }],
    "app/api/console/campaigns/[campaignId]/funnel.csv/route.ts GET": [{ method: "GET", path: `/api/console/campaigns/${demo.draftCampaign.id}/funnel.csv` }],
    "app/api/console/equalities/population-template.csv/route.ts GET": [{ method: "GET", path: "/api/console/equalities/population-template.csv" }],
    "app/api/console/insight/counts.csv/route.ts GET": [{ method: "GET", path: `/api/console/insight/counts.csv?topicId=${demo.topic.id}&by=neighbourhood` }],
    "app/api/console/outbox/[id]/html/route.ts GET": [{ method: "GET", path: `/api/console/outbox/${demo.outbox.id}/html`, secret: [`Private html ${demo.tag}`] }],
    "app/api/console/summaries/preview/route.ts GET": [{ method: "GET", path: `/api/console/summaries/preview?contact=${demo.contact.id}`, secret: [demo.contact.name] }],
    "app/api/console/surveys/[surveyId]/links/[linkId]/qr.svg/route.ts GET": [{ method: "GET", path: `/api/console/surveys/${demo.survey.id}/links/${demo.link.id}/qr.svg` }],
    "app/api/console/surveys/[surveyId]/responses-template.csv/route.ts GET": [{ method: "GET", path: `/api/console/surveys/${demo.survey.id}/responses-template.csv` }],
    "app/api/documents/[id]/route.ts GET": [
      { method: "GET", path: `/api/documents/${demo.document}` },
      // A draft topic's document exists only for those who manage topics: anyone else gets "not found".
      { method: "GET", path: `/api/documents/${demo.draftDocument}`, allowed: (visitor) => (visitor !== "anonymous" && can(visitor, "topic:manage") ? ok : { status: 404 }) },
    ],
    "app/api/email/dispatch/route.ts GET": [{ method: "GET", path: "/api/email/dispatch", allowed: offOrRefused }],
    "app/api/email/dispatch/route.ts POST": [{ method: "POST", path: "/api/email/dispatch", allowed: offOrRefused }],
    "app/api/email/webhooks/resend/route.ts POST": [{ method: "POST", path: "/api/email/webhooks/resend", json: {}, allowed: offOrRefused }],
    "app/api/console/reports/[kind]/[subjectId]/[file]/route.ts GET": [{ method: "GET", path: `/api/console/reports/topic/${demo.draftTopic.id}/report.pdf` }],
    // No report of the matrix's is published: a draft's or an unknown report's files are not found, for everyone.
    "app/api/reports/[reportId]/[file]/route.ts GET": [{ method: "GET", path: "/api/reports/00000000-0000-4000-8000-000000000000/report.pdf", allowed: { status: 404 } }],
    "app/api/exports/surveys/[surveyId]/[file]/route.ts GET": [{ method: "GET", path: `/api/exports/surveys/${demo.survey.id}/responses.csv` }],
    "app/api/health/route.ts GET": [{ method: "GET", path: "/api/health" }],
    "app/api/language/route.ts POST": [{ method: "POST", path: "/api/language", form: { locale: "en", returnTo: "/topics" }, allowed: { redirect: "/topics" } }],
    "app/api/profile/data/route.ts GET": [{ method: "GET", path: "/api/profile/data?format=json" }],
    "app/api/organisation/results/route.ts GET": [{ method: "GET", path: "/api/organisation/results", allowed: { status: 404 } }],
    "app/api/organisation/summary/route.ts GET": [{ method: "GET", path: "/api/organisation/summary", allowed: { status: 404 } }],
    "app/api/organisation/links/[linkId]/qr.svg/route.ts GET": [{ method: "GET", path: `/api/organisation/links/${demo.link.id}/qr.svg`, allowed: { status: 404 } }],
    "app/api/jobs/run/route.ts GET": [{ method: "GET", path: "/api/jobs/run", allowed: offOrRefused }],
    "app/api/jobs/run/route.ts POST": [{ method: "POST", path: "/api/jobs/run", allowed: offOrRefused }],
    "app/api/partners/data/[token]/route.ts GET": [
      { method: "GET", path: `/api/partners/data/${token}` },
      { method: "GET", path: `/api/partners/data/${demo.contact.id}.forged`, allowed: { status: 404 } },
    ],
    ...openDataProbes(demo),
    "app/api/partners/unsubscribe/[token]/route.ts GET": [{ method: "GET", path: `/api/partners/unsubscribe/${token}`, allowed: { redirect: `/partners/preferences/${token}` } }],
    // Without the RFC 8058 body nothing changes (400); a forged token is not found.
    "app/api/partners/unsubscribe/[token]/route.ts POST": [
      { method: "POST", path: `/api/partners/unsubscribe/${token}`, form: {}, allowed: { status: 400 } },
      { method: "POST", path: `/api/partners/unsubscribe/${demo.contact.id}.forged`, form: { "List-Unsubscribe": "One-Click" }, allowed: { status: 404 } },
    ],
    // No answers: refused for its content (400) by anyone, so nothing is saved.
    "app/api/surveys/[surveyId]/responses/route.ts POST": [{ method: "POST", path: `/api/surveys/${demo.survey.id}/responses`, json: { answers: {}, submissionKey: randomUUID() }, allowed: { status: 400 } }],
    "app/api/topics/[topicId]/comments/route.ts POST": [{ method: "POST", path: `/api/topics/${demo.topic.id}/comments`, json: {}, allowed: { status: 400 } }],
  };
}

import type { Block, EmailDocument } from "@/lib/email/components/document";
import { renderHtml } from "@/lib/email/components/render-html";
import { renderText } from "@/lib/email/components/render-text";
import { formatIsoDate } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator } from "@/lib/i18n/translator";
import type { OneOffContent } from "@/lib/domain/summaries/content";
import { summaryFooter, type SummaryRecipient } from "./summary-footer";
import { countText } from "./summary";

type T = ReturnType<typeof emailTranslator>;

function quoteBlocks(t: T, content: OneOffContent & { kind: "topic" }): Block[] {
  if (content.quotes.length === 0) return [];
  return [
    { kind: "heading", level: 2, text: t("summary.quotes") },
    { kind: "paragraph", text: t("summary.quotesNote") },
    ...content.quotes.map((quote): Block => ({ kind: "quote", text: quote.text, source: { text: t("summary.quoteSource", { topic: quote.topic.title }), href: quote.topic.url } })),
  ];
}

function topicBlocks(t: T, content: OneOffContent & { kind: "topic" }, locale?: Locale): Block[] {
  const { topic } = content;
  const status = topic.status === "open" || topic.status === "closed" || topic.status === "outcome" ? topic.status : "draft";
  return [
    { kind: "paragraph", text: topic.summary },
    { kind: "paragraph", text: t(`summary.oneOff.status.${status}`) },
    { kind: "stat", value: String(content.comments), label: t("summary.oneOff.commentsTotal", { count: content.comments }) },
    ...(topic.closesOn && topic.status === "open" ? [{ kind: "paragraph", text: t("summary.oneOff.closesOn", { date: formatIsoDate(topic.closesOn, locale) }) } as const] : []),
    ...(topic.outcomePublished ? [{ kind: "paragraph", text: t("summary.oneOff.outcome") } as const] : []),
    ...quoteBlocks(t, content),
    { kind: "button", text: t("summary.oneOff.topicButton"), href: topic.url },
  ];
}

function surveyBlocks(t: T, content: OneOffContent & { kind: "survey" }): Block[] {
  const { survey } = content;
  return [
    { kind: "paragraph", text: survey.summary },
    { kind: "paragraph", text: t(survey.open ? "summary.oneOff.open" : "summary.oneOff.closed") },
    { kind: "paragraph", text: t("summary.oneOff.responsesTotal", { count: countText(t, survey.responsesTotal) }) },
    ...(survey.headline ? [{ kind: "paragraph", text: t("summary.headline", { title: survey.title, ...survey.headline }) } as const] : []),
    { kind: "button", text: t("summary.oneOff.surveyButton"), href: survey.url },
  ];
}

/** A summary of one topic or one survey that an officer sends to chosen partners. */
export function oneOffSummaryEmail(content: OneOffContent, recipient: SummaryRecipient) {
  const t = emailTranslator(recipient.locale);
  const title = content.kind === "topic" ? t("summary.oneOff.topicTitle", { title: content.topic.title }) : t("summary.oneOff.surveyTitle", { title: content.survey.title });
  const body = content.kind === "topic" ? topicBlocks(t, content, recipient.locale) : surveyBlocks(t, content);
  const document: EmailDocument = {
    title,
    blocks: [{ kind: "paragraph", text: t("summary.oneOff.intro", { name: recipient.name }) }, ...body],
    footer: summaryFooter(recipient, t("summary.oneOff.why", { organisation: recipient.organisation })),
    locale: recipient.locale,
  };
  return { subject: title, html: renderHtml(document), text: renderText(document) };
}

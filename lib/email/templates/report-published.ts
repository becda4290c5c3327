import type { Block, EmailDocument } from "@/lib/email/components/document";
import { renderHtml } from "@/lib/email/components/render-html";
import { renderText } from "@/lib/email/components/render-text";
import { formatCount } from "@/lib/format/numbers";
import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator } from "@/lib/i18n/translator";
import { summaryFooter, type SummaryRecipient } from "./summary-footer";

/** What the email says of a published report: its themes (counts only where shown) and the decision. */
export type PublishedReportNews = {
  title: string;
  url: string;
  themes: { label: string; count: number | null }[];
  decision: string;
};

/** The decision is quoted up to this many characters; the page has the rest. */
const DECISION_EXCERPT = 600;

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= DECISION_EXCERPT ? trimmed : `${trimmed.slice(0, DECISION_EXCERPT).replace(/\s+\S*$/, "")}…`;
}

function body(t: ReturnType<typeof emailTranslator>, news: PublishedReportNews, intro: string): Block[] {
  const blocks: Block[] = [{ kind: "paragraph", text: intro }];
  if (news.themes.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: t("report.youSaid") }, { kind: "list", items: news.themes.map((theme) => ({ text: theme.label, after: theme.count === null ? undefined : ` (${t("report.count", { count: formatCount(theme.count) })})` })) });
  }
  if (news.decision.trim()) blocks.push({ kind: "heading", level: 2, text: t("report.weDid") }, { kind: "paragraph", text: excerpt(news.decision), lang: "en" });
  blocks.push({ kind: "button", text: t("report.button"), href: news.url });
  return blocks;
}

function render(document: EmailDocument) {
  return { subject: document.title, html: renderHtml(document), text: renderText(document) };
}

/** To someone who follows the topic: in their language, the report itself in English. */
export function reportFollowerEmail(news: PublishedReportNews, locale?: Locale) {
  const t = emailTranslator(locale);
  return render({
    title: t("report.title", { title: news.title }),
    blocks: body(t, news, t("report.followerIntro", { title: news.title })),
    footer: [{ kind: "paragraph", text: t("report.followerFooter"), small: true }],
    locale,
  });
}

/** To a partner contact whose themes the topic or survey has: with their preference and unsubscribe links. */
export function reportPartnerEmail(news: PublishedReportNews, recipient: SummaryRecipient) {
  const t = emailTranslator(recipient.locale);
  return render({
    title: t("report.title", { title: news.title }),
    blocks: [{ kind: "paragraph", text: t("report.greeting", { name: recipient.name }) }, ...body(t, news, t("report.partnerIntro", { title: news.title }))],
    footer: summaryFooter(recipient, t("report.partnerWhy", { organisation: recipient.organisation })),
    locale: recipient.locale,
  });
}

import type { Block, EmailDocument } from "@/lib/email/components/document";
import { renderHtml } from "@/lib/email/components/render-html";
import { renderText } from "@/lib/email/components/render-text";
import { env } from "@/lib/env";
import { formatIsoDate } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator } from "@/lib/i18n/translator";
import { isQuiet, type PublicCount, type SummaryContent, type ThemeSection } from "@/lib/domain/summaries/content";
import type { Shown } from "@/lib/domain/translations/translation-fields";
import { periodLabel } from "./period-label";
import { summaryFooter, type SummaryRecipient } from "./summary-footer";

type T = ReturnType<typeof emailTranslator>;
const SUBJECT_THEMES = 3;

const themeName = (t: T, section: ThemeSection) => section.theme?.name ?? t("summary.allThemes");
export const countText = (t: T, count: PublicCount) => (count === null ? t("summary.fewerThanFive") : String(count));

function changeNote(t: T, { inPeriod, previous }: ThemeSection["comments"]): string {
  if (inPeriod === previous) return t("summary.change.same");
  if (previous === 0) return t("summary.change.firstTime");
  const difference = Math.abs(inPeriod - previous);
  return inPeriod > previous ? t("summary.change.up", { count: difference, previous }) : t("summary.change.down", { count: difference, previous });
}

/** The blocks of one theme with activity: figures first, then what to read. */
function sectionBlocks(t: T, section: ThemeSection, locale?: Locale): Block[] {
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: themeName(t, section) },
    { kind: "stat", value: String(section.comments.inPeriod), label: t("summary.comments", { count: section.comments.inPeriod }), note: changeNote(t, section.comments) },
  ];
  const add = (title: string, list: Block[], note?: string) => {
    if (list.length === 0) return;
    blocks.push({ kind: "heading", level: 3, text: title }, ...(note ? [{ kind: "paragraph", text: note } as const] : []), ...list);
  };
  const linkList = (items: Block & { kind: "list" }) => (items.items.length ? [items] : []);
  add(t("summary.newTopics"), linkList({ kind: "list", items: section.newTopics.map((topic) => ({ text: topic.title, href: topic.url })) }));
  add(t("summary.mostDiscussed"), linkList({ kind: "list", items: section.mostDiscussed.map((topic) => ({ text: topic.title, href: topic.url, after: t("summary.commentCount", { count: topic.comments }) })) }));
  add(
    t("summary.quotes"),
    section.quotes.map((quote) => ({ kind: "quote", text: quote.text, source: { text: t("summary.quoteSource", { topic: quote.topic.title }), href: quote.topic.url } })),
    t("summary.quotesNote"),
  );
  add(t("summary.closingSoon"), linkList({ kind: "list", items: section.closingSoon.map((topic) => ({ text: topic.title, href: topic.url, after: t("summary.closes", { date: formatIsoDate(topic.closesOn, locale) }) })) }));
  add(t("summary.outcomes"), linkList({ kind: "list", items: section.outcomes.map((topic) => ({ text: topic.title, href: topic.url })) }), section.outcomes.length ? t("summary.outcomesNote") : undefined);
  if (section.surveys.length > 0) {
    const rows = section.surveys.map((survey) => [
      { text: survey.title, href: survey.url, after: survey.open ? t("summary.surveyOpen") : "" },
      { text: countText(t, survey.responsesInPeriod) },
      { text: countText(t, survey.responsesTotal) },
    ]);
    const headlines: Block[] = section.surveys.flatMap((survey) => (survey.headline ? [{ kind: "paragraph", text: t("summary.headline", { title: survey.title, ...survey.headline }) } as const] : []));
    add(t("summary.surveys"), [{ kind: "table", caption: t("summary.surveyCaption"), head: [t("summary.surveyColumn"), t("summary.responsesInPeriod"), t("summary.responsesTotal")], rows }, ...headlines]);
  }
  add(t("summary.openTopics"), linkList({ kind: "list", items: section.openTopics.map((topic) => ({ text: topic.title, href: topic.url })) }));
  return blocks;
}

function subjectThemes(t: T, names: string[]): string {
  const shown = names.slice(0, SUBJECT_THEMES).join(", ");
  return names.length > SUBJECT_THEMES ? t("summary.subjectMore", { themes: shown, count: names.length - SUBJECT_THEMES }) : shown;
}

/**
 * A partner's scheduled summary, or null when the period was quiet and they asked for nothing then.
 * A quiet period with `sendWhenQuiet` gives a short, honest "nothing new" email. `intro` is the
 * officers' message, after the greeting, in the contact's language or (marked so) in English.
 */
export function summaryEmail(content: SummaryContent, recipient: SummaryRecipient & { sendWhenQuiet: boolean }, intro: Shown | null = null) {
  const t = emailTranslator(recipient.locale);
  const period = periodLabel(content.period, recipient.locale);
  const monthly = content.period.frequency === "monthly";
  const quiet = isQuiet(content);
  if (quiet && !recipient.sendWhenQuiet) return null;
  const active = content.sections.filter((section) => !section.empty);
  const idle = content.sections.filter((section) => section.empty);
  const title = t("summary.title", { period });
  const blocks: Block[] = [{ kind: "paragraph", text: t("summary.greeting", { name: recipient.name }) }];
  if (intro) blocks.push({ kind: "paragraph", text: intro.text, ...(intro.lang !== (recipient.locale ?? "en") ? { lang: intro.lang } : {}) });
  if (quiet) {
    blocks.push(
      { kind: "paragraph", text: t(monthly ? "summary.quietMonthly" : "summary.quiet", { period }) },
      { kind: "paragraph", text: t("summary.quietNext") },
      { kind: "button", text: t("summary.quietButton"), href: `${env.AUTH_URL}/topics` },
    );
  } else {
    blocks.push({ kind: "paragraph", text: t(monthly ? "summary.introMonthly" : "summary.intro", { period }) }, ...active.flatMap((section) => sectionBlocks(t, section, recipient.locale)));
    if (idle.length > 0) blocks.push({ kind: "paragraph", text: t("summary.noActivity", { themes: idle.map((section) => themeName(t, section)).join(", ") }), small: true });
    blocks.push({ kind: "button", text: t("summary.button"), href: env.AUTH_URL });
  }
  const why = t("summary.why", { organisation: recipient.organisation, frequency: recipient.frequency, themes: recipient.allThemes ? "all" : "chosen" });
  const document: EmailDocument = { title, blocks, footer: summaryFooter(recipient, why), locale: recipient.locale };
  const subject = quiet ? t("summary.subjectQuiet", { period }) : t("summary.subject", { period, themes: subjectThemes(t, active.map((section) => themeName(t, section))) });
  return { subject, html: renderHtml(document), text: renderText(document) };
}

import { NOT_STATED } from "@/lib/domain/equalities/aggregate";
import { MISSING_POINTS, type MissingGroup, type ParticipantShare } from "@/lib/domain/equalities/compare";
import { THRESHOLD, type ShownCount } from "@/lib/domain/equalities/suppress";
import { SMALL_NUMBER } from "@/lib/domain/surveys/results/suppress";
import { formatIsoDate } from "@/lib/format/dates";
import { formatCount, formatDecimal, formatPercent } from "@/lib/format/numbers";
import type { ReportBlock, Translate } from "./blocks";
import type { ReportContent, ReportResults } from "./facts";

/** `t` for the reportDocument messages, `root` for any (the equalities' answer names). */
export type Words = { t: Translate; root: Translate };

/** A suppressed count in words: never a number under the threshold. */
function countText(t: Translate, shown: ShownCount): string {
  if (shown.kind === "count") return formatCount(shown.count);
  if (shown.kind === "none") return t("count.none");
  return shown.kind === "fewer-than-10" ? t("count.fewerThan", { threshold: THRESHOLD }) : t("count.hidden");
}

export function askedBlocks({ t }: Words, { facts }: ReportContent): ReportBlock[] {
  const { asked } = facts;
  const blocks: ReportBlock[] = [{ kind: "paragraph", text: asked.summary }];
  if (asked.body.trim()) blocks.push({ kind: "paragraph", text: asked.body.trim() });
  if (asked.questions.length > 0) blocks.push({ kind: "heading", level: 3, text: t("asked.questions") }, { kind: "list", items: asked.questions });
  if (asked.dates.length > 0) {
    const when = (date: (typeof asked.dates)[number]) => (date.kind === "custom" ? (date.label ?? t("dates.custom")) : t(`dates.${date.kind}`));
    blocks.push({ kind: "heading", level: 3, text: t("asked.when") }, { kind: "list", items: asked.dates.map((date) => `${when(date)}: ${formatIsoDate(date.date)}`) });
  }
  return blocks;
}

function shareText(t: Translate, share: ParticipantShare): string {
  if (share.kind === "exact") return formatPercent(share.share * 100);
  return share.kind === "under" ? t("missing.under", { share: formatPercent(share.share * 100) }) : t("count.hidden");
}

function groupName({ t, root }: Words, group: MissingGroup): string {
  const answer = group.answer === NOT_STATED ? t("missing.notStated") : root(`aboutYou.answers.${group.question}.${group.answer}`);
  return t("missing.group", { question: root(`aboutYou.short.${group.question}`), answer });
}

function missingBlocks(words: Words, missing: ReportContent["facts"]["participation"]["missing"]): ReportBlock[] {
  const { t } = words;
  const heading: ReportBlock = { kind: "heading", level: 3, text: t("missing.title") };
  if (!missing) return [heading, { kind: "paragraph", text: t("missing.noPopulation") }];
  if (missing.groups.length === 0) return [heading, { kind: "paragraph", text: t("missing.none", { points: MISSING_POINTS }) }];
  const rows = missing.groups.map((group) => {
    const points = formatDecimal(Math.round(group.shortfall.points * 10) / 10);
    return [groupName(words, group), formatPercent(group.population * 100), shareText(t, group.participants), t(group.shortfall.kind === "exact" ? "missing.points" : "missing.atLeast", { points })];
  });
  return [
    heading,
    { kind: "paragraph", text: t("missing.intro", { points: MISSING_POINTS, people: countText(t, missing.participants) }) },
    { kind: "table", caption: t("missing.title"), header: [t("columns.group"), t("columns.population"), t("columns.participants"), t("columns.difference")], rows },
  ];
}

export function participationBlocks(words: Words, { facts }: ReportContent): ReportBlock[] {
  const { t } = words;
  const { participation } = facts;
  const blocks: ReportBlock[] = [
    { kind: "table", caption: t("participation.counts"), header: [t("columns.what"), t("columns.number")], rows: participation.counts.map(({ key, shown }) => [t(`participation.${key}`), countText(t, shown)]) },
  ];
  if (participation.channels.length > 0) {
    const rows = participation.channels.map(({ channel, shown }) => [t(`channels.${channel}`), countText(t, shown)]);
    blocks.push({ kind: "table", caption: t("participation.channels"), header: [t("columns.channel"), t("columns.number")], rows });
  }
  if (participation.campaigns.length > 0) {
    const rows = participation.campaigns.map((campaign) => [campaign.name, countText(t, campaign.invited), countText(t, campaign.submitted), campaign.rate === null ? t("count.hidden") : formatPercent(campaign.rate * 100)]);
    blocks.push({ kind: "table", caption: t("participation.campaigns"), header: [t("columns.campaign"), t("columns.invited"), t("columns.answered"), t("columns.rate")], rows });
  }
  return [...blocks, ...missingBlocks(words, participation.missing)];
}

function questionBlocks(t: Translate, question: ReportResults["questions"][number]): ReportBlock[] {
  const cellText = (cell: (typeof question.cells)[number]) =>
    cell.count === null ? (cell.hidden === "small" ? t("count.fewerThan", { threshold: SMALL_NUMBER }) : t("count.hidden")) : formatCount(cell.count);
  const percentText = (cell: (typeof question.cells)[number]) => (cell.percent === null ? "–" : formatPercent(cell.percent));
  const answered = question.answered === null ? t("count.fewerThan", { threshold: SMALL_NUMBER }) : formatCount(question.answered);
  return [
    { kind: "heading", level: 3, text: question.title },
    { kind: "paragraph", text: t(question.multiple ? "results.answeredMultiple" : "results.answered", { count: answered }) },
    {
      kind: "chart",
      title: question.title,
      alt: t("results.chartAlt", { question: question.title }),
      bars: question.cells.map((cell) => ({ label: cell.label, value: cell.percent, text: cell.percent === null ? cellText(cell) : percentText(cell) })),
    },
    { kind: "table", caption: question.title, header: [t("columns.answer"), t("columns.number"), t("columns.percent")], rows: question.cells.map((cell) => [cell.label, cellText(cell), percentText(cell)]) },
  ];
}

export function resultsBlocks({ t }: Words, { facts }: ReportContent): ReportBlock[] {
  if (facts.results.length === 0) return [{ kind: "paragraph", text: t("results.none") }];
  return facts.results.flatMap((results) => [
    { kind: "paragraph", text: t("results.responses", { survey: results.survey, count: countText(t, results.responses) }) } as ReportBlock,
    ...results.questions.flatMap((question) => questionBlocks(t, question)),
  ]);
}

export function themesBlocks({ t }: Words, { facts }: ReportContent): ReportBlock[] {
  if (facts.themes.length === 0) return [{ kind: "paragraph", text: t("themes.none") }];
  const chart: ReportBlock = {
    kind: "chart",
    title: t("themes.chart"),
    alt: t("themes.chartAlt"),
    bars: facts.themes.map((theme) => ({ label: theme.label, value: theme.shown.kind === "count" ? theme.shown.count : null, text: countText(t, theme.shown) })),
  };
  const table: ReportBlock = { kind: "table", caption: t("themes.chart"), header: [t("columns.theme"), t("columns.number")], rows: facts.themes.map((theme) => [theme.label, countText(t, theme.shown)]) };
  return [
    { kind: "paragraph", text: t("themes.intro") },
    chart,
    table,
    ...facts.themes.flatMap((theme): ReportBlock[] => [
      { kind: "heading", level: 3, text: theme.label },
      ...(theme.question ? [{ kind: "paragraph", text: t("themes.question", { question: theme.question }) } as const] : []),
      { kind: "paragraph", text: t("themes.count", { count: countText(t, theme.shown) }) },
      ...(theme.keyPhrases.length > 0 ? [{ kind: "paragraph", text: t("themes.keyPhrases", { phrases: theme.keyPhrases.join(", ") }) } as const] : []),
      ...theme.quotes.map((text): ReportBlock => ({ kind: "quote", text })),
    ]),
  ];
}

export function methodBlocks({ t }: Words, { facts }: ReportContent): ReportBlock[] {
  const { method } = facts;
  const items = [
    t(method.analysed ? "method.themes" : "method.noThemes"),
    t("method.quotes"),
    t("method.suppression", { threshold: THRESHOLD, small: SMALL_NUMBER }),
    t("method.missing", { points: MISSING_POINTS }),
  ];
  if (method.channels.length > 0) items.push(t("method.channels", { channels: method.channels.map((channel) => t(`channels.${channel}`)).join(", ") }));
  if (method.firstResponse && method.lastResponse) items.push(t("method.dates", { first: formatIsoDate(method.firstResponse), last: formatIsoDate(method.lastResponse) }));
  return [{ kind: "list", items }];
}

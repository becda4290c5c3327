import { getTranslations } from "next-intl/server";
import type { ThemeCountRow, InsightDimension } from "@/lib/domain/insight/theme-counts";
import type { AnalysisItems, AnalysisRun, HistoryEntry, NotAnalysedGroup, ThemeSummary } from "@/lib/domain/insight/views";
import type { TAnalysisQuery } from "@/lib/validations/insight";
import type { DimensionWords } from "./dimension-values";
import { HistoryList } from "./history-list";
import { ItemList } from "./item-list";
import { MergeAndCreate } from "./merge-and-create";
import { NotAnalysed } from "./not-analysed";
import { RunPanel } from "./run-panel";
import { ThemeCard } from "./theme-card";
import { ThemeCountsTable } from "./theme-counts-table";
import type { InsightActions, SubjectFields } from "./types";

type Props = {
  kind: "comments" | "answers";
  analysis: { run: AnalysisRun | null; themes: ThemeSummary[]; notAnalysed: NotAnalysedGroup[]; history: HistoryEntry[] };
  items: AnalysisItems;
  counts: { dimension: InsightDimension; rows: ThemeCountRow[]; words: DimensionWords };
  actions: InsightActions;
  subject: SubjectFields;
  path: string;
  /** Query parameters every link and form on the page keeps (the survey's question). */
  keep: Record<string, string>;
  query: TAnalysisQuery;
  csvHref: string;
  /** Where an item is read in full: a comment in its place on the topic page, an answer in the list below. */
  originalHref: (itemId: string) => string | null;
};

/** The body of both analysis pages: the run, the themes, organising them, counts, items to code, other languages, recent changes. */
export async function AnalysisView({ kind, analysis, items, counts, actions, subject, path, keep, query, csvHref, originalHref }: Props) {
  const t = await getTranslations("insight");
  const link = (extra: Record<string, string>, anchor: string) => `${path}?${new URLSearchParams({ ...keep, ...extra }).toString()}#${anchor}`;
  const itemHref = (itemId: string) => originalHref(itemId) ?? link({ item: itemId }, `item-${itemId}`);
  const listQuery = { ...(query.q ? { q: query.q } : {}), ...(query.theme ? { theme: query.theme } : {}), ...(query.item ? { item: query.item } : {}) };
  return (
    <>
      <RunPanel run={analysis.run} action={actions.run} subject={subject} items={t(`kind.${kind}`)} />
      <section aria-labelledby="insight-themes">
        <h2 id="insight-themes">{t("themesTitle", { count: analysis.themes.length })}</h2>
        {analysis.themes.length === 0 ? <p>{t("noThemes")}</p> : null}
        <div className="insight-themes">
          {analysis.themes.map((theme) => (
            <ThemeCard key={theme.id} theme={theme} actions={actions} itemHref={itemHref} themeItemsHref={link({ theme: theme.id }, "items")} />
          ))}
        </div>
      </section>
      <MergeAndCreate themes={analysis.themes} actions={actions} subject={subject} />
      <ThemeCountsTable rows={counts.rows} dimension={counts.dimension} dimensions={counts.words.dimensions} values={counts.words.values} path={path} hidden={keep} csvHref={csvHref} />
      <ItemList
        items={items}
        themes={analysis.themes}
        code={actions.code}
        path={path}
        hidden={keep}
        query={query}
        pageHref={(page) => link({ ...listQuery, page: String(page) }, "items")}
        originalHref={originalHref}
      />
      <NotAnalysed groups={analysis.notAnalysed} itemHref={itemHref} />
      <HistoryList entries={analysis.history} />
    </>
  );
}

/**
 * What a run writes, given what officers have already decided: the rules that make coding survive
 * a re-run. Pure: the runner reads the subject's themes, asks this for a plan, and writes it.
 *
 * - A proposed theme sharing key phrases with an existing theme goes into it (the one sharing the
 *   most; ties: the one whose strongest phrase is the proposal's, then the oldest). A merged theme's
 *   proposals go to its survivor; a deleted theme's (or one merged into a deleted one) are dropped,
 *   so an officer never sees a theme they deleted come back.
 * - A theme the analysis made and nobody touched (origin "analysis") takes the proposal's label and
 *   key phrases; an officer's theme (origin "officer") keeps its own.
 * - Every visible theme is proposed the items citing its key phrases (new items included), scored.
 *   Whether a proposed coding may be written is the database's part: an officer's coding, and one an
 *   officer removed, are never changed (see the runner's upsert).
 */
import { scoreItem, type ItemPhrases, type ProposedTheme } from "./extract-themes";

export type ExistingTheme = {
  id: string;
  origin: "analysis" | "officer";
  deleted: boolean;
  mergedInto: string | null;
  /** Normalised to lemmas the way the analysis writes them. */
  keyPhrases: string[];
};

export type ThemeRef = { id: string } | { key: number };
export type RunPlan = {
  create: { key: number; label: string; keyPhrases: string[] }[];
  refresh: { id: string; label: string; keyPhrases: string[] }[];
  codings: { theme: ThemeRef; itemId: string; score: number }[];
};

/** Where a theme's proposals go: itself when visible, its survivor when merged, nowhere (null) when deleted. */
export function survivorOf(themeId: string, themes: ReadonlyMap<string, ExistingTheme>): ExistingTheme | null {
  const seen = new Set<string>();
  let theme = themes.get(themeId);
  while (theme && !theme.deleted && theme.mergedInto) {
    if (seen.has(theme.id)) return null;
    seen.add(theme.id);
    theme = themes.get(theme.mergedInto);
  }
  return theme && !theme.deleted ? theme : null;
}

/** The existing theme a proposal matches (before following merges), or null when none shares a key phrase. */
function matchOf(proposal: ProposedTheme, existing: readonly ExistingTheme[]): ExistingTheme | null {
  let best: { theme: ExistingTheme; shared: number; seed: boolean } | null = null;
  for (const theme of existing) {
    const phrases = new Set(theme.keyPhrases);
    const shared = proposal.keyPhrases.filter((phrase) => phrases.has(phrase)).length;
    if (shared === 0) continue;
    const seed = theme.keyPhrases[0] === proposal.keyPhrases[0];
    if (!best || shared > best.shared || (shared === best.shared && seed && !best.seed)) best = { theme, shared, seed };
  }
  return best?.theme ?? null;
}

/** The plan of a run: `existing` in the order they were made (oldest first), proposals as extracted. */
export function planRun(existing: readonly ExistingTheme[], proposals: readonly ProposedTheme[], items: readonly ItemPhrases[], weights: ReadonlyMap<string, number>): RunPlan {
  const byId = new Map(existing.map((theme) => [theme.id, theme]));
  const phrasesOf = new Map<string, string[]>();
  const refresh = new Map<string, { id: string; label: string; keyPhrases: string[] }>();
  const create: RunPlan["create"] = [];
  for (const theme of existing) if (survivorOf(theme.id, byId) === theme) phrasesOf.set(theme.id, [...theme.keyPhrases]);
  for (const proposal of proposals) {
    const match = matchOf(proposal, existing);
    if (!match) {
      create.push({ key: create.length, label: proposal.label, keyPhrases: proposal.keyPhrases });
      continue;
    }
    const target = survivorOf(match.id, byId);
    if (!target) continue;
    if (target.origin === "analysis" && !target.mergedInto && !refresh.has(target.id)) {
      refresh.set(target.id, { id: target.id, label: proposal.label, keyPhrases: proposal.keyPhrases });
      phrasesOf.set(target.id, [...proposal.keyPhrases]);
    } else {
      const phrases = phrasesOf.get(target.id) ?? [];
      phrasesOf.set(target.id, [...phrases, ...proposal.keyPhrases.filter((phrase) => !phrases.includes(phrase))]);
    }
  }
  const codings: RunPlan["codings"] = [];
  const code = (theme: ThemeRef, keyPhrases: string[]) => {
    if (keyPhrases.length === 0) return;
    for (const item of items) {
      if (keyPhrases.some((phrase) => item.phrases.has(phrase))) codings.push({ theme, itemId: item.id, score: scoreItem(item.phrases, keyPhrases, weights) });
    }
  };
  for (const [id, keyPhrases] of phrasesOf) code({ id }, keyPhrases);
  for (const theme of create) code({ key: theme.key }, theme.keyPhrases);
  return { create, refresh: [...refresh.values()], codings };
}

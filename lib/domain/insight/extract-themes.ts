/**
 * Theme analysis, explained: from comments or written answers to proposed themes, each with the key
 * phrases that explain it and the items that cite it, scored. Pure and deterministic: the same items
 * give the same themes in the same order (every sort has a tie-break on the text or the id).
 *
 * 1. Items not in English (their locale, or text mostly in a non-Latin script) are not analysed:
 *    they are grouped by language and listed, never dropped (./languages.ts).
 * 2. Each English item is tagged (lemmas and parts of speech, by the tagger given: wink-nlp in the
 *    app) and its candidate key phrases taken: runs of adjectives and nouns ending in a noun (up to
 *    three words: "english class", "right work check" is read as "work check") and single nouns,
 *    stop words and generic words ("thing", "lot") left out.
 * 3. Phrases in at least max(2, 0.5%) of the items and at most 40% of them are kept and weighted by
 *    inverse document frequency (a longer phrase explains more: weighted up); the strongest are kept.
 * 4. Phrases that cite the same items are clustered (overlap of their item sets with the cluster's
 *    strongest phrase): a cluster is a theme, labelled by its strongest phrase as people wrote it.
 * 5. An item belongs to a theme when it contains one of its phrases; its score is the share of the
 *    theme's phrase weight it contains (0 to 1): the highest are the theme's quotes.
 */
import { notAnalysedLanguage } from "./languages";

export type InsightItem = { id: string; text: string; locale: string };
export type TaggedWord = { lemma: string; pos: string; surface: string; stop: boolean };
export type Tagger = (text: string) => TaggedWord[];

export type ProposedTheme = { label: string; keyPhrases: string[]; items: { id: string; score: number }[] };
export type NotAnalysed = { language: string; ids: string[] };
/** One English item's candidate phrases (lemmas), with how each was written the first time. */
export type ItemPhrases = { id: string; phrases: Map<string, string> };
export type Extraction = { themes: ProposedTheme[]; notAnalysed: NotAnalysed[]; analysed: number; weights: Map<string, number> };

const NOUNS = new Set(["NOUN", "PROPN"]);
const PHRASE_WORD = new Set(["ADJ", "NOUN", "PROPN"]);
const MAX_PHRASE_WORDS = 3;
/** Nouns too general to explain anything in a consultation. */
const GENERIC = new Set(["thing", "lot", "way", "time", "bit", "people", "person", "year", "day", "month", "week", "place", "kind", "sort", "part", "something", "anything", "everything", "nothing", "one", "council", "area", "consultation", "plan", "idea", "point", "issue", "problem", "need", "use", "fact", "case", "i"]);
/** Nouns that start "X to Y Z" phrases worth keeping whole ("right to work checks", "access to work grants"). */
const ENTITLEMENTS = new Set(["right", "access", "return", "route", "path", "freedom"]);
const MIN_SHARE = 0.005;
const MAX_SHARE = 0.4;
const MAX_PHRASES = 80;
const MAX_THEMES = 15;
const MAX_KEY_PHRASES = 6;
/** How much of the smaller item set two phrases must share to be one theme. */
const OVERLAP = 0.6;
/** A weaker theme whose items are mostly (this share) in a stronger one is folded into it. */
const FOLD = 0.6;

const isWord = (word: TaggedWord) => /^[\p{L}][\p{L}'-]*$/u.test(word.lemma) && word.lemma.length > 1;
const usable = (word: TaggedWord) => PHRASE_WORD.has(word.pos) && !word.stop && isWord(word) && !GENERIC.has(word.lemma);

/** The candidate key phrases of one English text: lemma phrase → how it was written. */
export function phrasesOf(words: TaggedWord[]): Map<string, string> {
  const phrases = new Map<string, string>();
  const add = (run: TaggedWord[]) => {
    const key = run.map((word) => word.lemma).join(" ");
    if (!phrases.has(key)) phrases.set(key, run.map((word) => word.surface).join(" "));
  };
  let run: TaggedWord[] = [];
  const flush = () => {
    for (let end = 0; end < run.length; end += 1) {
      const last = run[end];
      if (!last || !NOUNS.has(last.pos)) continue;
      for (let length = 1; length <= MAX_PHRASE_WORDS && end - length + 1 >= 0; length += 1) add(run.slice(end - length + 1, end + 1));
    }
    run = [];
  };
  for (const word of words) {
    if (usable(word)) run.push(word);
    else flush();
  }
  flush();
  // "Right to work check", "access to work support": an entitlement, "to", a word, and a noun.
  for (let index = 0; index + 3 < words.length; index += 1) {
    const [noun, to, middle, head] = words.slice(index, index + 4);
    if (noun && to && middle && head && ENTITLEMENTS.has(noun.lemma) && to.lemma === "to" && isWord(middle) && NOUNS.has(head.pos) && usable(head)) add([noun, to, middle, head]);
  }
  return phrases;
}

/** Tags an item and takes its phrases, or says which language it is in when it is not analysed. */
export function readItem(item: InsightItem, tag: Tagger): ItemPhrases | { id: string; language: string } {
  const language = notAnalysedLanguage(item);
  if (language) return { id: item.id, language };
  return { id: item.id, phrases: phrasesOf(tag(item.text)) };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The kept phrases, strongest first, with their weights and the items citing each. */
function keptPhrases(items: ItemPhrases[]) {
  const cites = new Map<string, string[]>();
  const written = new Map<string, Map<string, number>>();
  const proper = new Map<string, boolean>();
  for (const item of items) {
    for (const [phrase, surface] of item.phrases) {
      const list = cites.get(phrase) ?? [];
      list.push(item.id);
      cites.set(phrase, list);
      proper.set(phrase, (proper.get(phrase) ?? true) && phrase.indexOf(" ") === -1 && /^\p{Lu}/u.test(surface));
      const forms = written.get(phrase) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      written.set(phrase, forms);
    }
  }
  const total = items.length;
  const minimum = Math.max(2, Math.ceil(total * MIN_SHARE));
  const weights = new Map<string, number>();
  const ranked = [...cites.entries()]
    .filter(([, ids]) => ids.length >= minimum && ids.length <= Math.max(minimum, total * MAX_SHARE))
    .map(([phrase, ids]) => {
      const words = phrase.split(" ").length;
      const weight = Math.log((total + 1) / ids.length) * (words > 1 ? 1.5 : 1);
      weights.set(phrase, weight);
      return { phrase, ids: new Set(ids), weight, strength: ids.length * weight, proper: proper.get(phrase) === true };
    })
    .sort((a, b) => b.strength - a.strength || byText(a.phrase, b.phrase))
    .slice(0, MAX_PHRASES);
  return { ranked, weights, written };
}

const overlap = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  return shared / Math.min(a.size, b.size);
};

/** The most frequent way a phrase was written, first letter capitalised (ties: alphabetical). */
function labelOf(phrase: string, written: Map<string, Map<string, number>>): string {
  const forms = [...(written.get(phrase) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
  const form = forms[0]?.[0] ?? phrase;
  return form.charAt(0).toUpperCase() + form.slice(1);
}

/** An item's score in a theme: the share of the theme's phrase weight it contains. */
export function scoreItem(phrases: ReadonlyMap<string, unknown>, keyPhrases: readonly string[], weights: ReadonlyMap<string, number>): number {
  const weightOf = (phrase: string) => weights.get(phrase) ?? 1;
  const whole = keyPhrases.reduce((sum, phrase) => sum + weightOf(phrase), 0);
  const cited = keyPhrases.reduce((sum, phrase) => sum + (phrases.has(phrase) ? weightOf(phrase) : 0), 0);
  return whole === 0 ? 0 : Math.round((cited / whole) * 1000) / 1000;
}

/** The phrase a theme is named by: the longest of its phrases that cites most (60%) of its strongest phrase's items. */
function labelPhrase(cluster: Cluster): string {
  const words = (phrase: string) => phrase.split(" ").length;
  const covering = cluster.members.filter((member) => [...cluster.seed.ids].filter((id) => member.ids.has(id)).length >= 0.6 * cluster.seed.ids.size);
  return covering.reduce((best, member) => (words(member.phrase) > words(best) ? member.phrase : best), cluster.seed.phrase);
}

type Cluster = { seed: { phrase: string; ids: Set<string> }; members: { phrase: string; ids: Set<string> }[] };

/** Folds each cluster whose items mostly belong to a stronger (earlier) one into it, in order. */
function foldClusters<C extends Cluster>(clusters: C[], items: ItemPhrases[]): C[] {
  const itemsOf = (cluster: Cluster) => new Set(items.filter((item) => cluster.members.some((member) => item.phrases.has(member.phrase))).map((item) => item.id));
  const kept: { cluster: C; ids: Set<string> }[] = [];
  for (const cluster of clusters) {
    const ids = itemsOf(cluster);
    const home = kept.find((stronger) => [...ids].filter((id) => stronger.ids.has(id)).length >= FOLD * ids.size);
    if (home) home.cluster.members.push(...cluster.members);
    else kept.push({ cluster, ids });
  }
  return kept.map(({ cluster }) => cluster);
}

/** The themes of items already read (see readItem). */
export function proposeThemes(items: ItemPhrases[]): { themes: ProposedTheme[]; weights: Map<string, number> } {
  const { ranked, weights, written } = keptPhrases(items);
  const clusters: { seed: (typeof ranked)[number]; members: typeof ranked }[] = [];
  for (const phrase of ranked) {
    const home = clusters.find((cluster) => overlap(cluster.seed.ids, phrase.ids) >= OVERLAP);
    if (home) home.members.push(phrase);
    // A name alone (a place, a person) explains no theme: it may join one, never start one.
    else if (!phrase.proper) clusters.push({ seed: phrase, members: [phrase] });
  }
  const minimum = Math.max(3, Math.ceil(items.length * MIN_SHARE));
  const themes = foldClusters(clusters, items)
    .map((cluster) => {
      const keyPhrases = cluster.members.slice(0, MAX_KEY_PHRASES).map((member) => member.phrase);
      const scored = items
        .filter((item) => keyPhrases.some((phrase) => item.phrases.has(phrase)))
        .map((item) => ({ id: item.id, score: scoreItem(item.phrases, keyPhrases, weights) }))
        .sort((a, b) => b.score - a.score || byText(a.id, b.id));
      return { label: labelOf(labelPhrase(cluster), written), keyPhrases, items: scored };
    })
    .filter((theme) => theme.items.length >= minimum)
    .sort((a, b) => b.items.length - a.items.length || byText(a.label, b.label))
    .slice(0, MAX_THEMES);
  return { themes, weights };
}

/** Reads every item and proposes themes (the runner does the same a batch at a time, with progress). */
export function extractThemes(items: readonly InsightItem[], tag: Tagger): Extraction {
  const read: ItemPhrases[] = [];
  const others: { id: string; language: string }[] = [];
  for (const item of items) {
    const result = readItem(item, tag);
    if ("phrases" in result) read.push(result);
    else others.push(result);
  }
  const { themes, weights } = proposeThemes(read);
  return { themes, notAnalysed: groupNotAnalysed(others), analysed: read.length, weights };
}

/** Languages not analysed, largest first (ties: by language code), each item id in order. */
export function groupNotAnalysed(others: readonly { id: string; language: string }[]): NotAnalysed[] {
  const groups = new Map<string, string[]>();
  for (const { id, language } of others) {
    const ids = groups.get(language) ?? [];
    ids.push(id);
    groups.set(language, ids);
  }
  return [...groups.entries()]
    .map(([language, ids]) => ({ language, ids: [...ids].sort(byText) }))
    .sort((a, b) => b.ids.length - a.ids.length || byText(a.language, b.language));
}

import type { LinkedItem, SummaryQuote } from "./content";

const QUOTE_LENGTH = 160;
const QUOTE_COUNT = 3;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const PHONE = /(?:\+?\d[\d ()-]{8,}\d)/g;
const LINK = /https?:\/\/\S+/g;

/**
 * A comment made fit to quote anonymously in an email: contact details and links taken out, white
 * space collapsed, and cut at a word boundary to about 160 characters with an ellipsis.
 */
export function quoteText(body: string, limit = QUOTE_LENGTH): string {
  const clean = body.replace(LINK, "").replace(EMAIL, "[email removed]").replace(PHONE, "[number removed]").replace(/\s+/g, " ").trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?-]+$/, "")}…`;
}

/**
 * Two or three quotes from candidates already in order of preference (most helpful first): one per
 * topic while there are topics left, skipping any too short to say anything.
 */
export function pickQuotes(candidates: { body: string; topic: LinkedItem }[], count = QUOTE_COUNT): SummaryQuote[] {
  const usable = candidates.map((candidate) => ({ text: quoteText(candidate.body), topic: candidate.topic })).filter((quote) => quote.text.length >= 20);
  const picked: SummaryQuote[] = [];
  const topics = new Set<string>();
  for (const quote of usable) {
    if (picked.length < count && !topics.has(quote.topic.id)) {
      picked.push(quote);
      topics.add(quote.topic.id);
    }
  }
  for (const quote of usable) if (picked.length < count && !picked.includes(quote)) picked.push(quote);
  return picked;
}

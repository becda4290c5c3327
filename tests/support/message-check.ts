/**
 * Checks one translated message file against messages/en.json: the same keys, the same ICU placeholders
 * (argument names, and plural/select kinds), and no English left in a translated value except names.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

type Tree = { [key: string]: string | Tree };

/** Every leaf, dotted, with its text. */
export function flatten(node: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(dotted, value);
    else for (const [k, v] of flatten(value, dotted)) out.set(k, v);
  }
  return out;
}

/** "name:kind" for every argument in a message, sorted: {count, plural, ...} gives "count:plural". */
export function placeholders(message: string): string[] {
  const found = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:text`);
      if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:${TYPE[element.type]}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type === TYPE.select ? "select" : "plural"}`);
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        visit(element.children);
      }
    }
  };
  visit(parse(message, { ignoreTag: false }));
  return [...found].sort();
}

/** The literal text of a message (what a reader sees), placeholders removed. */
function literalText(message: string): string {
  const parts: string[] = [];
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) parts.push(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
      if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parse(message, { ignoreTag: false }));
  return parts.join(" ");
}

/** Names and codes that stay as they are in every language. */
const NAMES = ["Let's Talk", "Let’s Talk", "Auth.js", "Resend", "Supabase", "PostgreSQL", "Census", "Coventry", "Equality Advisory and Support Service", "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018", "Microsoft", "Excel", "LibreOffice", "Google", "Gmail", "Outlook", "JavaScript", "WCAG", "Playwright", "axe", "Chromium", "example.org", "example.com", "gov.uk", "Ofcom", "ONS", "Nomis", "OpenAPI", "Open Government Licence v3.0", "Open Government Licence"];

/** Common English words that are not also Polish words: one left in a Polish value is untranslated text. */
const ENGLISH_WORDS = new Set("the and your you with this that are will from have has been which what when where there their they would should could about into please here our these those yours been being than then them were who whom whose why how all any each every some such only own very can cannot not but".split(" "));

/**
 * What stays as it is in any language: names, web and email addresses, paths (/surveys/x), setting
 * names (RETENTION_DAYS), commands (`npm run jobs`) and quoted values a person must type exactly
 * ("weekly" in a CSV column).
 */
function withoutNames(text: string): string {
  const withoutAddresses = text.replace(/https?:\/\/\S+/g, " ").replace(/\S+@\S+/g, " ");
  return NAMES.reduce((rest, name) => rest.split(name).join(" "), withoutAddresses)
    .replace(/(^|\s|\()\/[\w\-/.:*\[\]]+/g, " ")
    .replace(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/["“”„«»‘’'][\w\-.;: ]{1,40}["“”«»’']/g, " ");
}

/** English words left in a translated value: any Latin word in a non-Latin script (acronyms aside), common English words in Polish. */
export function englishLeft(locale: string, message: string): string[] {
  const text = withoutNames(literalText(message));
  // Whole words in any script: "Hasło" is one Polish word, not the English "has".
  if (locale === "pl") return (text.match(/[\p{L}\p{M}'’]+/gu) ?? []).filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
  // In another script, only the Latin letters count: "وAA" is the Arabic "and" before the code AA.
  const latin = text.match(/[\p{Script=Latin}'’]+/gu) ?? [];
  return latin.filter((word) => /\p{Script=Latin}/u.test(word) && !/^[A-Z0-9]{1,6}s?$/.test(word));
}

export type Problem = { key: string; problem: string };

export function compareMessages(locale: string, english: Tree, translated: Tree): Problem[] {
  const en = flatten(english);
  const other = flatten(translated);
  const problems: Problem[] = [];
  for (const key of en.keys()) if (!other.has(key)) problems.push({ key, problem: "missing" });
  for (const key of other.keys()) if (!en.has(key)) problems.push({ key, problem: "not in English (unused)" });
  for (const [key, value] of other) {
    const source = en.get(key);
    if (source === undefined) continue;
    let theirs: string[];
    try {
      theirs = placeholders(value);
    } catch (error) {
      problems.push({ key, problem: `not valid ICU: ${(error as Error).message}` });
      continue;
    }
    const ours = placeholders(source);
    if (theirs.join() !== ours.join()) problems.push({ key, problem: `placeholders ${theirs.join(" ")} differ from English ${ours.join(" ")}` });
    const left = englishLeft(locale, value);
    if (left.length > 0) problems.push({ key, problem: `English left: ${left.join(" ")}` });
  }
  return problems;
}

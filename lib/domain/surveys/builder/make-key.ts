import { ZKey } from "@/lib/domain/surveys/definition";

const MAX = 40;

/**
 * A stable id for a new section, question or option, made from its label when it is created
 * ("Which skills are hard to find?" → "which_skills_are_hard_to_find", "10 to 49" → "option_10_to_49"):
 * lower-case letters, digits and underscores, starting with a letter, at most 40 characters, and not
 * one of `taken`. Answers are keyed by these ids, so the builder never changes one afterwards.
 */
export function makeKey(label: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const words = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  // "10 to 49" keeps its number: "option_10_to_49".
  let base = (/^[0-9]/.test(words) ? `${fallback}_${words}` : words).slice(0, MAX).replace(/_+$/, "");
  if (!ZKey.safeParse(base).success) base = fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX - suffix.length).replace(/_+$/, "")}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

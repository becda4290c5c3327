/**
 * Noto Sans comes as two subsets (@fontsource's "latin" and "latin-ext"), with no letter in both:
 * "Łódź" needs the second for "Ł" and "ź" and the first for "ó" and "d". Text is drawn as runs, each
 * in the subset that has its letters. Pure; the ranges are those @fontsource gives the latin-ext file.
 */
const LATIN_EXT: [number, number][] = [
  [0x0100, 0x0130],
  [0x0132, 0x0151],
  [0x0154, 0x02ba],
  [0x02bd, 0x02c5],
  [0x02c7, 0x02cc],
  [0x02ce, 0x02d7],
  [0x02dd, 0x02ff],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1e9f],
  [0x1ef2, 0x1eff],
  [0x20a0, 0x20ab],
  [0x20ad, 0x20c0],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];

export type Subset = "latin" | "latinExt";

const subsetOf = (character: string): Subset => {
  const point = character.codePointAt(0) ?? 0;
  return LATIN_EXT.some(([from, to]) => point >= from && point <= to) ? "latinExt" : "latin";
};

/** The text as runs of one subset each, in order; spaces and punctuation stay with the run they are in. */
export function fontRuns(text: string): { subset: Subset; text: string }[] {
  const runs: { subset: Subset; text: string }[] = [];
  for (const character of text) {
    const subset = subsetOf(character);
    const last = runs.at(-1);
    if (last && (last.subset === subset || character === " ")) last.text += character;
    else runs.push({ subset, text: character });
  }
  return runs;
}

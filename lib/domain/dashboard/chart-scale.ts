/** A count axis: a round top and evenly spaced whole-number ticks from zero. */
export interface CountScale {
  top: number;
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5];

/** The smallest round whole-number step (1, 2, 2.5 or 5 times a power of ten) for `intervals` intervals to reach `max`. */
export function countScale(max: number, intervals = 4): CountScale {
  const needed = Math.max(1, max) / intervals;
  let power = 10 ** Math.max(0, Math.floor(Math.log10(needed)));
  let step = 0;
  while (step === 0) {
    step = STEPS.map((base) => base * power).find((candidate) => Number.isInteger(candidate) && candidate >= needed) ?? 0;
    power *= 10;
  }
  return { top: step * intervals, ticks: Array.from({ length: intervals + 1 }, (_, index) => index * step) };
}

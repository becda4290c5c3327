/**
 * A small seeded pseudo-random generator (mulberry32) and the helpers demo data needs, so the same
 * seed always gives the same demo responses (never Math.random).
 */
export type Random = () => number;

export function generator(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() needs at least one item");
  return item;
}

/** An integer from min to max inclusive. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One key of a table of relative weights. */
export function weighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random() * total;
  for (const [key, weight] of entries) {
    point -= weight;
    if (point < 0) return key;
  }
  return (entries.at(-1) as [K, number])[0];
}

/** Each item kept with its own probability, in the order given. */
export function some<K extends string>(random: Random, probabilities: Readonly<Record<K, number>>): K[] {
  return (Object.entries(probabilities) as [K, number][]).filter(([, probability]) => random() < probability).map(([key]) => key);
}

/**
 * Exactly `count` of the indexes 0..weights.length-1, chosen at random with the given relative
 * weights (weighted sampling without replacement: the largest u^(1/w) win).
 */
export function chooseExactly(random: Random, weights: readonly number[], count: number): Set<number> {
  const keyed = weights.map((weight, index) => ({ index, key: Math.pow(random(), 1 / weight) }));
  keyed.sort((a, b) => b.key - a.key);
  return new Set(keyed.slice(0, count).map((item) => item.index));
}

/**
 * A small seeded pseudo-random generator, so sample data is the same on every run and every machine:
 * a preset opened twice, or on a colleague's computer, shows the same names and points.
 */

/** A seeded source of sample values. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A number in [min, max) snapped down to a multiple of `step`. */
  stepped(min: number, max: number, step: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * mulberry32: 32-bit state, full period, good enough spread for sample data and tiny to read.
 * @param seed - 32-bit seed
 * @returns a function giving the next number in [0, 1)
 * @example
 * const next = mulberry32(42); next() === mulberry32(42)() // true
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed from a text (FNV-1a), so each preset seeds from its own id.
 * @param text - any text, e.g. a preset id
 * @returns a 32-bit unsigned seed
 * @example
 * hashSeed('hcm-2018') === hashSeed('hcm-2018') // true
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A seeded {@link Random}.
 * @param seed - a number, or a text hashed with {@link hashSeed}
 * @returns the generator
 * @example
 * seededRandom('hcm-2018').int(1, 6) === seededRandom('hcm-2018').int(1, 6) // true
 */
export function seededRandom(seed: number | string): Random {
  const next = mulberry32(typeof seed === 'number' ? seed : hashSeed(seed));
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    stepped: (min, max, step) => min + Math.floor((next() * (max - min)) / step) * step,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick: empty list');
      return item;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const a = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = a;
      }
      return copy;
    },
  };
  return random;
}

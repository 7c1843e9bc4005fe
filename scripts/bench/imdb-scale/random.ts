// A seeded pseudo-random generator (mulberry32) and the draws the IMDb-scale files are made of: the same seed gives
// the same files on every machine, so two runs of the bench import the same rows.

/** A table of outcomes and their relative weights, e.g. [["movie", 6.4], ["short", 9]]. */
export type Weights<T> = readonly (readonly [T, number])[];

/** A weighted table prepared for drawing: cumulative weights, searched on each draw. */
export interface WeightedPick<T> {
  values: T[];
  cumulative: number[];
}

export function weighted<T>(weights: Weights<T>): WeightedPick<T> {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let running = 0;
  return {
    values: weights.map(([value]) => value),
    cumulative: weights.map(([, weight]) => (running += weight / total)),
  };
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next() {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(probability: number) {
    return this.next() < probability;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  pickWeighted<T>({ values, cumulative }: WeightedPick<T>): T {
    const draw = this.next();
    let index = 0;
    while (index < cumulative.length - 1 && cumulative[index]! <= draw) index++;
    return values[index]!;
  }

  /** How many of something with this mean, most often few and now and then many (exponential, rounded down). */
  count(mean: number, max = Number.POSITIVE_INFINITY) {
    return Math.min(max, Math.floor(-Math.log(1 - this.next()) * mean));
  }
}

// Lookups over spans sorted by start, so the stages can ask "which quote holds this offset" or
// "which sentence is here" in logarithmic time instead of scanning every span: on a long input
// (thousands of quotes and sentences) the scans made the pipeline quadratic.

/** Index of the first element of ascending `xs` that is >= x (xs.length when none). */
export function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of ascending `xs` that is > x (xs.length when none). */
export function upperBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Items with a [start, end) span, sorted by start (stable: equal starts keep their order); spans
 * may overlap or nest. Queries walk back from the last span starting early enough while the
 * running maximum of ends can still reach the offset, so they cost log n plus the spans that
 * actually overlap (plus any long span enclosing them).
 */
export class SpanIndex<T> {
  readonly items: T[];
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly maxEnd: number[];

  constructor(items: readonly T[], span: (t: T) => { start: number; end: number }) {
    const order = items.map((t, i) => ({ t, i, s: span(t) })).sort((a, b) => a.s.start - b.s.start || a.i - b.i);
    this.items = order.map((o) => o.t);
    this.starts = order.map((o) => o.s.start);
    this.ends = order.map((o) => o.s.end);
    this.maxEnd = [];
    let m = -Infinity;
    for (const e of this.ends) this.maxEnd.push((m = Math.max(m, e)));
  }

  get length(): number {
    return this.items.length;
  }

  /** Is `o` inside some span (start <= o < end)? */
  contains(o: number): boolean {
    for (let k = upperBound(this.starts, o) - 1; k >= 0 && this.maxEnd[k]! > o; k--) if (this.ends[k]! > o) return true;
    return false;
  }

  /** Some span that holds all of [start, end), or undefined. */
  enclosing(start: number, end: number): T | undefined {
    for (let k = upperBound(this.starts, start) - 1; k >= 0 && this.maxEnd[k]! >= end; k--) if (this.ends[k]! >= end) return this.items[k];
    return undefined;
  }

  /** The items whose span overlaps [start, end) (start < their end, their start < end), by start. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = lowerBound(this.starts, end) - 1; k >= 0 && this.maxEnd[k]! > start; k--) if (this.ends[k]! > start) out.push(this.items[k]!);
    return out.reverse();
  }

  /** The last item (greatest start; of equal starts the first) whose span ends by `end`. */
  lastEndingBy(end: number): T | undefined {
    let hit = -1;
    for (let k = lowerBound(this.starts, end) - 1; k >= 0; k--) {
      if (hit >= 0 && this.starts[k]! < this.starts[hit]!) break;
      if (this.ends[k]! <= end) hit = k;
    }
    return hit < 0 ? undefined : this.items[hit];
  }

  /** The items whose span starts in [from, to), by start. */
  startingIn(from: number, to: number): T[] {
    return this.items.slice(lowerBound(this.starts, from), lowerBound(this.starts, to));
  }

  /** The items whose span lies inside [start, end), by start. */
  inside(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = lowerBound(this.starts, start); k < this.starts.length && this.starts[k]! < end; k++) if (this.ends[k]! <= end) out.push(this.items[k]!);
    return out;
  }
}

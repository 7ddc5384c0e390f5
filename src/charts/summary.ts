/**
 * The relative change from `a` to `b`, or undefined when it is not defined (a is 0 or missing)
 * or not a finite number. Divided before subtracting, so values near ±1e308 do not overflow.
 */
export function change(a: number, b: number): number | undefined {
  if (!(a === a) || !(b === b) || a === 0) return undefined;
  const c = b / Math.abs(a) - Math.sign(a);
  return Number.isFinite(c) ? c : undefined;
}

/** What a summary sentence says, before it is put into words. */
export interface SummaryFacts {
  /** The last period with a known total, and the one before it with a known total (-1: none). */
  last: number;
  prev: number;
  /** How the total moved between them; `single` when there is no earlier known total. */
  kind: 'single' | 'same' | 'upFromZero' | 'up' | 'down';
  /** The relative change, for `up` and `down`. */
  change?: number;
  /** The largest series in the last period, when there are several and it is above zero. */
  top?: string;
}

/**
 * The facts of the summary sentence: the change between the last two periods with a known
 * total, and the largest series in the last period. Undefined when no period has a total.
 */
export function summaryFacts(
  totals: ArrayLike<number>,
  series: readonly { name: string; last: number }[] = [],
): SummaryFacts | undefined {
  // The last period before `end` with a known total, or -1.
  const known = (end: number) => {
    let i = end - 1;
    while (i >= 0 && !(totals[i] === totals[i])) i--;
    return i;
  };
  const last = known(totals.length);
  if (last < 0) return undefined;
  const prev = known(last);
  const facts: SummaryFacts = { last, prev, kind: 'single' };
  if (prev >= 0) {
    const [a, b] = [totals[prev], totals[last]];
    const c = change(a, b);
    if (a === b) facts.kind = 'same';
    else if (c === undefined) facts.kind = 'upFromZero';
    else Object.assign(facts, { kind: c > 0 ? 'up' : 'down', change: c });
  }
  if (series.length > 1) {
    const top = series.reduce((m, s) => (s.last > m.last ? s : m), series[0]);
    if (top.last > 0) facts.top = top.name;
  }
  return facts;
}

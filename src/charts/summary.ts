/**
 * The relative change from `a` to `b`, or undefined when it is not defined (a is 0 or missing)
 * or not a finite number. Divided before subtracting, so values near ±1e308 do not overflow.
 */
export function change(a: number, b: number): number | undefined {
  if (!(a === a) || !(b === b) || a === 0) return undefined;
  const c = b / Math.abs(a) - Math.sign(a);
  return Number.isFinite(c) ? c : undefined;
}

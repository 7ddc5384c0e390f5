import type { ComplexAttributeConverter } from 'lit';

/** A plain decimal, as HTML writes numbers in attributes: `12`, `-0.5`, `1e3`; never hex, `Infinity` or blank. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** No decimal a reader would write is longer; a longer value is refused before any pattern runs. */
const MAX_LENGTH = 64;

/**
 * A numeric attribute's value: a finite plain decimal (spaces around it allowed), else
 * undefined, "no value". Lit's `Number` converter reads `""` and `" "` as 0 and `0x10` as 16,
 * which would show a figure nobody published.
 */
export function parseDecimalAttribute(value: string | null): number | undefined {
  if (value === null || value.length > MAX_LENGTH) return undefined;
  const s = value.trim();
  if (!DECIMAL.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The converter every numeric attribute of every pantau element uses (`{ converter:
 * numberAttribute }` in its `static properties`): see `parseDecimalAttribute`.
 */
export const numberAttribute: ComplexAttributeConverter<number | undefined | null> = {
  fromAttribute: parseDecimalAttribute,
  toAttribute: (v) => (v === undefined || v === null ? null : String(v)),
};

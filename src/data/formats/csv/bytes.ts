/*
 * UTF-8 byte ranges to text, for readers that scan bytes and decode only what they keep.
 * A range bounded by ASCII delimiters decodes exactly as that part of the whole text would:
 * ASCII bytes never occur inside a multi-byte character and always end a malformed one.
 */

// ignoreBOM: a U+FEFF inside the data is a character; only the stream's first one is a BOM.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Short ASCII ranges skip TextDecoder, whose per-call cost is far above the copy's. */
const SHORT = 64;

/** The text of `b[s..e)`, decoded as UTF-8 (malformed bytes as U+FFFD, like the stream decoder). */
export function decodeBytes(b: Uint8Array, s: number, e: number): string {
  if (e - s <= SHORT) {
    let ascii = true;
    for (let i = s; i < e; i++)
      if (b[i]! >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
  }
  return utf8.decode(b.subarray(s, e));
}

/** True when `b[s..e)` is empty or white space only, as `String.prototype.trim` sees it. */
export function isBlankBytes(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c >= 0x80) return decodeBytes(b, s, e).trim() === '';
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}

/** True where Int32Array words hold their bytes lowest address first (every browser platform in use). */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** 0x80 in each byte of the 32-bit `x` that is zero, 0 in the others; exact, unlike the shorter borrow trick. */
export function zeroBytes(x: number): number {
  return ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Most distinct values remembered; past this, values are decoded each time (still correct, just slower). */
const MAX_ENTRIES = 4096;

/**
 * Maps byte ranges to their trimmed text, decoding each distinct value once: a category
 * column of a million rows holds a few dozen values, and comparing a dozen bytes is much
 * cheaper than making a string.
 */
export class ByteInterner {
  private table = new Int32Array(256).fill(-1);
  private readonly keys: Uint8Array[] = [];
  private readonly values: string[] = [];

  get(b: Uint8Array, s: number, e: number): string {
    const mask = this.table.length - 1;
    let slot = hash(b, s, e) & mask;
    for (;;) {
      const k = this.table[slot]!;
      if (k < 0) break;
      if (same(this.keys[k]!, b, s, e)) return this.values[k]!;
      slot = (slot + 1) & mask;
    }
    const value = decodeBytes(b, s, e).trim();
    if (this.keys.length >= MAX_ENTRIES) return value;
    this.table[slot] = this.keys.length;
    this.keys.push(b.slice(s, e));
    this.values.push(value);
    if (this.keys.length * 2 > this.table.length) this.rehash();
    return value;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = this.table.length - 1;
    this.keys.forEach((key, k) => {
      let slot = hash(key, 0, key.length) & mask;
      while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
      this.table[slot] = k;
    });
  }
}

// FNV-1a: a few instructions a byte, and well spread for short keys.
function hash(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return h;
}

function same(key: Uint8Array, b: Uint8Array, s: number, e: number): boolean {
  if (key.length !== e - s) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== b[s + i]) return false;
  return true;
}

import { concat, decodeBytes, isBlankBytes, LITTLE_ENDIAN, zeroBytes } from './bytes.js';
import { detectDelimiter, type Delimiter } from './csv.js';
import { DataError } from '../../errors.js';
import { crLineEndBytes } from './line-ends.js';

const EMPTY = new Uint8Array(0);

/**
 * RFC 4180 CSV read straight from UTF-8 bytes, fed in chunks: the same records as
 * `CsvParser` on the decoded text, but no field becomes a string until asked for
 * (`field(i)`), so a reader that needs two columns of six never decodes the other four.
 * Delimiters, quotes and line ends are ASCII and never occur inside a multi-byte
 * character, so a character split across chunks is whole again in the carried-over record.
 * During `onRecord`, field `i` is `bytes[starts[i]..ends[i])`, or `quoted[i]` when
 * `starts[i]` is -1 (a quoted field, unescaped).
 */
export class CsvByteParser {
  delimiter?: Delimiter;
  /** Records emitted so far (the header is record 1). */
  records = 0;
  bytes: Uint8Array = EMPTY;
  count = 0;
  starts = new Int32Array(32);
  ends = new Int32Array(32);
  readonly quoted: string[] = [];
  /**
   * Fields a reader uses, from the first: a quote-free line is split only that far, so the
   * columns after the last one used cost nothing (`field` is then undefined past them).
   */
  need = Infinity;
  private carry: Uint8Array = EMPTY;
  private lineFields = 0;
  private lineFrom = 0;
  private bomChecked = false;

  constructor(
    private readonly onRecord: (p: CsvByteParser) => void,
    delimiter?: Delimiter,
  ) {
    this.delimiter = delimiter;
  }

  /** Field `i` of the current record as text; undefined past its last field. */
  field(i: number): string | undefined {
    if (i >= this.count) return undefined;
    const s = this.starts[i]!;
    return s < 0 ? this.quoted[i] : decodeBytes(this.bytes, s, this.ends[i]!);
  }

  // Lone-CR line ends (old Mac files) read as LF.
  private readonly lineEnds = crLineEndBytes();

  push(bytes: Uint8Array): void {
    const chunk = this.lineEnds(bytes);
    let rest = chunk;
    if (this.carry.length && this.delimiter) {
      // Finish the carried record with the chunk's first line, so the chunk itself is never copied.
      const nl = chunk.indexOf(10);
      if (nl < 0) return void (this.carry = concat(this.carry, chunk));
      this.run(concat(this.carry, chunk.subarray(0, nl + 1)), false);
      rest = chunk.subarray(nl + 1);
    }
    // Still carrying: a quoted field with a line break, or the header not read yet.
    this.run(this.carry.length ? concat(this.carry, rest) : rest, false);
  }

  end(): void {
    const held = this.lineEnds(new Uint8Array(0), true);
    if (held.length) this.push(held);
    this.run(this.carry, true);
    this.carry = EMPTY;
  }

  private put(n: number, s: number, e: number): void {
    if (n >= this.starts.length) {
      const grow = (a: Int32Array) => {
        const out = new Int32Array(a.length * 2);
        out.set(a);
        return out;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[n] = s;
    this.ends[n] = e;
  }

  private emit(n: number): void {
    this.records++;
    this.count = n;
    this.onRecord(this);
  }

  private run(input: Uint8Array, final: boolean): void {
    let b = input;
    if (!this.bomChecked) {
      // Wait for three bytes: a BOM may arrive split across chunks.
      if (b.length < 3 && !final) return void (this.carry = b);
      this.bomChecked = true;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    }
    const len = b.length;
    if (!this.delimiter) {
      const nl = b.indexOf(10);
      if (nl < 0 && !final) return void (this.carry = b);
      this.delimiter = detectDelimiter(decodeBytes(b, 0, nl < 0 ? len : nl));
    }
    const delim = this.delimiter.charCodeAt(0);
    // The whole buffer as words, indexed by byte offset / 4 (see `scan`).
    const words = LITTLE_ENDIAN ? new Int32Array(b.buffer, 0, b.buffer.byteLength >> 2) : undefined;
    this.bytes = b;
    let pos = 0;
    let quote = -1;
    while (pos < len) {
      let nl = this.scan(b, words, pos, delim);
      if (nl < 0) {
        if (!final) break;
        nl = len;
      }
      if (quote < pos) {
        quote = b.indexOf(34, pos);
        if (quote < 0) quote = Infinity;
      }
      if (quote < nl) {
        const next = this.quotedRecord(b, pos, final);
        if (next < 0) break;
        pos = next;
        continue;
      }
      const end = nl > pos && b[nl - 1] === 13 ? nl - 1 : nl;
      if (end > pos) this.line(b, end);
      pos = nl + 1;
    }
    // Copied: a view would keep the whole chunk alive for one partial record.
    this.carry = pos >= len ? EMPTY : b.slice(pos);
  }

  /**
   * Finds the end of the line starting at `pos` (the index of its LF, or -1 when the buffer
   * ends first), noting the delimiters of its first `need` fields on the way. Four bytes at
   * a time where the platform allows: `zeroBytes(w ^ pattern)` marks the bytes of `w` equal
   * to the pattern's.
   */
  private scan(b: Uint8Array, words: Int32Array | undefined, pos: number, delim: number): number {
    const len = b.length;
    const off = b.byteOffset;
    const need = this.need;
    const pd = delim * 0x01010101;
    let n = 0;
    let from = pos;
    let i = pos;
    for (; i < len && (!words || ((off + i) & 3) !== 0); i++) {
      const c = b[i];
      if (c === 10) return this.noted(n, from, i);
      if (c === delim && n < need) {
        this.put(n++, from, i);
        from = i + 1;
      }
    }
    if (words) {
      for (; i + 4 <= len && n < need; i += 4) {
        const w = words[(off + i) >> 2]!;
        let m = zeroBytes(w ^ pd) | zeroBytes(w ^ 0x0a0a0a0a);
        while (m !== 0) {
          const k = i + ((31 - Math.clz32(m & -m)) >> 3);
          if (b[k] === 10) return this.noted(n, from, k);
          if (n < need) {
            this.put(n++, from, k);
            from = k + 1;
          }
          m &= m - 1;
        }
      }
      // The fields asked for are read: only the line end matters now.
      for (; i + 4 <= len; i += 4) {
        const m = zeroBytes(words[(off + i) >> 2]! ^ 0x0a0a0a0a);
        if (m !== 0) return this.noted(n, from, i + ((31 - Math.clz32(m & -m)) >> 3));
      }
    }
    for (; i < len; i++) {
      const c = b[i];
      if (c === 10) return this.noted(n, from, i);
      if (c === delim && n < need) {
        this.put(n++, from, i);
        from = i + 1;
      }
    }
    return this.noted(n, from, -1);
  }

  private noted(n: number, from: number, nl: number): number {
    this.lineFields = n;
    this.lineFrom = from;
    return nl;
  }

  // Emits the quote-free line just scanned, which ends (CR excluded) at `end`.
  private line(b: Uint8Array, end: number): void {
    let n = this.lineFields;
    // Split only as far as asked: the rest of the line is not needed.
    if (n >= this.need) return this.emit(n);
    const from = this.lineFrom;
    // A line of only spaces (indented inline CSV) is blank, not a record of one blank field.
    if (n > 0 || !isBlankBytes(b, from, end)) {
      this.put(n++, from, end);
      this.emit(n);
    }
  }

  // One record with quotes, from `pos`; the index after it, or -1 when it continues past the buffer.
  private quotedRecord(b: Uint8Array, pos: number, final: boolean): number {
    const len = b.length;
    const delim = this.delimiter!.charCodeAt(0);
    let i = pos;
    let n = 0;
    for (;;) {
      let value: string | undefined;
      if (b[i] === 34) {
        value = '';
        let j = i + 1;
        for (;;) {
          const k = b.indexOf(34, j);
          if (k < 0) {
            if (!final) return -1;
            throw new DataError(
              'parse',
              `CSV record ${this.records + 1} has a quote that is never closed. Check the quotes in the file.`,
            );
          }
          if (k + 1 >= len && !final) return -1;
          value += decodeBytes(b, j, k);
          if (b[k + 1] === 34) {
            value += '"';
            j = k + 2;
          } else {
            i = k + 1;
            break;
          }
        }
      }
      // Unquoted text, or stray text after a closing quote: read literally up to the delimiter or line end.
      let j = i;
      while (j < len) {
        const c = b[j];
        if (c === delim || c === 10 || c === 13) break;
        j++;
      }
      if (j >= len && !final) return -1;
      if (value === undefined) this.put(n, i, j);
      else {
        this.put(n, -1, -1);
        this.quoted[n] = value + decodeBytes(b, i, j);
      }
      n++;
      const c = b[j];
      if (c === delim) {
        i = j + 1;
        continue;
      }
      if (c === 13 && j + 1 >= len && !final) return -1;
      this.emit(n);
      return c === 13 && b[j + 1] === 10 ? j + 2 : j + 1;
    }
  }
}

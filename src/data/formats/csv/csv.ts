import { DataError } from '../../errors.js';
import { crLineEnds } from './line-ends.js';

export type Delimiter = ',' | ';' | '\t';

/** The delimiter of a header line: the most frequent of `,` `;` tab outside quotes (`,` on a tie). */
export function detectDelimiter(line: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t']
    ? ';'
    : counts['\t'] > counts[',']
      ? '\t'
      : ',';
}

/**
 * RFC 4180 CSV, fed in chunks (`push`, then `end`), calling `onRecord` once per record
 * with a reused array of fields. Quote-free lines, the common case, are split with
 * `indexOf`, which the engine vectorises; quoted fields (embedded delimiters, newlines,
 * `""`) take a slower exact path. A UTF-8 BOM is dropped; CRLF and LF both end a record;
 * blank and whitespace-only lines are skipped. `select` limits which fields are copied out (others read '').
 */
export class CsvParser {
  delimiter?: Delimiter;
  /** Records emitted so far (the header is record 1). */
  records = 0;
  #buf = '';
  #mask?: readonly boolean[];
  readonly #fields: string[] = [];

  readonly #onRecord: (fields: string[], count: number) => void;

  constructor(onRecord: (fields: string[], count: number) => void, delimiter?: Delimiter) {
    this.#onRecord = onRecord;
    this.delimiter = delimiter;
  }

  /** Copy out only the fields whose index is true in `mask`. */
  select(mask: readonly boolean[] | undefined): void {
    this.#mask = mask;
  }

  // Lone-CR line ends (old Mac files) read as LF.
  readonly #lineEnds = crLineEnds();

  push(text: string): void {
    const chunk = this.#lineEnds(text);
    this.#buf = this.#buf
      ? this.#buf + chunk
      : this.records === 0 && chunk.charCodeAt(0) === 0xfeff
        ? chunk.slice(1)
        : chunk;
    this.#run(false);
  }

  end(): void {
    const held = this.#lineEnds('', true);
    if (held) this.push(held);
    this.#run(true);
    this.#buf = '';
  }

  #put(i: number, value: string): void {
    this.#fields[i] = this.#mask && !this.#mask[i] ? '' : value;
  }

  #emit(count: number): void {
    this.records++;
    this.#fields.length = count;
    this.#onRecord(this.#fields, count);
  }

  #run(final: boolean): void {
    const s = this.#buf;
    const len = s.length;
    if (!this.delimiter) {
      const nl = s.indexOf('\n');
      if (nl < 0 && !final) return;
      this.delimiter = detectDelimiter(nl < 0 ? s : s.slice(0, nl));
    }
    const delim = this.delimiter;
    let pos = 0;
    let quote = -1;
    while (pos < len) {
      let nl = s.indexOf('\n', pos);
      if (nl < 0) {
        if (!final) break;
        nl = len;
      }
      if (quote < pos) {
        quote = s.indexOf('"', pos);
        if (quote < 0) quote = Infinity;
      }
      if (quote < nl) {
        const next = this.#quoted(s, pos, final);
        if (next < 0) break;
        pos = next;
        continue;
      }
      const end = nl > pos && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end > pos) {
        let n = 0;
        let from = pos;
        for (;;) {
          const d = s.indexOf(delim, from);
          if (d < 0 || d >= end) break;
          this.#put(n++, s.slice(from, d));
          from = d + 1;
        }
        const last = s.slice(from, end);
        // A line of only spaces (indented inline CSV) is blank, not a record of one blank field.
        if (n > 0 || last.trim() !== '') {
          this.#put(n++, last);
          this.#emit(n);
        }
      }
      pos = nl + 1;
    }
    this.#buf = pos >= len ? '' : s.slice(pos);
  }

  // One record with quotes, from `pos`; the index after it, or -1 when it continues past the buffer.
  #quoted(s: string, pos: number, final: boolean): number {
    const len = s.length;
    const delim = this.delimiter!.charCodeAt(0);
    let i = pos;
    let n = 0;
    for (;;) {
      let value = '';
      if (s.charCodeAt(i) === 34) {
        let j = i + 1;
        for (;;) {
          const k = s.indexOf('"', j);
          if (k < 0) {
            if (!final) return -1;
            throw new DataError(
              'parse',
              `CSV record ${this.records + 1} has a quote that is never closed. Check the quotes in the file.`,
            );
          }
          if (k + 1 >= len && !final) return -1;
          if (s.charCodeAt(k + 1) === 34) {
            value += s.slice(j, k + 1);
            j = k + 2;
          } else {
            value += s.slice(j, k);
            i = k + 1;
            break;
          }
        }
      }
      // Unquoted text, or stray text after a closing quote: read literally up to the delimiter or line end.
      let j = i;
      while (j < len) {
        const c = s.charCodeAt(j);
        if (c === delim || c === 10 || c === 13) break;
        j++;
      }
      if (j >= len && !final) return -1;
      this.#put(n++, value + s.slice(i, j));
      const c = s.charCodeAt(j);
      if (c === delim) {
        i = j + 1;
        continue;
      }
      if (c === 13 && j + 1 >= len && !final) return -1;
      this.#emit(n);
      return c === 13 && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
  }
}

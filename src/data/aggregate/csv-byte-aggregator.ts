import { ByteInterner } from '../formats/csv/bytes.js';
import { AggregatorCore } from './csv-aggregator.js';
import type { AggregatePlan, AggregatedCsv, ChunkAggregator } from './plan.js';
import { CsvByteParser } from '../formats/csv/csv-bytes.js';
import { parseDateBytes } from '../../time/date-bytes.js';
import { newDateParts } from '../../time/dates.js';
import { indexOfParts, periodIndex } from '../../time/periods.js';

/**
 * Aggregates CSV fed as UTF-8 bytes straight into a period table. Rows are read from the
 * bytes: the date is parsed and the series looked up in place, and only the columns the plan
 * names ever become strings, so a million rows cost a few hundred ms. Used by the worker and
 * by `aggregateChunks`; the main thread's small files go through the lighter `CsvAggregator`.
 */
export class CsvByteAggregator extends AggregatorCore implements ChunkAggregator {
  private readonly parser: CsvByteParser;
  private readonly names = new ByteInterner();
  private readonly parts = newDateParts();
  private readonly encoder = new TextEncoder();
  /** A high surrogate ending the last text chunk, kept until its pair arrives. */
  private pending = '';
  private used?: number[];

  constructor(plan: AggregatePlan) {
    super(plan);
    const field = (i: number) => this.parser.field(i);
    this.parser = new CsvByteParser((p) => {
      if (!this.columns.length) {
        this.used = this.header(Array.from({ length: p.count }, (_, i) => p.field(i)!));
        return;
      }
      // Every field while probing the first rows for numeric columns; then only up to the plan's last.
      if (!this.probing && this.used) {
        p.need = Math.max(...this.used) + 1;
        this.used = undefined;
      }
      this.tally(this.periodOf(p, this.idx.date), this.seriesOf(p, this.idx.series), field);
    }, plan.delimiter);
  }

  // The date's period: from the bytes for the common forms, else from its text (every accepted form).
  private periodOf(p: CsvByteParser, i: number): number {
    if (i < 0) return NaN;
    const s = i < p.count ? p.starts[i]! : -1;
    if (s >= 0 && parseDateBytes(p.bytes, s, p.ends[i]!, this.parts))
      return indexOfParts(this.parts, this.plan.period, this.timeZone);
    return periodIndex(p.field(i) ?? '', this.plan.period, this.timeZone);
  }

  private seriesOf(p: CsvByteParser, i: number): string {
    if (i < 0) return 'total';
    if (i >= p.count) return '';
    const s = p.starts[i]!;
    return s < 0 ? p.quoted[i]!.trim() : this.names.get(p.bytes, s, p.ends[i]!);
  }

  /** A chunk of the file's UTF-8 bytes; a character may be split across chunks. */
  pushBytes(chunk: Uint8Array): void {
    this.parser.push(chunk);
  }

  /** A chunk of text (a string already decoded); a surrogate pair may be split across chunks. */
  push(text: string): void {
    let t = this.pending + text;
    this.pending = '';
    const last = t.charCodeAt(t.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.pending = t.slice(-1);
      t = t.slice(0, -1);
    }
    this.parser.push(this.encoder.encode(t));
  }

  /** Finishes; DataError 'no-rows' when no row could be counted. */
  end(): AggregatedCsv {
    if (this.pending) this.parser.push(this.encoder.encode(this.pending));
    this.pending = '';
    this.parser.end();
    return this.result(this.parser.delimiter);
  }
}

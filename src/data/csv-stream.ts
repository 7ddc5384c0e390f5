import { CsvAggregator, type AggregatePlan, type AggregatedCsv } from './csv-aggregate.js';
import type { DataProgress } from './types.js';

export interface StreamOptions {
  totalBytes?: number;
  onProgress?: (p: DataProgress) => void;
  /** Give the event loop a turn after this many ms of work (main-thread use); absent: never. */
  sliceMs?: number;
  /** Least ms between two progress reports (default 100). */
  progressEvery?: number;
}

const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The largest piece parsed in one go when slicing, so no task runs long. */
const PIECE = 256 * 1024;

/**
 * Decodes UTF-8 chunks and aggregates them as they arrive: memory stays bounded by the
 * chunk size and the table, whatever the file size. Used in the worker, and on the main
 * thread (with `sliceMs`) when no worker can be started.
 */
export async function aggregateChunks(
  chunks: AsyncIterable<Uint8Array>,
  plan: AggregatePlan,
  o: StreamOptions = {},
): Promise<AggregatedCsv> {
  const agg = new CsvAggregator(plan);
  const decoder = new TextDecoder();
  const every = o.progressEvery ?? 100;
  let bytes = 0;
  let lastReport = 0;
  let sliceStart = performance.now();
  const report = () => o.onProgress?.({ bytes, totalBytes: o.totalBytes, rows: agg.rows });
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    const text = decoder.decode(chunk, { stream: true });
    for (let i = 0; i < text.length; i += PIECE) {
      agg.push(o.sliceMs === undefined && i === 0 ? text : text.slice(i, i + PIECE));
      if (o.sliceMs === undefined) break;
      if (performance.now() - sliceStart > o.sliceMs) {
        await yieldToLoop();
        sliceStart = performance.now();
      }
    }
    const now = performance.now();
    if (now - lastReport >= every) {
      lastReport = now;
      report();
    }
  }
  agg.push(decoder.decode());
  const result = agg.end();
  report();
  return result;
}

/** Text already in memory as a stream of UTF-8 chunks (inline CSV on the fallback path). */
export async function* textChunks(text: string, size = PIECE): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + size);
    // Never split a surrogate pair: half a character would decode as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    yield encoder.encode(text.slice(i, end));
    i = end;
  }
}

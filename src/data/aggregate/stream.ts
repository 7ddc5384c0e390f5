import type { AggregatePlan, AggregatedCsv, ChunkAggregator } from './plan.js';
import { CsvByteAggregator } from './csv-byte-aggregator.js';
import type { DataProgress } from '../types.js';

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
 * Aggregates UTF-8 chunks as they arrive, reading rows from the bytes: memory stays bounded
 * by the chunk size and the table, whatever the file size. Used in the worker.
 */
export function aggregateChunks(
  chunks: AsyncIterable<Uint8Array>,
  plan: AggregatePlan,
  o: StreamOptions = {},
): Promise<AggregatedCsv> {
  return streamInto(new CsvByteAggregator(plan), chunks, o);
}

/**
 * Feeds chunks to an aggregator as they arrive, reporting progress; with `sliceMs` (the main
 * thread) it gives the event loop a turn between pieces, so no task runs long.
 */
export async function streamInto(
  agg: ChunkAggregator,
  chunks: AsyncIterable<Uint8Array>,
  o: StreamOptions = {},
): Promise<AggregatedCsv> {
  const every = o.progressEvery ?? 100;
  let bytes = 0;
  let lastReport = 0;
  let sliceStart = performance.now();
  const report = () => o.onProgress?.({ bytes, totalBytes: o.totalBytes, rows: agg.rows });
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (o.sliceMs === undefined) agg.pushBytes(chunk);
    else
      for (let i = 0; i < chunk.length; i += PIECE) {
        agg.pushBytes(i === 0 && chunk.length <= PIECE ? chunk : chunk.subarray(i, i + PIECE));
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

// `--breakdown`: times each stage of pantau's path in a worker, so a slow total can be pinned on
// the download, the UTF-8 decoding, the CSV scan or the counting. Stages that read the network
// stream measure it as it arrives; `cpu-*` stages first hold the whole body in memory.
import { CsvAggregator } from '../../src/data/aggregate/csv-aggregator.js';
import type { AggregatePlan } from '../../src/data/aggregate/plan.js';
import { CsvByteParser } from '../../src/data/formats/csv/csv-bytes.js';

export interface StageJob {
  stage: string;
  url?: string;
  stream?: ReadableStream<Uint8Array>;
  plan: AggregatePlan;
}
export interface StageResult {
  ms: number;
  bytes: number;
  chunks: number;
  rows: number;
  /** `cpu-*`: ms to fetch the body before the clock started. */
  fetchMs?: number;
}

async function* read(job: StageJob): AsyncGenerator<Uint8Array> {
  const body = job.stream ?? (await fetch(job.url!, { cache: 'no-store' })).body!;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

type Sink = (chunk: Uint8Array) => void;
function sink(stage: string, plan: AggregatePlan): { push: Sink; end: () => number } {
  const decoder = new TextDecoder();
  if (stage.endsWith('discard')) return { push: () => undefined, end: () => 0 };
  if (stage.endsWith('decode')) {
    let n = 0;
    return { push: (c) => void (n += decoder.decode(c, { stream: true }).length), end: () => n };
  }
  if (stage.endsWith('scan')) {
    let rows = 0;
    const p = new CsvByteParser(() => rows++);
    return { push: (c) => p.push(c), end: () => (p.end(), rows - 1) };
  }
  const agg = new CsvAggregator(plan);
  return { push: (c) => agg.pushBytes(c), end: () => agg.end().rowCount };
}

async function run(job: StageJob): Promise<StageResult> {
  let bytes = 0;
  let chunks = 0;
  if (job.stage.startsWith('cpu-')) {
    const f0 = performance.now();
    const held: Uint8Array[] = [];
    for await (const c of read(job)) held.push(c);
    const fetchMs = performance.now() - f0;
    const s = sink(job.stage, job.plan);
    const t0 = performance.now();
    for (const c of held) {
      bytes += c.byteLength;
      chunks++;
      s.push(c);
    }
    const rows = s.end();
    return { ms: performance.now() - t0, bytes, chunks, rows, fetchMs };
  }
  const s = sink(job.stage, job.plan);
  const t0 = performance.now();
  for await (const c of read(job)) {
    bytes += c.byteLength;
    chunks++;
    s.push(c);
  }
  const rows = s.end();
  return { ms: performance.now() - t0, bytes, chunks, rows };
}

self.addEventListener('message', (e: MessageEvent<StageJob>) => {
  run(e.data).then(
    (r) => self.postMessage(r),
    (err: unknown) => self.postMessage({ error: String(err) }),
  );
});
self.postMessage('ready');

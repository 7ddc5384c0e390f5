// The benchmark page: pantau's client (module worker, streaming, aggregating on the fly)
// against the usual main-thread approach, d3-dsv csvParse + d3-array rollup.
import { csvParse } from 'd3-dsv';
import { rollup } from 'd3-array';
import { load, type AggregatedCsv } from '../../src/data/index.js';
// The readers this page uses, by their own files: package.json's sideEffects list names them
// but not src/data/formats/all.ts, so a build from the sources drops that file's imports (and
// load() then refuses "aggregate" data).
import '../../src/data/formats/csv/index.js';
import '../../src/data/formats/csv-aggregate/index.js';
import type { StageJob, StageResult } from './breakdown-worker.js';

interface Run {
  ms: number;
  /** Longest main-thread task reported by the longtask observer (0: none over 50 ms). */
  longestTask: number;
  /** Longest gap between two turns of a 10 ms heartbeat (light enough not to slow the run). */
  maxGap: number;
  rows: number;
  cells: Record<string, number>;
}

function watchMainThread(): () => Promise<{ longestTask: number; maxGap: number }> {
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
  });
  observer.observe({ type: 'longtask' });
  let maxGap = 0;
  let last = performance.now();
  let running = true;
  const beat = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (running) setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
  return async () => {
    running = false;
    await new Promise((r) => setTimeout(r, 200)); // longtask entries arrive after the task
    observer.disconnect();
    return { longestTask, maxGap };
  };
}

/** `worker`: true (the default here) asks for the worker; 'auto' is what elements do (the size decides). */
async function pantau(url: string, worker: boolean | 'auto' = true): Promise<Run> {
  const stop = watchMainThread();
  const t0 = performance.now();
  const r = await load(url, {
    format: 'csv',
    cache: false,
    worker,
    aggregate: { period: 'month', date: 'requested_datetime', series: 'service_name' },
  });
  const ms = performance.now() - t0;
  const agg = r.data as AggregatedCsv;
  const cells: Record<string, number> = {};
  agg.table.series.forEach((s, i) =>
    agg.table.periods.forEach(
      (p, j) => agg.table.values[i]![j] && (cells[`${p}|${s}`] = agg.table.values[i]![j]!),
    ),
  );
  return { ms, ...(await stop()), rows: agg.rowCount, cells };
}

async function baseline(url: string): Promise<Run> {
  const stop = watchMainThread();
  const t0 = performance.now();
  const text = await (await fetch(url, { cache: 'no-store' })).text();
  const rows = csvParse(text);
  // The cheapest fair key: the month as written (the file's offset is WIB, the zone counted in).
  const counts = rollup(
    rows,
    (v) => v.length,
    (d) => d.requested_datetime!.slice(0, 7),
    (d) => d.service_name!,
  );
  const ms = performance.now() - t0;
  const cells: Record<string, number> = {};
  for (const [month, byService] of counts) for (const [s, n] of byService) cells[`${month}|${s}`] = n;
  return { ms, ...(await stop()), rows: rows.length, cells };
}

const PLAN = { period: 'month', date: 'requested_datetime', series: 'service_name' } as const;

/** One stage of `--breakdown`: `main-*` on this thread, `transfer-*` fetched here and read in a worker, the rest in a worker. */
async function stage(url: string, name: string): Promise<StageResult & { wallMs: number; startMs: number }> {
  const t0 = performance.now();
  if (name.startsWith('main-')) {
    const res = await fetch(url, { cache: 'no-store' });
    let bytes = 0;
    let chunks = 0;
    if (name === 'main-text') bytes = (await res.text()).length;
    else
      for (const reader = res.body!.getReader(); ;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        chunks++;
      }
    const ms = performance.now() - t0;
    return { ms, wallMs: ms, startMs: 0, bytes, chunks, rows: 0 };
  }
  const worker = new Worker(new URL('./breakdown-worker.ts', import.meta.url), { type: 'module' });
  await new Promise((r) => worker.addEventListener('message', r, { once: true }));
  const startMs = performance.now() - t0;
  const job: StageJob = { stage: name.replace(/^transfer-/, ''), plan: PLAN };
  const transfer: Transferable[] = [];
  if (name.startsWith('transfer-')) {
    job.stream = (await fetch(url, { cache: 'no-store' })).body!;
    transfer.push(job.stream);
  } else job.url = url;
  const result = await new Promise<StageResult & { error?: string }>((resolve) => {
    worker.addEventListener('message', (e) => resolve(e.data), { once: true });
    worker.postMessage(job, transfer);
  });
  worker.terminate();
  if (result.error) throw new Error(result.error);
  return { ...result, wallMs: performance.now() - t0, startMs };
}

Object.assign(window, { benchPantau: pantau, benchBaseline: baseline, benchStage: stage });

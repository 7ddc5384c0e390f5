import { expect } from '@open-wc/testing';
import { CsvAggregator } from '../../../src/data/aggregate/csv-aggregator.js';
import type { AggregatedCsv } from '../../../src/data/aggregate/plan.js';
import { CsvByteAggregator } from '../../../src/data/aggregate/csv-byte-aggregator.js';
import { DataError } from '../../../src/data/errors.js';
import { load } from '../../../src/data/load.js';
import type { DataProgress } from '../../../src/data/types.js';
import { setWorkerUrl } from '../../../src/data/worker/start.js';
import type { WorkerJob } from '../../../src/data/worker/protocol.js';
// Every format reader, as pantau/data registers them.
import '../../../src/data/formats/all.js';

let started = 0;
const RealWorker = window.Worker;
class CountingWorker extends RealWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    started++;
  }
}

let n = 0;
const url = (rows: number, extra = '') =>
  `/__faults/complaints-csv?rows=${rows}&key=w${Date.now()}-${n++}${extra}`;
const plan = { period: 'month' as const, series: 'category' };

describe('large CSV in a module worker', () => {
  before(() => (window.Worker = CountingWorker));
  after(() => {
    window.Worker = RealWorker;
    setWorkerUrl(null);
  });

  it('streams, parses and aggregates in the worker, with the same result as the main thread', async () => {
    const before = started;
    const progress: DataProgress[] = [];
    const inWorker = (
      await load(url(30000), {
        format: 'csv',
        aggregate: plan,
        worker: true,
        onProgress: (p) => progress.push(p),
      })
    ).data as AggregatedCsv;
    expect(started).to.equal(before + 1);
    const onMain = (await load(url(30000), { format: 'csv', aggregate: plan, worker: false }))
      .data as AggregatedCsv;
    expect(started).to.equal(before + 1);
    expect(inWorker.kind).to.equal('aggregated');
    expect(inWorker.rowCount).to.equal(30000);
    expect(inWorker.table.total).to.equal(30000);
    expect(inWorker.table).to.deep.equal(onMain.table);
    expect(inWorker.table.periods).to.have.length(12);
    expect(progress.at(-1)!.rows).to.equal(30000);
    expect(progress.at(-1)!.bytes).to.equal(progress.at(-1)!.totalBytes);
  });

  it('goes to the worker by itself above the size threshold', async () => {
    const before = started;
    await load(url(2000), { format: 'csv', aggregate: plan, workerThreshold: 1000 });
    expect(started).to.equal(before + 1);
    await load(url(20), { format: 'csv', aggregate: plan, workerThreshold: 1_000_000 });
    expect(started).to.equal(before + 1);
  });

  it('reports bad rows found in the worker with their row numbers', async () => {
    const r = (await load(url(100, '&bad=1'), { format: 'csv', aggregate: plan, worker: true }))
      .data as AggregatedCsv;
    expect(r.rowCount).to.equal(101);
    expect(r.table.total).to.equal(100);
    expect(r.issues).to.deep.equal([
      {
        row: 5,
        field: 'requested_datetime',
        value: '31/12/2024',
        expected: 'a date usable per month, like 2024-03-01 or 2024-03-01T10:00:00+07:00',
        code: 'period-date',
        params: { period: 'month' },
      },
    ]);
  });

  it('passes shape errors from the worker through', async () => {
    try {
      await load(url(10), { format: 'csv', aggregate: { period: 'month', series: 'kanal' }, worker: true });
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(DataError);
      expect((e as DataError).message).to.match(/no series column "kanal"/);
    }
  });

  it("sends the caller's request headers from a worker that fetches itself", async () => {
    const jobs: WorkerJob[] = [];
    const proto = RealWorker.prototype as unknown as { postMessage(...a: unknown[]): void };
    const post = proto.postMessage;
    proto.postMessage = function (this: Worker, ...a: unknown[]) {
      jobs.push(a[0] as WorkerJob);
      post.apply(this, a);
    };
    try {
      await load(url(10), { format: 'csv', aggregate: plan, worker: true, headers: { accept: 'text/csv' } });
    } finally {
      proto.postMessage = post;
    }
    expect(jobs).to.have.length(1);
    expect(jobs[0]!.stream).to.equal(undefined);
    expect(jobs[0]!.headers).to.deep.equal({ accept: 'text/csv' });
  });

  it('falls back to the main thread, in slices, when no worker can start', async () => {
    setWorkerUrl('/no-such-worker.js');
    try {
      const r = (await load(url(5000), { format: 'csv', aggregate: plan, worker: true }))
        .data as AggregatedCsv;
      expect(r.table.total).to.equal(5000);
    } finally {
      setWorkerUrl(null);
    }
  });

  it('cancels the worker when the caller aborts', async () => {
    const ac = new AbortController();
    const p = load(url(400000), { format: 'csv', aggregate: plan, worker: true, signal: ac.signal });
    setTimeout(() => ac.abort(), 30);
    try {
      await p;
      expect.fail('should abort');
    } catch (e) {
      expect((e as DataError).code).to.equal('aborted');
    }
  });
});

for (const Aggregator of [CsvAggregator, CsvByteAggregator])
  describe(Aggregator.name, () => {
    it('measures resolution from the date column while counting', () => {
      const agg = new Aggregator({ period: 'day', resolution: { closed: 'closed', expected: 'expected' } });
      agg.push(
        'date,closed,expected\n2024-03-01,2024-03-03,2024-03-02\n2024-03-01,2024-03-02,2024-03-02\n2024-03-02,,\n',
      );
      const r = agg.end();
      expect(r.table.values).to.deep.equal([[2, 1]]);
      expect(r.resolution).to.deep.include({ count: 2, medianDays: 1.5, onTimeCount: 1, judged: 2, open: 1 });
    });

    it('reads Indonesian numbers in a value column when told', () => {
      const agg = new Aggregator({ period: 'year', date: 'tahun', value: 'jumlah', locale: 'id' });
      agg.push('tahun;jumlah\n2023;8.452\n2024;"10.846"\n');
      expect(agg.end().table.values).to.deep.equal([[8452, 10846]]);
    });

    it('fails with no-rows when nothing could be counted', () => {
      const agg = new Aggregator({ period: 'month' });
      agg.push('date\nkemarin\n');
      expect(() => agg.end()).to.throw(DataError, /row 1, field "date": "kemarin"/);
    });
  });

import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import { $ } from './fixtures.js';
import type { RowIssuesDetail } from '../../../src/events/data-issues.js';

const ROWS = 50_000;
const CATEGORIES = ['agraria', 'kepolisian', 'pendidikan'];
const key = () => Math.random().toString(36).slice(2);

/** The counts the test server's generator makes: month → category → count. */
function expectedCounts(): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (let i = 0; i < ROWS; i++) {
    if ((i + 1) % 10_000 === 0) continue;
    const month = new Date(Date.UTC(2024, 0, 1) + (i % 366) * 86_400_000).toISOString().slice(0, 7);
    if (!out.has(month)) out.set(month, new Map());
    const m = out.get(month)!;
    m.set(CATEGORIES[i % 3], (m.get(CATEGORIES[i % 3]) ?? 0) + 1);
  }
  return out;
}

function parsed(csv: string): Map<string, Map<string, number>> {
  const [head, ...lines] = csv.replace('\uFEFF', '').trim().split('\r\n');
  const names = head.split(',');
  const out = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const cells = line.split(',');
    out.set(cells[0], new Map(names.slice(1, -1).map((n, k) => [n, Number(cells[k + 1])])));
  }
  return out;
}

describe('<pantau-complaint-trend> large CSV', () => {
  let spawned = 0;
  const Native = window.Worker;
  before(() => {
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        spawned++;
      }
    };
  });
  after(() => {
    window.Worker = Native;
  });

  it('counts 50,000 rows in a worker with a progress bar, reports bad rows, and re-plans on a period change', async () => {
    const el = document.createElement('pantau-complaint-trend');
    el.setAttribute('lang', 'id');
    el.setAttribute('format', 'csv');
    el.setAttribute('series-field', 'kategori');
    el.setAttribute('time-zone', 'UTC');
    // Past the 2 MiB above which a CSV is counted in a worker: the element's own rule picks it.
    el.src = `/__complaint-trend/big?rows=${ROWS}&bytes=${3 * 2 ** 20}&key=${key()}`;
    const reports: RowIssuesDetail[] = [];
    el.addEventListener('pantau-data-issues', (e) => reports.push(e.detail));
    const seen = { busy: false, progress: [] as string[], max: 0, value: 0 };
    let watching = true;
    const sample = () => {
      seen.busy ||= el.getAttribute('aria-busy') === 'true';
      const text = el.shadowRoot?.querySelector('.progress-text')?.textContent?.trim();
      if (text && !seen.progress.includes(text)) seen.progress.push(text);
      const bar = el.shadowRoot?.querySelector('progress');
      if (bar && bar.max > 1) [seen.max, seen.value] = [bar.max, Math.max(seen.value, bar.value)];
    };
    const watch = () => {
      if (!watching) return;
      sample();
      requestAnimationFrame(watch);
    };
    document.body.append(el);
    watch();
    // Sampling per frame can miss a progress line that a fast worker replaces within one frame:
    // also look at every change of the shadow tree.
    const observer = new MutationObserver(() => {
      if (watching) sample();
    });
    observer.observe(el, { attributes: true });
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const before = spawned;
    try {
      await waitUntil(() => !!el.shadowRoot!.querySelector('[part=plot]'), 'never loaded', {
        timeout: 15000,
      });
      watching = false;
      expect(spawned - before).to.be.at.least(1);
      expect(seen.busy).to.equal(true);
      expect(seen.progress.some((t) => /baris dibaca/.test(t))).to.equal(true, seen.progress.join(' | '));
      expect(seen.max).to.be.greaterThan(1_000_000);
      expect(seen.value).to.be.greaterThan(0);

      const got = parsed(el.toCsv());
      expect(got).to.deep.equal(expectedCounts());
      const total = [...got.values()].reduce((t, m) => t + [...m.values()].reduce((a, b) => a + b, 0), 0);
      expect(total).to.equal(ROWS - 5);
      expect(el.issues.map((i) => [i.row, i.field])).to.deep.equal(
        [10_000, 20_000, 30_000, 40_000, 50_000].map((r) => [r, 'date']),
      );
      expect($(el, '[part=issues] p').textContent).to.equal('5 baris dilewati');
      await waitUntil(() => reports.length > 0, 'no pantau-data-issues');
      expect(reports).to.have.length(1);
      expect(reports[0]!.skipped).to.equal(5);
      expect(reports[0]!.rowIssues.map((i) => i.row)).to.deep.equal([10_000, 20_000, 30_000, 40_000, 50_000]);

      const spawnedBefore = spawned;
      el.period = 'year';
      await waitUntil(() => el.toCsv().includes('\r\n2024,'), 'never re-planned', { timeout: 15000 });
      expect(spawned).to.be.greaterThan(spawnedBefore);
      expect(el.toCsv()).to.equal(
        '\uFEFFPeriode,agraria,kepolisian,pendidikan,Jumlah\r\n2024,16665,16665,16665,49995\r\n',
      );
    } finally {
      watching = false;
      observer.disconnect();
      el.remove();
    }
  });

  it('sums a CSV with a `value` column as rows, keeping a missing period as a gap', async () => {
    const el = document.createElement('pantau-complaint-trend');
    el.period = 'year';
    el.format = 'csv';
    el.src = `/__complaint-trend/values?key=${key()}`;
    document.body.append(el);
    try {
      await waitUntil(() => el.toCsv().includes('2022'), 'never loaded', { timeout: 8000 });
      expect(el.toCsv()).to.equal(
        '\uFEFFPeriode,Pengaduan\r\n2019,7903\r\n2020,\r\n2021,7148\r\n2022,8295\r\n',
      );
    } finally {
      el.remove();
    }
  });
});

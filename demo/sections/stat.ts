// Headline figures from the Ombudsman's yearly totals, read from the real CSV with the data client.
import '../../src/elements/stat/pantau-stat.js';
import { load } from '../../src/data/index.js';
import type { PantauStat } from '../../src/elements/stat/pantau-stat.js';

type Row = Record<string, unknown>;

const grid = document.querySelector<HTMLElement>('#stat-grid');
const SOURCE_URL = './data/complaints/ombudsman-ri-reports.csv';

function national(rows: Row[], metric: RegExp, year: number): Row | undefined {
  return rows.find(
    (r) =>
      r.scope === 'Ombudsman RI (national)' &&
      r.category === 'total' &&
      Number(r.year) === year &&
      metric.test(String(r.metric)),
  );
}

function stat(props: Partial<PantauStat>): PantauStat {
  const el = document.createElement('pantau-stat');
  Object.assign(el, props);
  return el;
}

async function main() {
  if (!grid) return;
  const { data } = await load(SOURCE_URL, { format: 'csv' });
  const rows = data as Row[];
  const reports = /^laporan masyarakat/;
  const y2024 = national(rows, reports, 2024);
  const y2023 = national(rows, reports, 2023);
  const y2021 = national(rows, reports, 2021);
  const y2022 = national(rows, reports, 2022);
  const figures: Partial<PantauStat>[] = [
    {
      label: 'Laporan masyarakat ke Ombudsman RI',
      value: Number(y2024?.count),
      previous: Number(y2023?.count),
      unit: 'laporan',
      period: '2024',
      previousPeriod: '2023',
      lowerIsBetter: true,
      source: 'Ombudsman RI, dikutip detik.com',
      sourceUrl: String(y2024?.source_url ?? ''),
    },
    {
      label: 'Laporan masyarakat ke Ombudsman RI',
      value: Number(y2022?.count),
      previous: Number(y2021?.count),
      unit: 'laporan',
      period: '2022',
      previousPeriod: '2021',
      lowerIsBetter: true,
      source: 'Ombudsman RI, dikutip detik.com',
      sourceUrl: String(y2022?.source_url ?? ''),
    },
  ];
  grid.replaceChildren(...figures.map(stat));
}

main().catch((e: unknown) => {
  if (grid) grid.textContent = `Data tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}`;
});

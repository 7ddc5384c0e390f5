import { formatNumber, formatPercent } from '../../i18n/numbers-and-dates.js';
import type { PeriodTable } from '../../data/aggregate/period-table.js';
import { periodLabel } from '../../charts/period-label.js';
import { totals } from '../../charts/stack.js';
import type { GroupedTable } from '../../charts/top-series.js';
import type { TableModel } from '../shared/table-view.js';
import type { PeriodSelectDetail } from '../../events/period-select.js';
import type { Lang } from '../../i18n/lang.js';
import { capped } from '../shared/text-cap.js';
import { t } from './pantau-complaint-trend.messages.js';
import { summarySentence } from './trend-summary.js';

export type Measure = 'on-time' | 'resolution';

/** Everything the template shows, derived once per data, period, language or visibility change. */
export interface TrendModel {
  table: PeriodTable;
  /** Series names for reading (an empty name becomes "(no category)"). */
  names: string[];
  /** The long label of a period, made when first asked for (a chart may have 100,000 periods). */
  label: (p: number) => string;
  visible: boolean[];
  /** Indices of the visible series. */
  shown: number[];
  /** Sum of the visible series per period (NaN: none has a value). */
  totals: Float64Array;
  measure?: { kind: Measure; values: number[] };
  lang: Lang;
  subject: string;
  /** Summary and table, made when first shown. */
  made: { summary?: string; table?: TrendTable };
}

export function buildModel(
  table: PeriodTable,
  hidden: ReadonlySet<string>,
  lang: Lang,
  subject: string | undefined,
  measure?: TrendModel['measure'],
): TrendModel {
  const visible = table.series.map((s) => !hidden.has(s));
  const noun = capped(subject || t(lang, 'subject'));
  // Without a series field the one series is the whole count: it is named after the subject.
  const single = table.series.length === 1 && table.series[0] === 'total';
  const labels: string[] = [];
  return {
    table,
    names: table.series.map((s) => (single ? noun : s === '' ? t(lang, 'noSeries') : capped(s))),
    label: (p) => (labels[p] ??= periodLabel(table.periods[p] ?? '', table.period, lang, 'long')),
    visible,
    shown: visible.flatMap((v, s) => (v ? [s] : [])),
    totals: totals(table.values, visible, table.periods.length),
    measure,
    lang,
    subject: noun,
    made: {},
  };
}

/** Formats a second-measure value: a rate as a percentage, a duration in days. */
export function formatMeasure(kind: Measure, v: number, lang: Lang): string {
  return kind === 'on-time' ? formatPercent(v, lang, 0) : t(lang, 'days', { n: formatNumber(v, lang, 1) });
}

/** The summary sentence, made once per model. */
export function summaryOf(m: TrendModel): string {
  const last = m.table.periods.length - 1;
  return (m.made.summary ??= summarySentence(
    {
      subject: m.subject,
      labels: m.label,
      totals: m.totals,
      series: m.shown.map((s) => ({ name: m.names[s], last: m.table.values[s][last] ?? 0 })),
    },
    m.lang,
  ));
}

/** "Lainnya: …": which series the chart summed into its last one, or '' when none were. */
export function groupedNote(m: TrendModel): string {
  const grouped = (m.table as Partial<GroupedTable>).grouped ?? [];
  return grouped.length ? t(m.lang, 'otherNote', { names: grouped.join(', ') }) : '';
}

const cell = (v: number | undefined) => (v === undefined || v !== v ? null : v);

/** A value for reading; a dash where it is missing. */
export const valueText = (v: number | undefined, lang: Lang) => {
  const c = cell(v);
  return c === null ? '–' : formatNumber(c, lang);
};

/** The table's caption, which the closed table view needs without its rows. */
export function tableCaption(m: TrendModel): string {
  return t(m.lang, 'tableCaption', { subject: m.subject, period: t(m.lang, `unit-${m.table.period}`) });
}

/** The trend's table: numbers only, which the CSV writes as they are. */
export type TrendTable = Omit<TableModel, 'rows'> & { rows: { head: string; cells: (number | null)[] }[] };

/** The table view and CSV: one row per period, a column per visible series, the total, the measure. */
export function tableOf(m: TrendModel): TrendTable {
  return (m.made.table ??= makeTable(m));
}

function makeTable(m: TrendModel): TrendTable {
  const { shown } = m;
  const withTotal = shown.length > 1;
  const columns = [t(m.lang, 'period'), ...shown.map((s) => m.names[s])];
  if (withTotal) columns.push(t(m.lang, 'total'));
  if (m.measure) columns.push(t(m.lang, `measure-${m.measure.kind}`));
  const measureCol = columns.length - 2;
  return {
    caption: tableCaption(m),
    columns,
    rows: m.table.periods.map((_, p) => {
      const cells = shown.map((s) => cell(m.table.values[s][p]));
      if (withTotal) cells.push(cell(m.totals[p]));
      if (m.measure) cells.push(cell(m.measure.values[p]));
      return { head: m.label(p), cells };
    }),
    format: (v, k) =>
      m.measure && k === measureCol ? formatMeasure(m.measure.kind, v, m.lang) : formatNumber(v, m.lang),
  };
}

/** The `pantau-period-select` detail of a period. */
export function selectDetail(m: TrendModel, p: number): PeriodSelectDetail {
  const values: Record<string, number | null> = {};
  m.table.series.forEach((s, k) => (values[s] = cell(m.table.values[k][p])));
  return { period: m.table.periods[p], label: m.label(p), values };
}

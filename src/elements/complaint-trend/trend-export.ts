import { fileName } from '../../charts/export.js';
import { footerLines, type ExportFrame } from '../../charts/export-layout.js';
import type { DownloadKind } from '../shared/download-menu.js';
import { saveDownload } from '../shared/save-download.js';
import { slottedText } from '../shared/svg-export.js';
import { t } from './pantau-complaint-trend.messages.js';
import type { TrendModel } from './trend-model.js';
import { trendCsv } from './trend-csv.js';
import { groupedNote } from './trend-model.js';

// The trend's downloads (SVG and PNG export with its frame), loaded on first use: the CDN file
// `pantau-complaint-trend.export.js` (see ../shared/side-module.ts).

/** What the trend's frame says, as the host shows it. */
export interface TrendFrameHost {
  heading?: string;
  subheading?: string;
  source?: string;
  sourceUrl?: string;
  note?: string;
}

const pick = ({ heading, subheading, source, sourceUrl, note }: TrendFrameHost): TrendFrameHost => ({
  heading,
  subheading,
  source,
  sourceUrl,
  note,
});

/** The frame of an exported trend: title, subtitle, the visible series, the second measure, note, source, update. */
export function trendFrame(host: TrendFrameHost, m: TrendModel, updated?: string): ExportFrame {
  const legend =
    m.shown.length > 1
      ? m.shown.map((s) => ({ label: m.names[s]!, fill: `var(--_series-${(s % 8) + 1})` }))
      : [];
  if (m.measure) {
    legend.push({
      label: `${t(m.lang, `measure-${m.measure.kind}`)} (${t(m.lang, 'rightAxis')})`,
      fill: 'var(--_text)',
    });
  }
  return {
    title: host.heading,
    subtitle: host.subheading,
    legend,
    footer: [groupedNote(m), ...footerLines({ ...host, updated }, m.lang)].filter(Boolean),
  };
}

/**
 * Saves the chart as CSV, SVG or PNG. The image stands alone: title, subtitle and legend
 * above the plot, note, source and update below it, because an image without its source is
 * not fit to be shared.
 */
export async function downloadTrend(
  host: HTMLElement & TrendFrameHost & { renderRoot: ParentNode },
  m: TrendModel,
  kind: DownloadKind,
  updated?: string,
): Promise<void> {
  const svg = host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
  const titles = {
    heading: host.heading || slottedText(host, 'title'),
    subheading: host.subheading || slottedText(host, 'subtitle'),
  };
  await saveDownload(
    kind,
    fileName(titles.heading || m.subject, kind),
    () => trendCsv(m),
    svg,
    () => trendFrame({ ...pick(host), ...titles }, m, updated),
  );
}

import { fileName, toCsv } from '../../charts/export.js';
import { footerLines, type ExportFrame } from '../../charts/export-layout.js';
import type { Lang } from '../../i18n/lang.js';
import type { DownloadKind } from '../shared/download-menu.js';
import { saveDownload } from '../shared/save-download.js';
import { bandLabel, type MapModel } from './map-model.js';
import { patternId } from './map-svg.js';
import { bandRange } from './legend.js';
import { t } from './pantau-compliance-map.messages.js';

/** The joined table as CSV: one row per region, with how it was matched, for checking the join. */
export function mapCsv(model: MapModel, lang: Lang): string {
  return toCsv({
    columns: [
      'code',
      'name',
      'score',
      'band',
      'band_source',
      'band_settled_by',
      'opinion',
      'rank',
      'rank_of',
      'year',
      'matched_by',
      'data_row',
    ],
    rows: model.regions.map((region, i) => {
      const r = region.record;
      return [
        region.code ?? '',
        region.name,
        r?.score,
        bandLabel(model, i, lang),
        model.classified[i]?.source,
        model.classified[i]?.settledBy,
        r?.opinion,
        r?.rank,
        r?.rankOf,
        r?.year,
        region.by,
        r?.row,
      ];
    }),
  });
}

/** What the map's frame says, as the host shows it. */
export interface MapFrameText {
  title?: string;
  subtitle?: string;
  source?: string;
  sourceUrl?: string;
  note?: string;
}

/**
 * The frame of an exported map: title and subtitle, the scheme and one legend entry per
 * band (filled with the band's own pattern from the map's `<defs>`) plus "no data", then
 * note and source.
 */
export function mapFrame(uid: string, model: MapModel, text: MapFrameText, lang: Lang): ExportFrame {
  const none = model.classified.filter((c) => !c).length;
  const legend = model.legend.map((r) => ({
    label:
      r.band.zoneOnly || !bandRange(r.band, lang)
        ? r.band.label[lang]
        : `${r.band.label[lang]} (${bandRange(r.band, lang)})`,
    fill: `url(#${patternId(uid, r.band)})`,
  }));
  if (none) legend.push({ label: t(lang, 'noData'), fill: `url(#${patternId(uid, undefined)})` });
  return {
    title: text.title,
    subtitle: text.subtitle,
    legendTitle: t(lang, 'scheme', { name: model.scheme.name[lang] }),
    legend,
    footer: footerLines(text, lang),
  };
}

/** Saves the CSV, or the map as SVG or PNG with its frame (the map's computed colours and patterns travel with it). */
export function downloadMap(
  kind: DownloadKind,
  model: MapModel,
  svg: SVGSVGElement | null,
  uid: string,
  text: MapFrameText,
  lang: Lang,
): Promise<void> {
  const name = fileName(text.title ?? '', kind, 'peta-kepatuhan');
  return saveDownload(
    kind,
    name,
    () => mapCsv(model, lang),
    svg,
    () => mapFrame(uid, model, text, lang),
  );
}

import { fileName, toCsv } from '../../charts/export.js';
import type { Lang } from '../../i18n/lang.js';
import { saveDownload, type DownloadKind } from '../shared/download-menu.js';
import { bandLabel, type MapModel } from './map-model.js';

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

/** Saves the CSV, or the map as SVG or PNG (the map's computed colours and patterns travel with it). */
export function downloadMap(
  kind: DownloadKind,
  model: MapModel,
  svg: SVGSVGElement | null,
  title: string,
  lang: Lang,
): Promise<void> {
  return saveDownload(kind, fileName(title, kind, 'peta-kepatuhan'), () => mapCsv(model, lang), svg);
}

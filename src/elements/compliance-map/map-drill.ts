import type { Feature } from 'geojson';
import type { CodeSystem, inferSystem, normalizeCode, translateProvince } from '../../geo/codes.js';
import type { featureValue, sameRegionName } from '../../geo/join.js';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/messages.js';

// Drill-down is used once a reader picks a region, never for the first paint: its code and
// wording load then, from the side file `pantau-compliance-map.drill.js` in the CDN build.
// It words and filters; the map renders (no Lit here).

/**
 * The code and name readers of the map's own file, passed in so that the side file shares
 * them (and their tables of codes and names) rather than carry a copy.
 */
export interface DrillKit {
  inferSystem: typeof inferSystem;
  normalizeCode: typeof normalizeCode;
  translateProvince: typeof translateProvince;
  featureValue: typeof featureValue;
  sameRegionName: typeof sameRegionName;
}

const t = defineMessages({
  back: ['← Kembali ke semua wilayah', '← Back to all regions'],
  detailOf: ['Kabupaten/kota di {name}', 'Regencies and cities of {name}'],
});

/**
 * The detail features inside a parent region: those whose `parentKey` property (e.g.
 * `WADMPR`) names the parent (same province name, through the alias table) when a parent
 * key is given, else those whose code (`featureKey`: `id` or a property) starts with the
 * parent's code (`1201` is in `12`, as both Kemendagri and BPS nest their codes). Codes are
 * compared within one system: the parent's province code is translated when the detail
 * geometry states (or its codes prove) the other system, and a code that cannot be
 * translated (a regency's) selects nothing.
 */
export function detailFeatures(
  kit: DrillKit,
  all: readonly Feature[],
  parent: { code?: string; name: string },
  featureKey: string,
  parentKey: string | undefined,
  parentSystem?: CodeSystem,
  detailSystem?: CodeSystem,
): Feature[] {
  if (parentKey)
    return all.filter((f) =>
      kit.sameRegionName(parent.name, String(f.properties?.[parentKey] ?? ''), 'provinsi'),
    );
  const codes = all.map((f) => kit.normalizeCode(kit.featureValue(f, featureKey)));
  const system =
    detailSystem ??
    kit.inferSystem(
      codes.map((code) => ({ code })),
      undefined,
      () => false,
    )?.system;
  const code =
    parent.code && parentSystem && system
      ? kit.translateProvince(parent.code, parentSystem, system)
      : parent.code;
  if (!code) return [];
  return all.filter((_, i) => {
    const c = codes[i];
    return c !== undefined && c.length > code.length && c.startsWith(code);
  });
}

/** The words of the way back from a drilled-into region's detail: its button and its heading. */
export function drillText(name: string, lang: Lang): { back: string; title: string } {
  return { back: t(lang, 'back'), title: t(lang, 'detailOf', { name }) };
}

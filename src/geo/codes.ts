/**
 * Region codes. Indonesia has two code systems that disagree for about a third of regencies
 * (BPS `1672` is Prabumulih, Kemendagri `16.72` is Kota Pagar Alam) and even for the Papua
 * provinces, so codes are only compared within one system; there is no translation table.
 */
export type CodeSystem = 'kemendagri' | 'bps' | 'other';

export const CODE_SYSTEMS: readonly CodeSystem[] = ['kemendagri', 'bps', 'other'];

/** Reads a `code-system` attribute value; anything unknown is `undefined` (not stated). */
export function parseCodeSystem(value: unknown): CodeSystem | undefined {
  const v = String(value ?? '')
    .trim()
    .toLowerCase();
  return (CODE_SYSTEMS as readonly string[]).includes(v) ? (v as CodeSystem) : undefined;
}

const SEPARATORS = /[\s.\-_/:]+/g;

/**
 * One spelling per code: `63.01`, `6301`, `63-01` and ` 63 01 ` all become `6301`. Leading
 * zeros in text are kept (`01001` is a US county, not `1001`). Codes with letters
 * (`91-D`, `US-CA`) are kept upper-cased with separators removed. A number with a
 * fraction is read as the dotted form (`63.01` → `6301`) only when that is unambiguous:
 * `63.1` could be `63.10` or `63.01`, so it is rejected.
 */
export function normalizeCode(value: unknown): string | undefined {
  if (typeof value === 'number') {
    // Whole, or with exactly two decimals; never negative, infinite or in exponent form.
    const text = String(value);
    return /^\d+(\.\d\d)?$/.test(text) ? text.replace('.', '') : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const compact = value.replace(SEPARATORS, '').toUpperCase();
  return /^[0-9A-Z]+$/.test(compact) ? compact : undefined;
}

/**
 * Pads a code that lost its leading zeros to a number (a spreadsheet turned `01001` into
 * `1001`) back to the width every geometry code shares. Only numeric input is padded:
 * a text code is taken as written.
 */
export function padCode(code: string, raw: unknown, width: number | undefined): string {
  if (typeof raw !== 'number' || !width || code.length >= width) return code;
  return code.padStart(width, '0');
}

/** The common length of a set of codes, or undefined when they differ. */
export function commonWidth(codes: Iterable<string>): number | undefined {
  let width: number | undefined;
  for (const c of codes) {
    if (width === undefined) width = c.length;
    else if (width !== c.length) return undefined;
  }
  return width;
}

/** The two sides of a join and whether they may be compared. */
export interface CodeSystems {
  data: CodeSystem | undefined;
  geometry: CodeSystem | undefined;
  /** False when both are stated and differ: codes must not be compared at all. */
  comparable: boolean;
}

/** Codes are comparable unless both systems are stated and different. */
export function compareSystems(data: CodeSystem | undefined, geometry: CodeSystem | undefined): CodeSystems {
  return { data, geometry, comparable: !data || !geometry || data === geometry };
}

// The 38 provinces by Kemendagri code; BPS numbers them alike except the Papua provinces.
const PROVINCE_NAMES =
  '11Aceh|12Sumatera Utara|13Sumatera Barat|14Riau|15Jambi|16Sumatera Selatan|17Bengkulu|18Lampung|' +
  '19Kepulauan Bangka Belitung|21Kepulauan Riau|31Daerah Khusus Ibukota Jakarta|32Jawa Barat|' +
  '33Jawa Tengah|34Daerah Istimewa Yogyakarta|35Jawa Timur|36Banten|51Bali|52Nusa Tenggara Barat|' +
  '53Nusa Tenggara Timur|61Kalimantan Barat|62Kalimantan Tengah|63Kalimantan Selatan|' +
  '64Kalimantan Timur|65Kalimantan Utara|71Sulawesi Utara|72Sulawesi Tengah|73Sulawesi Selatan|' +
  '74Sulawesi Tenggara|75Gorontalo|76Sulawesi Barat|81Maluku|82Maluku Utara|91Papua|92Papua Barat|' +
  '93Papua Selatan|94Papua Tengah|95Papua Pegunungan|96Papua Barat Daya';

/**
 * BPS codes of the Papua provinces by Kemendagri code (Peraturan BPS on the 2022 split:
 * Papua Barat 91, Papua Barat Daya 92, Papua 94, Papua Selatan 95, Papua Tengah 96, Papua
 * Pegunungan 97). So BPS has no 93 and Kemendagri no 97.
 */
const BPS_PAPUA: Record<string, string> = {
  '91': '94',
  '92': '91',
  '93': '95',
  '94': '96',
  '95': '97',
  '96': '92',
};

let provinces: Map<string, { kemendagri: string; bps: string; name: string }> | undefined;

function provinceTable() {
  provinces ??= new Map(
    PROVINCE_NAMES.split('|').map((e) => {
      const kemendagri = e.slice(0, 2);
      return [kemendagri, { kemendagri, bps: BPS_PAPUA[kemendagri] ?? kemendagri, name: e.slice(2) }];
    }),
  );
  return provinces;
}

/** The official name of a province code of a system (Kemendagri or BPS), if it names one. */
export function provinceName(code: string, system: CodeSystem | undefined): string | undefined {
  if (system !== 'kemendagri' && system !== 'bps') return undefined;
  for (const p of provinceTable().values()) if (p[system] === code) return p.name;
  return undefined;
}

/** The same province's code in the other system (`91` Kemendagri, Papua, is BPS `94`). */
export function translateProvince(code: string, from: CodeSystem, to: CodeSystem): string | undefined {
  if (from === to) return code;
  if ((from !== 'kemendagri' && from !== 'bps') || (to !== 'kemendagri' && to !== 'bps')) return undefined;
  for (const p of provinceTable().values()) if (p[from] === code) return p[to];
  return undefined;
}

/**
 * Regency codes that exist in one system only (the rest of the 514 exist in both, for
 * different regencies a third of the time): from the Kemendagri list (idn-area-data 4.0.1)
 * and BPS's list with the Papua provinces renumbered as BPS did in 2023 (Jayawijaya 9402
 * became 9702). Test fixtures hold both lists and check these against them.
 */
const ONLY: Record<'kemendagri' | 'bps', string> = {
  kemendagri:
    '1472 6407 6408 7324 9106 9110 9115 9119 9120 9171 9202 9203 9211 9212 9301 9302 9303 9304 9401 9402 ' +
    '9404 9405 9406 9407 9502 9503 9504 9505 9506 9507 9508 9601 9602 9603 9605 9671',
  bps:
    '1473 6404 6405 7325 9101 9102 9104 9112 9209 9210 9271 9409 9419 9420 9426 9427 9428 9471 9513 9514 ' +
    '9515 9610 9611 9612 9633 9634 9635 9636 9702 9716 9717 9718 9729 9730 9731 9732',
};

let only: Map<string, 'kemendagri' | 'bps'> | undefined;

/** The system a code can only belong to: a province or regency code that the other system lacks. */
export function onlySystemOf(code: string): 'kemendagri' | 'bps' | undefined {
  if (code.length === 2) return code === '93' ? 'kemendagri' : code === '97' ? 'bps' : undefined;
  if (code.length !== 4) return undefined;
  only ??= new Map(
    (['kemendagri', 'bps'] as const).flatMap((s) =>
      ONLY[s].split(' ').map((c): [string, typeof s] => [c, s]),
    ),
  );
  return only.get(code);
}

/** How the data's code system was settled when the data did not state it. */
export interface SystemReading {
  system: CodeSystem;
  /** `codes`: codes only that system has (listed); `names`: the rows' names fit its codes; `assumed`: the map's, unproven. */
  by: 'codes' | 'names' | 'assumed';
  codes?: string[];
}

/**
 * Reads the code system of data that does not state one, from Indonesian codes only one
 * system has (province 93 or 97, regency codes listed above) or from the province names
 * the rows give; a file whose codes point both ways proves nothing. Else the geometry's
 * system is assumed, and the reading says so.
 */
export function inferSystem(
  rows: readonly { code?: string; name?: string }[],
  geometry: CodeSystem | undefined,
  sameName: (a: string, b: string) => boolean,
): SystemReading | undefined {
  const proof: Record<'kemendagri' | 'bps', string[]> = { kemendagri: [], bps: [] };
  for (const r of rows) {
    const s = r.code ? onlySystemOf(r.code) : undefined;
    if (s) proof[s].push(r.code!);
  }
  if (proof.kemendagri.length && !proof.bps.length)
    return { system: 'kemendagri', by: 'codes', codes: proof.kemendagri };
  if (proof.bps.length && !proof.kemendagri.length) return { system: 'bps', by: 'codes', codes: proof.bps };
  // Province rows with names: the system under which the names fit the Papua codes.
  const fits = (system: CodeSystem) =>
    rows
      .filter((r) => r.code && r.name && r.code.length === 2 && r.code >= '91')
      .every((r) => {
        const name = provinceName(r.code!, system);
        return name !== undefined && sameName(name, r.name!);
      });
  const papua = rows.some((r) => r.code && r.name && r.code.length === 2 && r.code >= '91');
  if (papua && fits('bps') !== fits('kemendagri'))
    return { system: fits('bps') ? 'bps' : 'kemendagri', by: 'names' };
  return geometry ? { system: geometry, by: 'assumed' } : undefined;
}

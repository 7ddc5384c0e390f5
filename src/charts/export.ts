/** A table as exported and shown: a header row and data rows of text or numbers. */
export interface ExportTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number | null | undefined)[])[];
}

/** U+FEFF at the start lets spreadsheet programs read the file as UTF-8 (names like "Sulawesi Tenggara — Kendari"). */
export const BOM = '\uFEFF';

// Cells starting with these are run as formulas by spreadsheets; a leading quote neutralises them.
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole table as CSV text with CRLF line ends and a UTF-8 byte order mark. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map(csvField).join(',')];
  for (const row of table.rows) lines.push(row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name safe on every system, from a title: `Pengaduan 2024/2025` → `pengaduan-2024-2025`. */
export function fileName(title: string, extension: string, fallback = 'pantau-chart'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || fallback}.${extension}`;
}

/**
 * Computed style properties copied onto every exported SVG element as presentation
 * attributes, so the file looks the same without the page's stylesheets and custom properties.
 */
export const SVG_PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

// Initial values, which an exported file need not repeat (every `*opacity` starts at 1).
const INITIAL: Partial<Record<string, string>> = {
  visibility: 'visible',
  stroke: 'none',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'text-anchor': 'start',
};

/** Property values that add nothing to an exported file and are skipped to keep it small. */
export function isDefaultPresentation(name: string, value: string): boolean {
  return (
    value === '' ||
    value === 'normal' ||
    value === 'auto' ||
    value === (name.endsWith('opacity') ? '1' : INITIAL[name])
  );
}

/**
 * A computed colour as an SVG 1.1 paint that drawing programs read: `rgba(r, g, b, a)`
 * becomes `rgb(r, g, b)` with an opacity (Inkscape and Illustrator do not take `rgba`), and a
 * pattern reference loses its quotes.
 */
export function svgPaint(value: string): { colour: string; opacity?: number } {
  // `url("#id")` as Chrome computes it: drawing programs expect the unquoted `url(#id)`.
  const url = /^url\("(#[^"]+)"\)$/.exec(value);
  if (url) return { colour: `url(${url[1]})` };
  const m = /^rgba\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*[,/]\s*([\d.]+%?)\s*\)$/.exec(value);
  if (!m) return { colour: value };
  const a = m[4]!.endsWith('%') ? parseFloat(m[4]!) / 100 : parseFloat(m[4]!);
  return { colour: `rgb(${m[1]}, ${m[2]}, ${m[3]})`, opacity: a };
}

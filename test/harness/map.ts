import type { PantauComplianceMap } from '../../src/elements/compliance-map/pantau-compliance-map.js';
import { pickDownload } from '../helpers/downloads.js';
import { ElementHarness, textOf } from './harness.js';

/**
 * A region as the reader can download it (the CSV of the map shown, top level or drilled
 * into), in drawing order: row k is the shape with `data-i="k"`. Empty cells are ''.
 */
export interface RegionRow {
  code: string;
  name: string;
  score: string;
  band: string;
  band_source: string;
  band_settled_by: string;
  opinion: string;
  rank: string;
  rank_of: string;
  year: string;
  matched_by: string;
  /** The 1-based row of the data joined to the region; '' when none was. */
  data_row: string;
}

const ARROWS = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];

/**
 * `<pantau-compliance-map>` as a reader meets it: the regions drawn and their colours, the
 * regions and ratings joined (read from the CSV download), the legend, the list, the live
 * region, and the keyboard walk from region to region.
 */
export class MapHarness extends ElementHarness<PantauComplianceMap> {
  /** The focusable map (`part=map`). */
  get map(): HTMLElement {
    return this.$('[part=map]')!;
  }

  /** The drawn region shapes (not the larger hit targets of tiny ones). */
  shapes(): SVGElement[] {
    return this.$$<SVGElement>('.regions [data-i]:not(.hit)');
  }

  /** The shape drawn for region `i` of `regions()`. */
  shape(i: number): SVGElement | undefined {
    return this.shapes().find((s) => s.dataset['i'] === String(i));
  }

  /** The CSV download of the map shown (the joined table), without its byte order mark. */
  async csv(): Promise<string> {
    return (await (await pickDownload(this.element, 'csv')).blob.text()).replace(/^\uFEFF/, '');
  }

  /** The regions of the map shown and what was joined to each, from the CSV download. */
  async regions(): Promise<RegionRow[]> {
    const [head, ...rows] = parseCsv(await this.csv());
    return rows.map(
      (cells) => Object.fromEntries(head!.map((h, k) => [h, cells[k] ?? ''])) as unknown as RegionRow,
    );
  }

  /** The index (in `regions()` and `data-i`) of the region with `code`, or -1. */
  async indexOf(code: string): Promise<number> {
    return (await this.regions()).findIndex((r) => r.code === code);
  }

  /** The band region `i` is drawn in, by the id its pattern is named after; undefined: no data. */
  band(i: number): string | undefined {
    return /-b-(.+)\)$/.exec(this.shape(i)?.getAttribute('fill') ?? '')?.[1];
  }

  /** The fill of the region with `code` as drawn ('' when it is not drawn). */
  async fillOf(code: string): Promise<string> {
    return this.shape(await this.indexOf(code))?.getAttribute('fill') ?? '';
  }

  /** The band of the region with `code` as drawn (see `band`). */
  async bandOf(code: string): Promise<string | undefined> {
    return this.band(await this.indexOf(code));
  }

  /** What a screen reader hears on reaching the region with `code` with the arrow keys. */
  async say(code: string): Promise<string> {
    await this.focusRegion(await this.indexOf(code));
    return this.announcement();
  }

  /** Clicks (or taps) region `i`. */
  clickRegion(i: number): void {
    this.shape(i)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  }

  /** What the polite live region last said (the focused or selected region). */
  announcement(): string {
    return textOf(this.$('[aria-live="polite"]'));
  }

  /**
   * Gives the map keyboard focus and walks with the arrow keys, as a reader would, until region
   * `i` has the keyboard focus: the shortest walk from the first region an arrow reaches.
   */
  async focusRegion(i: number): Promise<void> {
    const seen = new Set<number>();
    const queue: string[][] = [[]];
    for (let keys = queue.shift(); keys; keys = queue.shift()) {
      const at = await this.#walk(keys);
      if (at === i) return;
      if (at < 0 || seen.has(at)) continue;
      seen.add(at);
      for (const key of ARROWS) queue.push([...keys, key]);
    }
    throw new Error(`the arrow keys never reach region ${i}`);
  }

  /** Focuses the map afresh, presses an arrow (the first region) then `keys`; the region reached. */
  async #walk(keys: string[]): Promise<number> {
    this.map.blur();
    this.map.focus();
    for (const key of ['ArrowRight', ...keys])
      this.map.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await this.element.updateComplete;
    return this.#focusedIndex();
  }

  /** The region the keyboard focus ring is on (-1: none). */
  #focusedIndex(): number {
    return Number(this.$('.overlay .focus')?.getAttribute('data-i') ?? -1);
  }

  /** The legend's bands: label and whether it is highlighted. */
  legend(): { label: string; pressed: boolean }[] {
    return this.$$('.legend-item').map((b) => ({
      label: textOf(b.querySelector('.legend-label')),
      pressed: b.getAttribute('aria-pressed') === 'true',
    }));
  }

  /** Whether the map is drilled into a region (a back button shows). */
  drilled(): boolean {
    return !!this.$('.drill');
  }
}

/** Rows of CSV text (quoted fields, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      (row.push(cell), rows.push(row), (row = []), (cell = ''));
    } else cell += c;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}

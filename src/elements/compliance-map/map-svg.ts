import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { estimateTextWidth, fitText } from '../../charts/legend-layout.js';
import { MIN_TARGET } from '../../geo/projection/paths.js';
import type { Band } from '../../ratings/bands.js';
import { toneToken, type TokenName } from '../../styles/palette.js';
import type { MapInteraction } from './map-interaction.js';
import type { MapModel } from './map-model.js';
import type { Shapes } from './map-shapes.js';

const TOKENS = /^(zone-|category-|series-|no-data|accent|good|bad|neutral)/;

/**
 * A band's colour as CSS: its tone's token, or a custom band's own colour. A token (also one
 * named as a custom colour) becomes its private custom property; any other colour is used as given.
 */
export function bandColor(band: Band): string {
  const color = band.color ?? toneToken(band.tone);
  return TOKENS.test(color) ? `var(--_${color as TokenName})` : color;
}

// Marks drawn over the colour, one per band position, so bands differ without colour.
const HATCH = 'M-2 2l4-4M0 8l8-8M6 10l4-4';
const MARKS = [
  '',
  'M4 4h.01',
  HATCH,
  // Cross-hatch: the hatch and its mirror image.
  `${HATCH}M-2 6l4 4M0 0l8 8M6-2l4 4`,
  'M0 2h8M0 6h8',
  'M2 0v8M6 0v8',
  'M1 4h6M4 1v6',
  'M0 0l8 8M8 0l-8 8',
  // For scales with more bands (the ten 2025 opinions): mirrored hatch, squares, one line, diamond.
  'M-2 6l4 4M0 0l8 8M6-2l4 4',
  'M1 1h2v2h-2zM5 5h2v2h-2z',
  'M0 4h8',
  'M4 0v8',
  'M4 1l3 3-3 3-3-3z',
];

/** Pattern id of a band, unique per element so several maps on a page do not clash. */
export const patternId = (uid: string, band: Band | undefined) =>
  band ? `${uid}-b-${band.id}` : `${uid}-nd`;

/**
 * `<defs>` with one pattern per band and a sparse hatch for regions without data. A band's
 * pattern is its colour with a mark (dots, hatching) that is drawn only where colour is not
 * enough: forced colours, print, or the map's `patterns` attribute (see the styles). Bands
 * are listed light to dark, so marks are dark on the lighter half and light on the darker.
 */
export function renderPatterns(uid: string, bands: readonly Band[]): SVGTemplateResult {
  return svg`<defs>
    ${bands.map((b, i) => {
      const mark = MARKS[b.pattern % MARKS.length];
      // A zone-only band shares its colour with a category: its mark is always drawn.
      const ink = `mark ${i < bands.length / 2 ? 'ink' : 'paper'}${b.zoneOnly ? ' always' : ''}`;
      return svg`<pattern id=${patternId(uid, b)} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" style=${cssomStyle({ fill: bandColor(b) })}></rect>
        ${mark ? svg`<path class=${ink} d=${mark} stroke-width=${b.pattern === 1 ? 3 : 1.2} stroke-linecap="round"></path>` : nothing}
      </pattern>`;
    })}
    <pattern id=${patternId(uid, undefined)} width="10" height="10" patternUnits="userSpaceOnUse">
      <rect class="nd-bg" width="10" height="10"></rect>
      <path class="nd-mark" d="M-1 1l2-2M0 10l10-10M9 11l2-2" stroke-width="0.75"></path>
    </pattern>
  </defs>`;
}

function shapeOf(shapes: Shapes, i: number, cls: string, fill: string): SVGTemplateResult {
  const s = shapes.box(i)!;
  return shapes.tiny(i)
    ? svg`<circle class=${cls} cx=${s.cx} cy=${s.cy} r="3.5" fill=${fill} data-i=${i}></circle>`
    : svg`<path class=${cls} d=${shapes.path(i)} fill=${fill} data-i=${i}></path>`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with these attributes, appended to `parent`. */
function add(parent: Node, name: string, attrs: Record<string, string | number>): void {
  const e = document.createElementNS(SVG_NS, name);
  for (const k in attrs) e.setAttribute(k, String(attrs[k]));
  parent.appendChild(e);
}

/**
 * One chunk of regions, made as plain DOM (as `shapeOf` would draw them): a template per region
 * would keep its parts and every path string in memory for as long as the map is shown, about
 * 2 MB for 3,231 counties, while these elements are only ever replaced whole.
 */
function regionChunk(
  uid: string,
  shapes: Shapes,
  model: MapModel,
  [from, to]: [number, number],
): DocumentFragment {
  const chunk = document.createDocumentFragment();
  const paths = document.createElementNS(SVG_NS, 'g');
  const hits = document.createElementNS(SVG_NS, 'g');
  hits.setAttribute('class', 'hits');
  for (let i = from; i < Math.min(to, shapes.length); i++) {
    const s = shapes.box(i);
    if (!s?.drawn) continue;
    const band = model.classified[i]?.band;
    const [cls, fill] = [band ? 'r' : 'r nd', `url(#${patternId(uid, band)})`];
    if (shapes.tiny(i)) {
      add(hits, 'circle', { class: 'hit', cx: s.cx, cy: s.cy, r: '7', 'data-i': i });
      add(paths, 'circle', { class: cls, cx: s.cx, cy: s.cy, r: '3.5', fill, 'data-i': i });
    } else add(paths, 'path', { class: cls, d: shapes.path(i), fill, 'data-i': i });
  }
  chunk.append(paths, hits);
  return chunk;
}

/**
 * Every region, drawn once per size and data change, in the chunks put in the page so far,
 * each rendered once (`guard`), so hover and focus never touch them. Tiny regions
 * (small islands) get a dot and an invisible larger hit circle so they can be seen,
 * hovered and clicked.
 */
export function renderRegions(
  uid: string,
  shapes: Shapes,
  model: MapModel,
  ranges: readonly [number, number][],
): SVGTemplateResult {
  // Marks the moment every region is in the page, for benchmarks and tests that must not stop at the first chunk.
  const complete = (ranges.at(-1)?.[1] ?? 0) >= shapes.length;
  return svg`<g class="regions" data-complete=${String(complete)}>${ranges.map((r) => guard([uid, shapes, model, r[0], r[1]], () => regionChunk(uid, shapes, model, r)))}</g>`;
}

/** What changes with the pointer and keyboard: drawn over the regions without touching them. */
export function renderOverlay(
  uid: string,
  shapes: Shapes,
  model: MapModel,
  o: Pick<MapInteraction, 'highlight' | 'hovered' | 'selected' | 'focused'>,
  width: number,
  height: number,
): SVGTemplateResult {
  const outline = (i: number | undefined, cls: string) => {
    return i !== undefined && shapes.box(i)?.drawn ? shapeOf(shapes, i, cls, 'none') : nothing;
  };
  const band = o.highlight;
  return svg`<g class="overlay">
    ${
      band === undefined
        ? nothing
        : svg`<rect class="dim" width=${width} height=${height}></rect>
          ${Array.from({ length: shapes.length }, (_, i) => {
            const inBand = model.classified[i]?.band;
            return (inBand?.id ?? 'none') === band && shapes.box(i)?.drawn
              ? [shapeOf(shapes, i, 'hl', `url(#${patternId(uid, inBand)})`)]
              : [];
          }).flat()}`
    }
    ${outline(o.selected, 'sel')} ${outline(o.hovered, 'hover')} ${outline(o.focused, 'focus')}
  </g>`;
}

/** A label-sized name: "Daerah Khusus Ibukota Jakarta" → "DKI Jakarta", as the press writes it. */
export const shortName = (name: string): string =>
  name
    .replace(/^Daerah Khusus Ibu ?kota\s+/i, 'DKI ')
    .replace(/^Daerah Khusus\s+/i, 'DK ')
    .replace(/^Daerah Istimewa\s+/i, 'DI ');

/** Tiny regions labelled at most: past this many (a regency map's cities), labels would cover the map. */
export const MAX_TINY_LABELS = 10;

/** Regions smaller than this (px, both sides) get their name beside them: a shape this small is hard to find. */
export const LABEL_BELOW = 14;

/**
 * Names beside regions too small to find (DKI Jakarta on a province map): those under
 * `LABEL_BELOW` px, or when there are more than `MAX_TINY_LABELS` of them the dots only,
 * else none. Each to the right of its shape, or to the left near the right edge, and left
 * out where it would overlap another.
 */
export function renderTinyLabels(
  shapes: Shapes,
  model: MapModel,
  width: number,
): SVGTemplateResult | typeof nothing {
  const under = (size: number) =>
    Array.from({ length: shapes.length }, (_, i) => i).filter((i) => {
      const s = shapes.box(i)!;
      return s.drawn && s.w < size && s.h < size && !!model.regions[i]?.name;
    });
  // The small regions, or where there are too many of those (a phone), the dots only.
  let tiny = under(LABEL_BELOW);
  if (tiny.length > MAX_TINY_LABELS) tiny = under(MIN_TARGET);
  if (!tiny.length || tiny.length > MAX_TINY_LABELS) return nothing;
  // The smallest first: where two labels would collide, the one hardest to find keeps its name.
  const area = (i: number) => shapes.box(i)!.w * shapes.box(i)!.h;
  tiny.sort((a, b) => area(a) - area(b));
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const labels: SVGTemplateResult[] = [];
  for (const i of tiny) {
    const s = shapes.box(i)!;
    const name = fitText(shortName(model.regions[i]!.name), 11, 120);
    const w = estimateTextWidth(name, 11);
    const off = Math.max(7, s.w / 2 + 3);
    const left = s.cx + off + w > width;
    const x = left ? s.cx - off : s.cx + off;
    const box = { x0: left ? x - w : x, x1: left ? x : x + w, y0: s.cy - 8, y1: s.cy + 5 };
    if (placed.some((p) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1)) continue;
    placed.push(box);
    labels.push(
      svg`<text class="tiny-label" x=${x} y=${s.cy + 4} text-anchor=${left ? 'end' : 'start'}>${name}</text>`,
    );
  }
  return svg`<g class="tiny-labels">${labels}</g>`;
}

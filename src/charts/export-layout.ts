import { common } from '../i18n/common.js';
import type { Lang } from '../i18n/lang.js';
import { estimateTextWidth, fitText, legendLayout } from './legend-layout.js';

/**
 * What an exported image carries around the chart, so it stands alone when shared or
 * printed: the title block above, the legend, and notes and source below. Lines are final
 * text in the reader's language ("Sumber: Ombudsman RI").
 */
export interface ExportFrame {
  title?: string;
  subtitle?: string;
  /** A line above the legend entries (the map's rating scheme). */
  legendTitle?: string;
  /** Legend entries; `fill` is a colour or a `url(#pattern)` of the chart's own `<defs>`. */
  legend?: readonly { label: string; fill: string }[];
  /** Lines under the chart: note, source, last update. */
  footer?: readonly string[];
}

/** One line of text in an exported image. */
export interface ExportLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  /** Drawn in the secondary text colour. */
  muted?: boolean;
}

export interface ExportLayout {
  width: number;
  height: number;
  /** Where the chart's own drawing starts. */
  chart: { x: number; y: number };
  lines: ExportLine[];
  swatches: { x: number; y: number; size: number; fill: string }[];
}

/** Margin around everything in an exported image, in px. */
export const EXPORT_MARGIN = 16;

/** `text` broken into lines no wider than `max` px at `size` (a word longer than a line is shortened). */
export function wrapText(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || estimateTextWidth(next, size) <= max) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => fitText(l, size, max));
}

/**
 * Lays out the frame around a chart of `width` × `height` px: title (18 px, bold), subtitle,
 * legend title and entries above it, footer lines below, all wrapped to the chart's width.
 */
export function exportLayout(frame: ExportFrame, width: number, height: number): ExportLayout {
  const m = EXPORT_MARGIN;
  const room = Math.max(width, 120);
  const lines: ExportLine[] = [];
  const swatches: ExportLayout['swatches'] = [];
  let y = m;
  const block = (text: string | undefined, size: number, bold: boolean, muted: boolean, gap: number) => {
    if (!text) return;
    for (const t of wrapText(text, size, room)) {
      y += size * 1.3;
      lines.push({ text: t, x: m, y: y - size * 0.3, size, bold, muted });
    }
    y += gap;
  };
  block(frame.title, 18, true, false, 2);
  block(frame.subtitle, 13, false, true, 4);
  block(frame.legendTitle, 12, false, true, 2);
  const entries = frame.legend ?? [];
  if (entries.length) {
    const legend = legendLayout(
      entries.map((e) => e.label),
      room,
    );
    for (const slot of legend.slots) {
      const e = entries[slot.index]!;
      swatches.push({ x: m + slot.x, y: y + slot.y + 2, size: 14, fill: e.fill });
      lines.push({ text: slot.text, x: m + slot.x + 24, y: y + slot.y + 13, size: 12 });
    }
    y += legend.height + 4;
  }
  if (y > m) y += 6;
  const chart = { x: m, y };
  y += height + 6;
  for (const text of frame.footer ?? []) block(text, 11, false, true, 0);
  return { width: width + 2 * m, height: Math.ceil(y + m), chart, lines, swatches };
}

/** The lines under an exported chart or map: the note, "Sumber: …" (with its link) and the last update. */
export function footerLines(
  o: { source?: string; sourceUrl?: string; note?: string; updated?: string },
  lang: Lang,
): string[] {
  const lines: string[] = [];
  if (o.note) lines.push(`${common(lang, 'note')}: ${o.note}`);
  const link = o.sourceUrl && o.sourceUrl !== o.source ? o.sourceUrl : '';
  if (o.source || link)
    lines.push(`${common(lang, 'source')}: ${[o.source, link && `(${link})`].filter(Boolean).join(' ')}`);
  if (o.updated) lines.push(common(lang, 'updated', { date: o.updated }));
  return lines;
}

import { estimateTextWidth, fitText } from './legend-layout.js';

/** Where an annotation's label goes: its x, the label row (0 at the top) and text alignment. */
export interface AnnotationSlot {
  x: number;
  row: number;
  anchor: 'start' | 'end';
  text: string;
}

/**
 * Places annotation labels above the plot so they never overlap: a label reads to the right
 * of its line, or to the left near the right edge, and drops to the next row when the row
 * is taken. Labels longer than a third of the width are shortened with an ellipsis.
 */
export function annotationLayout(
  items: readonly { x: number; label: string }[],
  left: number,
  right: number,
  fontSize = 11,
): { slots: AnnotationSlot[]; rows: number } {
  const rowEnds: { from: number; to: number }[][] = [];
  const max = Math.max(40, (right - left) / 3);
  const slots = [...items]
    .sort((a, b) => a.x - b.x)
    .map(({ x, label }) => {
      const text = fitText(label, fontSize, max);
      const w = estimateTextWidth(text, fontSize) + 4;
      const anchor: 'start' | 'end' = x + w > right ? 'end' : 'start';
      const from = anchor === 'start' ? x : x - w;
      const to = from + w;
      let row = rowEnds.findIndex((spans) => spans.every((s) => to + 4 < s.from || from > s.to + 4));
      if (row < 0) row = rowEnds.push([]) - 1;
      rowEnds[row].push({ from, to });
      return { x, row, anchor, text };
    });
  return { slots, rows: rowEnds.length };
}

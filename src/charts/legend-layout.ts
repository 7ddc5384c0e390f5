/** Where one legend entry goes, in a layout that wraps into rows. */
export interface LegendSlot {
  index: number;
  x: number;
  y: number;
  /** The label, shortened with an ellipsis when it could not fit a row on its own. */
  text: string;
}

/** A rough text width for layouts drawn outside the browser's layout (the exported SVG). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text)
    w += /[mwMW@]/.test(ch) ? 0.85 : /[il.,:;'|!1 ]/.test(ch) ? 0.32 : /[A-Z]/.test(ch) ? 0.68 : 0.55;
  return w * fontSize;
}

/** `text`, shortened with an ellipsis when it is wider than `max` px. */
export function fitText(text: string, fontSize: number, max: number): string {
  if (estimateTextWidth(text, fontSize) <= max) return text;
  while (text.length > 1 && estimateTextWidth(`${text}…`, fontSize) > max) text = text.slice(0, -1);
  return `${text}…`;
}

/**
 * Lays legend entries out left to right, wrapping to a new row when the next entry would
 * cross `width`. Each entry is a swatch (`swatch` px), a gap and its label.
 */
export function legendLayout(
  labels: readonly string[],
  width: number,
  fontSize = 12,
  swatch = 18,
  gap = 16,
  lineHeight = 20,
): { slots: LegendSlot[]; height: number } {
  const slots: LegendSlot[] = [];
  let x = 0;
  let y = 0;
  const room = Math.max(width - swatch - 6, fontSize * 3);
  labels.forEach((label, index) => {
    const text = fitText(label, fontSize, room);
    const w = swatch + 6 + estimateTextWidth(text, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      y += lineHeight;
    }
    slots.push({ index, x, y, text });
    x += w + gap;
  });
  return { slots, height: labels.length ? y + lineHeight : 0 };
}

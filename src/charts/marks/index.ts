import { area } from './area.js';
import { bars } from './bars.js';
import { grouped } from './grouped.js';
import { line } from './line.js';
import type { Mark } from './mark.js';

export type { Mark, MarkInput, SeriesDrawing } from './mark.js';

/** Every chart mode by its `mode` attribute value. A new mode is one mark file and one line here. */
const MARKS = { line, area, bars, grouped } satisfies Record<string, Mark>;

export type TrendMode = keyof typeof MARKS;

/** The mark of a mode; an unknown mode draws lines, the default. */
export function markOf(mode: string): Mark {
  return Object.hasOwn(MARKS, mode) ? MARKS[mode as TrendMode] : line;
}

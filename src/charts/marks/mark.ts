/**
 * A mark turns laid-out data into drawing data for one chart mode: a path per visible series
 * and where each of its points sits. Marks are plain functions of numbers (no Lit, no DOM), so
 * templates only map their output to SVG. Each mode is one file beside this one, listed in
 * `index.ts`.
 */

/** What a mark draws from: the data and the plot's scales, already laid out. */
export interface MarkInput {
  /** Values per series, then per period; NaN (or a hole) is a missing value. */
  values: readonly (readonly number[])[];
  visible: readonly boolean[];
  /** Number of periods drawn. */
  count: number;
  /** Left edge of the plot, in px. */
  left: number;
  /** Width of one period's band, in px. */
  step: number;
  /** Pixel row of the value axis' zero. */
  bottom: number;
  /** Pixel row of a value. */
  y: (v: number) => number;
}

/** One visible series as drawn. */
export interface SeriesDrawing {
  series: number;
  /** Path data: the stroke of a line mark, the fill of a fill mark. */
  d: string;
  /** A line's dash pattern (none: solid). */
  dash?: string;
  /** A line's marker shapes as one path (none or '': no markers). */
  marks?: string;
  /** Pixel row of the series' point at period `p` (its top when stacked); NaN where missing. */
  y: (p: number) => number;
}

export interface Mark {
  /** How series are painted: stroked lines with dashes and markers, or hatched fills. */
  paint: 'line' | 'fill';
  /**
   * Whether series sit on top of each other, first at the bottom: then the value axis reaches
   * the largest total rather than the largest value. Decided here and nowhere else.
   */
  stacked: boolean;
  /** Drawing data of every visible series, in drawing order. */
  draw(input: MarkInput): SeriesDrawing[];
}

/**
 * Per-series cues besides colour, so series stay apart in greyscale print, for colour-blind
 * readers and in forced-colours mode: a dash pattern for lines, a hatch for fills and a
 * marker shape for points. Index 0 is the first series. Colours repeat after eight series;
 * `cueIndex` shifts the cues by one on each round of colours, so the ninth series (the first
 * colour again) gets the second cue and no two of the first 64 series look alike.
 */
export const DASHES = ['', '7 3', '2 3', '9 3 2 3', '4 4', '12 3', '2 2 6 2', '1 5'] as const;

/** Which of the eight dashes and hatches series `s` uses (see above). */
export function cueIndex(s: number): number {
  return (s + Math.floor(s / 8)) % 8;
}

/**
 * Path data of the eight 8×8 hatch tiles, by cue: none, diagonal, anti-diagonal, horizontal,
 * vertical, cross, dots and grid.
 */
export const HATCH_TILES = [
  '',
  'M-2,2L2,-2M0,8L8,0M6,10L10,6',
  'M-2,6L2,10M0,0L8,8M6,-2L10,2',
  'M0,4H8',
  'M4,0V8',
  'M0,0L8,8M8,0L0,8',
  'M3,3h2v2h-2Z',
  'M0,4H8M4,0V8',
] as const;

export type MarkerKind = 'circle' | 'square' | 'triangle' | 'diamond';
const MARKERS: readonly MarkerKind[] = ['circle', 'square', 'triangle', 'diamond'];

/** Marker shape of series `s`. */
export function markerKind(s: number): MarkerKind {
  return MARKERS[cueIndex(s) % MARKERS.length];
}

/** Path data of a marker of radius `r` centred on (x, y). */
export function markerPath(kind: MarkerKind, x: number, y: number, r = 3.5): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (kind) {
    case 'square':
      return `M${f(x - r)},${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.1)},${f(y + r * 0.9)}H${f(x - r * 1.1)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.3)}L${f(x + r * 1.3)},${f(y)}L${f(x)},${f(y + r * 1.3)}L${f(x - r * 1.3)},${f(y)}Z`;
    default:
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${f(2 * r)},0a${r},${r} 0 1,0 ${f(-2 * r)},0`;
  }
}

/**
 * Markers of one series at every `every`-th period from `first`, as one path; empty when
 * markers would be closer than 14 px.
 */
export function markersPath(
  kind: MarkerKind,
  ys: (i: number) => number,
  n: number,
  x0: number,
  step: number,
  every = 1,
  first = 0,
): string {
  if (step * every < 14) return '';
  let out = '';
  for (let i = first; i < n; i += every) {
    const y = ys(i);
    if (y === y) out += markerPath(kind, x0 + (i + 0.5) * step, y);
  }
  return out;
}

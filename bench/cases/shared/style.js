// What every case draws with, so the peers and pantau are asked for the same picture.

/** Ten series colours (Tableau 10): one per series of the trend case. */
export const SERIES_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** Ombudsman 2022 opinion bands: E < 32 ≤ D < 54 ≤ C < 78 ≤ B < 88 ≤ A. */
export const BAND_THRESHOLDS = [32, 54, 78, 88];
export const BAND_COLOURS = ['#b2182b', '#ef8a62', '#fddb7f', '#67a9cf', '#2166ac'];
export const BAND_LABELS = ['E', 'D', 'C', 'B', 'A'];
export const NO_DATA = '#cccccc';

export function bandIndex(score) {
  let i = 0;
  while (i < BAND_THRESHOLDS.length && score >= BAND_THRESHOLDS[i]) i++;
  return i;
}

export function bandColour(score) {
  return score === undefined ? NO_DATA : BAND_COLOURS[bandIndex(score)];
}

/** A plain `YYYY-MM-DD` label for a UTC-midnight time. */
export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

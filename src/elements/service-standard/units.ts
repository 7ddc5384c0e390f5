/** Time units of a service standard, and how many calendar days each is. */

/** Lower case with single spaces: how units and service names are compared. */
const fold = (v: string) => v.trim().toLowerCase().replace(/\s+/g, ' ');

/** Units the card can translate; anything else is shown as written. */
export type KnownUnit = 'workday' | 'day' | 'week' | 'month' | 'hour' | 'minute';

const UNIT_WORDS: Record<string, KnownUnit> = {
  'hari kerja': 'workday',
  'working day': 'workday',
  'business day': 'workday',
  hari: 'day',
  'hari kalender': 'day',
  day: 'day',
  minggu: 'week',
  pekan: 'week',
  week: 'week',
  bulan: 'month',
  month: 'month',
  jam: 'hour',
  hour: 'hour',
  menit: 'minute',
  minute: 'minute',
};

/** `"Hari Kerja"` → `workday`; unknown units → undefined. */
export function knownUnit(unit: string): KnownUnit | undefined {
  // English plurals read as their singular; no Indonesian unit ends in "s".
  return UNIT_WORDS[fold(unit).replace(/s$/, '')];
}

/**
 * Calendar days per unit. A working day is 7/5 of a calendar day: five working days to a
 * week, public holidays not counted (they vary by year and region). Stated in the card's notes
 * whenever a comparison uses it.
 */
export const CALENDAR_DAYS: Record<KnownUnit, number> = {
  workday: 7 / 5,
  day: 1,
  week: 7,
  month: 30,
  hour: 1 / 24,
  minute: 1 / 1440,
};

/** A duration as published, and in calendar days. */
export interface Span {
  value: number;
  unit: KnownUnit;
  days: number;
}

export const span = (value: number, unit: KnownUnit): Span => ({
  value,
  unit,
  days: value * CALENDAR_DAYS[unit],
});

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), with no Date objects: the
 * aggregation runs this for every row of files with a million rows. Algorithms from
 * Howard Hinnant's "chrono-compatible low-level date algorithms" (proleptic Gregorian).
 */

export const DAY_MS = 86_400_000;

/** Day number of a calendar date. Month 1–12. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1–12) and day of a day number, written into `out` to avoid allocation. */
export function civilFromDays(
  days: number,
  out: [number, number, number] = [0, 0, 0],
): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  out[0] = era * 400 + yoe + (m <= 2 ? 1 : 0);
  out[1] = m;
  out[2] = d;
  return out;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when the numbers name a real calendar day (rejects 2023-02-29, month 13, day 0). */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!);
}

/** ISO week index: weeks since the Monday 1969-12-29, so week boundaries are Mondays. */
export function weekIndexOfDay(days: number): number {
  return Math.floor((days + 3) / 7);
}

/** ISO-8601 year and week number (1–53) of a week index. */
export function isoWeekOfIndex(week: number): [number, number] {
  const thursday = week * 7; // Monday (week*7 - 3) + 3
  const [year] = civilFromDays(thursday);
  return [year, Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1];
}

/** Week index of ISO year `y`, week `w`, or NaN when that year has no such week. */
export function weekIndexOfIso(y: number, w: number): number {
  const jan4 = daysFromCivil(y, 1, 4); // always in week 1
  const index = weekIndexOfDay(jan4) + w - 1;
  if (w < 1 || isoWeekOfIndex(index)[0] !== y) return NaN;
  return index;
}

/** A calendar date with no time zone: what `2024-03-01` means. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

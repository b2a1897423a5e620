/**
 * Dates as Google Sheets stores them: a serial number of days since 1899-12-30, the fraction being the
 * time of day. Plans write dates this way (with a date number format) so Google Sheets and the
 * in-memory workbook hold the same number, and snapshots read them back the same way. Pure.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 in UTC milliseconds: day 0 of Sheets (and of HyperFormula's default nullDate). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** 'YYYY-MM-DD' → serial number, e.g. '2024-01-01' → 45292. Throws on anything else. */
export function toSerialDate(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const utc = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  const back = new Date(utc);
  if (!match || back.getUTCDate() !== Number(match[3]) || back.getUTCMonth() !== Number(match[2]) - 1) {
    throw new Error(`"${isoDate}" is not a date: write it as YYYY-MM-DD, e.g. 2024-01-31.`);
  }
  return Math.round((utc - EPOCH_UTC) / MS_PER_DAY);
}

/** Serial number → 'YYYY-MM-DD' (the time of day is dropped). */
export function fromSerialDate(serial: number): string {
  return new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The serial number of a Date read from Google Sheets. Apps Script hands over the instant at which
 * the cell's wall-clock time happens in the spreadsheet's time zone, so the wall clock is read back in
 * that zone. Falls back to the script's own zone if the runtime does not know the zone name.
 */
export function dateToSerial(date: Date, timeZone: string): number {
  let parts: Record<string, number>;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    parts = Object.fromEntries(
      format
        .formatToParts(date)
        .filter((part) => part.type !== 'literal')
        .map((part) => [part.type, Number(part.value)]),
    );
  } catch {
    parts = {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
      second: date.getSeconds(),
    };
  }
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return (wallClock + date.getMilliseconds() - EPOCH_UTC) / MS_PER_DAY;
}

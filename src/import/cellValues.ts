/**
 * The cells of an export as numbers and dates: thousands separators, percent signs, the date formats
 * each platform writes, and wall-clock times moved from the platform's time zone into the
 * spreadsheet's. Pure; Intl.DateTimeFormat does the time-zone arithmetic (no library needed).
 */

/** A calendar date (and time of day, when the cell has one). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  hasTime: boolean;
}

/** How a date with slashes or dots orders its parts. */
export type DateOrder = 'mdy' | 'dmy';

const SPACES = /[\s\u00a0\u202f']/g;
const PLAIN = /^\d{1,15}$/;

/**
 * A cell as a number: null when blank (or a dash), NaN when it is not a number. "1,234", "1.234"
 * (a Danish thousands point, in a count), "12.5%", "12,5 %" and "−3" are read; a percentage is
 * returned as the fraction it is (12.5 % → 0.125).
 */
export function parseNumber(cell: string, count: boolean): number | null {
  if (PLAIN.test(cell)) return Number(cell);
  let text = cell.replace(SPACES, '');
  if (text === '' || text === '-' || text === '–' || text === '—') return null;
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  text = text.replace(/^\u2212/, '-');
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both: the last one is the decimal mark.
    text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (comma >= 0) {
    text = /^-?\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
  } else if (dot >= 0 && count && /^-?[1-9]\d{0,2}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, '');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(text)) return Number.NaN;
  return Number(text) * scale;
}

const MONTHS: Record<string, number> = {};
[
  ['jan', 'januar', 'january', 'januari', 'janv'],
  ['feb', 'februar', 'february', 'februari', 'févr'],
  ['mar', 'marts', 'march', 'maart', 'mrt', 'mars'],
  ['apr', 'april', 'avr'],
  ['may', 'maj', 'mei', 'mai'],
  ['jun', 'juni', 'june', 'juin'],
  ['jul', 'juli', 'july', 'juil'],
  ['aug', 'august', 'augustus', 'août'],
  ['sep', 'sept', 'september'],
  ['oct', 'okt', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
].forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

function valid(year: number, month: number, day: number, hour = 0, minute = 0, hasTime = false): WallTime | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute, hasTime };
}

function fullYear(year: string): number {
  const n = Number(year);
  return year.length === 2 ? 2000 + n : n;
}

/** "13:45", "1:05 PM", "13:45:10": hours and minutes, or null. */
function timeOf(text: string | undefined): { hour: number; minute: number } | null {
  if (!text) return null;
  const match = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { hour, minute: Number(match[2]) };
}

/**
 * A date cell as the export wrote it: ISO ("2026-04-01", "2026-04-01T13:45:00"), TikTok's "2026/04/01",
 * GA4's "20260401", Meta's "04/01/2026 13:45" (order given), X's "Sun, Sep 13, 2026", YouTube's
 * "Sep 13, 2026", "13 Sep 2026", "13. sep. 2026". Null when it is not a date.
 */
export function parseDate(cell: string, order: DateOrder): WallTime | null {
  const text = cell.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(.*))?$/.exec(text);
  if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:,?\s+(.*))?$/.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    return order === 'mdy'
      ? withTime(fullYear(m[3]), first, second, m[4])
      : withTime(fullYear(m[3]), second, first, m[4]);
  }
  const words = text
    .toLowerCase()
    .replace(/^[a-zæøå]+\.?,\s*/, (weekday) => (MONTHS[weekday.replace(/[.,\s]/g, '')] ? weekday : ''))
    .split(/[\s,]+/)
    .filter((w) => w !== '');
  // "sep 13 2026 [time]" or "13 sep 2026 [time]" (with or without dots).
  if (words.length >= 3) {
    const clean = words.map((w) => w.replace(/\.$/, ''));
    const rest = words.slice(3).join(' ');
    if (MONTHS[clean[0]] && /^\d{1,2}$/.test(clean[1]) && /^\d{4}$/.test(clean[2]))
      return withTime(Number(clean[2]), MONTHS[clean[0]], Number(clean[1]), rest);
    if (/^\d{1,2}$/.test(clean[0]) && MONTHS[clean[1]] && /^\d{4}$/.test(clean[2]))
      return withTime(Number(clean[2]), MONTHS[clean[1]], Number(clean[0]), rest);
  }
  return null;
}

function withTime(year: number, month: number, day: number, rest: string | undefined): WallTime | null {
  if (!rest || rest.trim() === '') return valid(year, month, day);
  const time = timeOf(rest);
  return time ? valid(year, month, day, time.hour, time.minute, true) : null;
}

/**
 * Whether a column of slashed dates is day-first or month-first: 'mdy' when a middle part is above 12,
 * 'dmy' when a first part is, null when every date reads both ways (the user is asked).
 */
export function dateOrderOf(cells: readonly string[]): DateOrder | null {
  for (const cell of cells) {
    const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}/.exec(cell);
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return null;
}

/** True when a column holds slashed or dotted day/month dates (the kind that can read two ways). */
export function hasNumericDayMonth(cells: readonly string[]): boolean {
  return cells.some((cell) => /^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/.test(cell));
}

/** Cached formatters: building one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall time in `timeZone` at a UTC instant (ms). */
function wallAt(utc: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(utc))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour % 24,
    minute: parts.minute,
    hasTime: true,
  };
}

function utcOfWall(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

/**
 * Moves a timestamp written in `from`'s time zone to the calendar date it falls on in `to`'s, as
 * 'YYYY-MM-DD'. A date without a time stays the date it is (a day of an export is the platform's day).
 * Zone offsets are cached per UTC day (and worked out per minute only on the day a zone changes its
 * clocks), so a 50,000-row export costs a few thousand Intl calls, not 100,000.
 */
export class DateMover {
  /** Per zone: the zone's offset over a whole UTC day, or null on a day its clocks change. */
  private readonly offsets = new Map<string, Map<number, number | null>>();
  constructor(
    private readonly from: string | null,
    private readonly to: string,
  ) {}

  dayOf(wall: WallTime): string {
    if (!wall.hasTime || this.from === null || this.from === this.to) return isoDay(wall.year, wall.month, wall.day);
    const asUtc = utcOfWall(wall);
    const first = asUtc - this.offset(this.from, asUtc);
    const instant = asUtc - this.offset(this.from, first);
    const local = new Date(instant + this.offset(this.to, instant));
    return isoDay(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  }

  /** Milliseconds `zone` is ahead of UTC at `instant`. */
  private offset(zone: string, instant: number): number {
    let days = this.offsets.get(zone);
    if (!days) this.offsets.set(zone, (days = new Map()));
    const day = Math.floor(instant / DAY);
    let whole = days.get(day);
    if (whole === undefined) {
      const start = offsetAt(zone, day * DAY);
      whole = offsetAt(zone, (day + 1) * DAY - 1) === start ? start : null;
      days.set(day, whole);
    }
    return whole ?? offsetAt(zone, instant);
  }
}

const DAY = 86_400_000;

function offsetAt(zone: string, instant: number): number {
  const minute = Math.floor(instant / 60_000) * 60_000;
  return utcOfWall(wallAt(minute, zone)) - minute;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reading numbers and dates as users type them in the wizard. Danish and Dutch users write 12,5
 * for twelve and a half and 1.234 for one thousand two hundred and thirty-four; English users the
 * other way round. Money signs and a trailing % are accepted.
 */
import type { Language } from '../catalog/types.ts';

export type Parsed<T> = { kind: 'blank' } | { kind: 'ok'; value: T } | { kind: 'invalid' };

const CURRENCY = /^(?:kr\.?|dkk|eur|usd|€|\$|£)\s*|\s*(?:kr\.?|dkk|eur|usd|€|\$|£)$/gi;

/** The separator style of a language: which character is the decimal mark. */
function decimalMark(language: Language): ',' | '.' {
  return language === 'en' ? '.' : ',';
}

/**
 * A typed number: "1500", "12,5" (da/nl), "1.234,5" (da/nl), "1,234.5" (en), "12%" (→ 0.12),
 * "−3", "1 500", "kr. 200", "€ 1.000". When both marks appear, the last one is the decimal mark;
 * a lone mark followed by exactly three digits is a thousands separator in the language that uses
 * it that way, otherwise a decimal mark (so "12.5" still works for a Danish user).
 */
export function parseTypedNumber(text: string, language: Language): Parsed<number> {
  let body = text.trim().replace(/\u2212/g, '-');
  if (body === '') return { kind: 'blank' };
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trim();
  body = body.replace(CURRENCY, '').replace(/[\s\u00a0']/g, '');
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    body = body.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const groupsOfThree = new RegExp(`^[+-]?\\d{1,3}(\\${mark}\\d{3})+$`).test(body);
    const isThousands = groupsOfThree && (mark !== decimalMark(language) || body.split(mark).length > 2);
    body = isThousands ? body.split(mark).join('') : body.replace(mark, '.');
  }
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(body)) return { kind: 'invalid' };
  const value = Number(body);
  return { kind: 'ok', value: percent ? value / 100 : value };
}

/**
 * A number as the user would type it in their language: 12,5 in Danish and Dutch, 12% for rates.
 * parseTypedNumber reads it back as the same number in the same language (never with a thousands
 * separator, so 4,125 in Danish stays four and a bit).
 */
export function numberAsTyped(value: number, percent: boolean, language: Language): string {
  const shown = percent ? value * 100 : value;
  const text = String(Number(shown.toPrecision(12)));
  const local = language === 'en' ? text : text.replace('.', ',');
  return percent ? `${local}%` : local;
}

/**
 * A typed number shown in another language's format, meaning the same number: "3.5%" in English
 * is "3,5%" in Danish, "1200.5" is "1200,5". Text that is not a number stays as it is.
 */
export function retypeNumber(text: string, from: Language, to: Language): string {
  const parsed = parseTypedNumber(text, from);
  if (parsed.kind !== 'ok' || from === to) return text;
  return numberAsTyped(parsed.value, typedAsPercent(text), to);
}

/** True when the user typed a % sign: then a rate is clearly meant as a percentage. */
export function typedAsPercent(text: string): boolean {
  return text.trim().endsWith('%');
}

/** A 'YYYY-MM-DD' date that exists on the calendar, as its parts. */
export interface DayDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(text: string): Parsed<DayDate> {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return { kind: 'invalid' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { kind: 'invalid' };
  }
  return { kind: 'ok', value: { year, month, day } };
}

/** The date `months` months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb), as Sheets' EDATE does. */
export function addMonths(date: DayDate, months: number): DayDate {
  const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: Math.min(date.day, lastDay) };
}

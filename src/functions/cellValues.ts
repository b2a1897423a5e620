import type { InputKind } from '../catalog/types.ts';

/**
 * Turning what Sheets passes to a custom function into numbers, with messages that say how to fix
 * bad input. Sheets passes '' for a blank cell, a number, a string, a boolean or a Date.
 * A blank becomes NaN internally (never returned to a sheet).
 */
export class KpiInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KpiInputError';
  }
}

export const BLANK = NaN;

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MS_PER_DAY = 86_400_000;
/** Days between Sheets' day zero (1899-12-30) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A Date as a Sheets date serial number (days since 1899-12-30), so dates subtract to days. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === 'boolean') return `${value ? 'TRUE' : 'FALSE'} (a checkbox or logical value)`;
  if (value instanceof Date) return 'a date';
  return String(value);
}

/** Parses text that is clearly a number: "12", "-3.5", "1e3", "12%". Anything else is refused. */
function parseNumericText(text: string): number {
  const trimmed = text.trim();
  const isPercent = trimmed.endsWith('%');
  const body = isPercent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!PLAIN_NUMBER.test(body)) return Number.NaN;
  const parsed = Number(body);
  return isPercent ? parsed / 100 : parsed;
}

/**
 * Reads one cell as the given kind of number. Returns BLANK (NaN) for an empty cell and throws a
 * KpiInputError with a fix for anything else that is not a usable number.
 */
export function readCell(value: unknown, kind: InputKind, argName: string): number {
  let number: number;
  if (typeof value === 'number') {
    number = value;
  } else if (value === '' || value === null || value === undefined) {
    return BLANK;
  } else if (typeof value === 'string') {
    if (value.trim() === '') return BLANK;
    number = parseNumericText(value);
    if (Number.isNaN(number)) {
      throw new KpiInputError(
        kind === 'date'
          ? `${argName} is ${describe(value)}, not a date. Type it as a date (e.g. 2026-03-31 14:30) or use Format → Number → Date time.`
          : `${argName} is ${describe(value)}, not a number. Select the cells and use Format → Number → Number, then type the number without thousands separators (e.g. 1234.5 or 12%).`,
      );
    }
  } else if (value instanceof Date) {
    if (kind === 'date') return dateToSerial(value);
    throw new KpiInputError(
      `${argName} is a date, but a number belongs here. Point ${argName} at the column with the numbers, or use Format → Number → Number if the cells only look like dates.`,
    );
  } else if (typeof value === 'boolean') {
    throw new KpiInputError(
      `${argName} is ${describe(value)}, but a number belongs here. Point ${argName} at the column with the numbers.`,
    );
  } else {
    throw new KpiInputError(`${argName} is ${describe(value)}, but a number belongs here.`);
  }
  if (!Number.isFinite(number)) {
    throw new KpiInputError(`${argName} is not a finite number. Enter an ordinary number.`);
  }
  switch (kind) {
    case 'count':
      if (number < 0)
        throw new KpiInputError(`${argName} is ${number}, but it is a count and cannot be negative. Enter 0 or more.`);
      break;
    case 'money':
      if (number < 0)
        throw new KpiInputError(`${argName} is ${number}, but an amount spent cannot be negative. Enter 0 or more.`);
      break;
    case 'fraction':
      if (number < 0 || number > 1) {
        throw new KpiInputError(`${argName} is ${number}, but it is a share between 0 and 1. Enter e.g. 0.03 or 3%.`);
      }
      break;
    default:
      break;
  }
  return number;
}

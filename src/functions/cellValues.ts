import type { InputKind } from '../catalog/types.ts';
import { problemText, type Problem, type ProblemKey } from './messages.ts';

/**
 * Turning what Sheets passes to a custom function into numbers, with messages that say how to fix
 * bad input. Sheets passes '' for a blank cell, a number, a string, a boolean or a Date.
 * A blank becomes NaN internally (never returned to a sheet).
 */
export class KpiInputError extends Error {
  /** What was wrong with one cell, so a range can show it again with the row it is on. */
  readonly problem: Problem | undefined;

  constructor(message: string, problem?: Problem) {
    super(message);
    this.name = 'KpiInputError';
    this.problem = problem;
  }
}

/** A problem with one input's cell, in the spreadsheet's language (asked only now that there is one). */
function refused(key: ProblemKey, input: string, found?: unknown): KpiInputError {
  const problem: Problem = { key, input, found };
  return new KpiInputError(problemText(problem, ''), problem);
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

/** An error value of another cell as Sheets shows it: #DIV/0!, #N/A, #REF!, #VALUE!, #NAME?, #ERROR!. */
const ERROR_CODE = /^#[A-Z0-9/]+[!?]?$/;
/** Separators, spaces, signs, percent and currency marks a number may be written with in some locale. */
const NUMBER_DRESSING = /[\s'’.,%‰+\-−€$£¥]|kr\.?|dkk|eur|usd/gi;

/** Text that is a number in another format ("1.234,5", "12,5 %", "€ 1 200"): only digits are left without the dressing. */
function looksLikeNumber(text: string): boolean {
  return /^\d+$/.test(text.replace(NUMBER_DRESSING, ''));
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
      const text = value.trim();
      // Channel names in a column of numbers mean the range points at the wrong column; only text that
      // is a number in another format gets the format hint.
      const key: ProblemKey = ERROR_CODE.test(text)
        ? 'errorCode'
        : kind === 'date'
          ? 'notDate'
          : looksLikeNumber(text)
            ? 'numberText'
            : 'text';
      throw refused(key, argName, text);
    }
  } else if (value instanceof Date) {
    if (kind === 'date') return dateToSerial(value);
    throw refused('date', argName);
  } else if (typeof value === 'boolean') {
    throw refused('logical', argName, value);
  } else {
    throw refused('other', argName, value);
  }
  if (!Number.isFinite(number)) throw refused('infinite', argName);
  switch (kind) {
    case 'count':
    case 'money':
      if (number < 0) throw refused('negative', argName, number);
      break;
    case 'fraction':
      if (number < 0 || number > 1) throw refused('share', argName, number);
      break;
    default:
      break;
  }
  return number;
}

import { columnLetters, columnNumber } from '../plan/a1.ts';

/**
 * What an argument of a custom-function call is, judged from its text alone: a literal, one cell,
 * a range (closed like B2:B41, open like B2:B, a whole column B:B) or something else (a named
 * range, an expression), whose size only the spreadsheet knows.
 */
export type ArgumentShape =
  { kind: 'literal' } | { kind: 'cell' } | { kind: 'range'; range: A1Range } | { kind: 'unknown' };

/** A rectangular A1 range; a missing row means an open range (B2:B) or a whole column (B:B). */
export interface A1Range {
  /** The sheet prefix including '!', or ''. */
  sheet: string;
  startColumn: number;
  endColumn: number;
  startRow: string;
  endRow: string;
  /** '$' or '' before each part, kept when the range is split into columns. */
  absolute: { startColumn: string; startRow: string; endColumn: string; endRow: string };
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!`;
const CELL = new RegExp(String.raw`^(${SHEET})?\$?[A-Za-z]{1,3}\$?[0-9]+$`);
const RANGE = new RegExp(String.raw`^(${SHEET})?(\$?)([A-Za-z]{1,3})(\$?)([0-9]*):(\$?)([A-Za-z]{1,3})(\$?)([0-9]*)$`);
const NUMBER = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?%?$/;
const STRING = /^"(?:[^"]|"")*"$/;
const SCALAR_CALL = /^(?:TODAY|NOW)\(\s*\)$/i;

export function argumentShape(text: string): ArgumentShape {
  const arg = text.trim();
  if (arg === '' || NUMBER.test(arg) || STRING.test(arg) || /^(?:TRUE|FALSE)$/i.test(arg) || SCALAR_CALL.test(arg)) {
    return { kind: 'literal' };
  }
  if (CELL.test(arg)) return { kind: 'cell' };
  const match = RANGE.exec(arg);
  if (match) {
    const [, sheet = '', sc$, startLetters, sr$, startRow, ec$, endLetters, er$, endRow] = match;
    const a = columnNumber(startLetters);
    const b = columnNumber(endLetters);
    return {
      kind: 'range',
      range: {
        sheet,
        startColumn: Math.min(a, b),
        endColumn: Math.max(a, b),
        startRow,
        endRow,
        absolute: { startColumn: sc$, startRow: sr$, endColumn: ec$, endRow: er$ },
      },
    };
  }
  // Whole rows (2:5), named ranges and expressions: only the spreadsheet knows their size.
  return { kind: 'unknown' };
}

/** True when the argument is certainly one value (a literal or one cell), so no array formula is needed. */
export function isSingleValue(shape: ArgumentShape): boolean {
  if (shape.kind === 'literal' || shape.kind === 'cell') return true;
  if (shape.kind !== 'range') return false;
  const { range } = shape;
  return range.startColumn === range.endColumn && range.startRow !== '' && range.startRow === range.endRow;
}

/** True when the argument is one row of cells (C2:E2), e.g. one row of competitor columns. */
export function isSingleRow(shape: ArgumentShape): boolean {
  if (shape.kind === 'literal' || shape.kind === 'cell') return true;
  return shape.kind === 'range' && shape.range.startRow !== '' && shape.range.startRow === shape.range.endRow;
}

/** The range's columns as separate one-column ranges with the same rows, e.g. C2:E → C2:C, D2:D, E2:E. */
export function splitColumns(range: A1Range): string[] {
  const { sheet, absolute } = range;
  const columns: string[] = [];
  for (let column = range.startColumn; column <= range.endColumn; column++) {
    const letters = columnLetters(column);
    const start = `${absolute.startColumn}${letters}${absolute.startRow}${range.startRow}`;
    const end = `${absolute.endColumn}${letters}${absolute.endRow}${range.endRow}`;
    columns.push(
      range.startRow !== '' && range.startRow === range.endRow ? `${sheet}${start}` : `${sheet}${start}:${end}`,
    );
  }
  return columns;
}

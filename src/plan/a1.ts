/**
 * A1 notation within one sheet, as plans use it: cells ('B2'), bounded ranges ('B2:D10'), column
 * spans ('P', 'P:Q') and row spans ('5', '5:7'). Rows and columns are 1-based. Pure.
 */

export interface CellAddress {
  row: number;
  column: number;
}

export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** 'A' → 1, 'Z' → 26, 'AA' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** 'B2' → { row: 2, column: 2 }. */
export function parseCell(a1: string): CellAddress {
  const match = CELL.exec(a1.trim());
  if (!match) throw new Error(`"${a1}" is not a cell address: write it like "B2".`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

function parseCorner(a1: string, corner: string): CellAddress {
  try {
    return parseCell(corner);
  } catch {
    throw new Error(`"${a1}" is not a bounded range: write both corners, like "B2:B61" (not "B2:B" or "B:B").`);
  }
}

/** 'B2:D10' (or a single cell 'B2') → its grid range. Open ranges like 'B2:B' are refused: plans need an end. */
export function parseRange(a1: string): GridRange {
  const [first, second, ...rest] = a1.split(':');
  if (rest.length > 0 || !first) throw new Error(`"${a1}" is not a range: write it like "B2:D10".`);
  const start = parseCell(first);
  const end = second === undefined ? start : parseCorner(a1, second);
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  return {
    row,
    column,
    numRows: Math.abs(end.row - start.row) + 1,
    numColumns: Math.abs(end.column - start.column) + 1,
  };
}

/** 'P' or 'P:Q' → the first column and how many. */
export function parseColumnSpan(span: string): { start: number; count: number } {
  const match = /^([A-Za-z]{1,3})(?::([A-Za-z]{1,3}))?$/.exec(span.trim());
  if (!match) throw new Error(`"${span}" is not a column span: write it like "P" or "P:Q".`);
  const a = columnNumber(match[1]);
  const b = match[2] ? columnNumber(match[2]) : a;
  return { start: Math.min(a, b), count: Math.abs(b - a) + 1 };
}

/** '5' or '5:7' → the first row and how many. */
export function parseRowSpan(span: string): { start: number; count: number } {
  const match = /^([1-9][0-9]{0,6})(?::([1-9][0-9]{0,6}))?$/.exec(span.trim());
  if (!match) throw new Error(`"${span}" is not a row span: write it like "5" or "5:7".`);
  const a = Number(match[1]);
  const b = match[2] ? Number(match[2]) : a;
  return { start: Math.min(a, b), count: Math.abs(b - a) + 1 };
}

/** { row: 2, column: 2 } → 'B2'. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A grid range → 'B2:D10' ('B2' for one cell). */
export function rangeA1(range: GridRange): string {
  const start = cellA1(range.row, range.column);
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${cellA1(range.row + range.numRows - 1, range.column + range.numColumns - 1)}`;
}

/** The grid range a block of `rows` × `columns` cells covers from its top-left cell. */
export function blockRange(start: string, grid: readonly (readonly unknown[])[]): GridRange {
  const { row, column } = parseCell(start);
  return { row, column, numRows: grid.length, numColumns: grid[0]?.length ?? 0 };
}

/** The smallest range covering all of them. */
export function boundingRange(ranges: readonly GridRange[]): GridRange {
  const top = Math.min(...ranges.map((r) => r.row));
  const left = Math.min(...ranges.map((r) => r.column));
  const bottom = Math.max(...ranges.map((r) => r.row + r.numRows - 1));
  const right = Math.max(...ranges.map((r) => r.column + r.numColumns - 1));
  return { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 };
}

import type { ChartView } from './chart.ts';

/**
 * What the preview's grid needs from a workbook: the sheets, what each cell shows and what the
 * user typed there. The grid knows nothing about HyperFormula; WorkbookGridModel (workbookGridModel.ts) answers these
 * questions from the in-memory workbook the add-on writes to.
 */

export type CellKind = 'empty' | 'number' | 'text' | 'boolean' | 'error';

export interface CellStyle {
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
}

/** One cell as Google Sheets would show it. */
export interface CellView {
  /** The formatted value ('12.3%', '$1,234.00', '#DIV/0!'). */
  text: string;
  kind: CellKind;
  /** Shown on hover: an error's message, or the cell's note. */
  title?: string;
  style?: CellStyle;
  hasNote?: boolean;
  /** A dropdown (data validation list) is on this cell. */
  hasDropdown?: boolean;
}

export interface GridModel {
  sheetNames(): string[];
  /** Rows and columns the grid shows (at least the used area, like Sheets' 1000 × 26 for a new sheet). */
  gridSize(sheet: number): { rows: number; columns: number };
  frozenRows(sheet: number): number;
  cell(sheet: number, row: number, column: number): CellView;
  /** The cells of one row in the given columns: what the grid renders, one row at a time. */
  rowCells(sheet: number, row: number, columns: readonly number[]): CellView[];
  /** What the formula bar shows: the formula as typed, or the raw value. */
  input(sheet: number, row: number, column: number): string;
  /** Commits what the user typed (a value or a formula) and recalculates what depends on it. */
  setInput(sheet: number, row: number, column: number, text: string): void;
  /** A width in pixels when the sheet sets one. */
  columnWidth(sheet: number, column: number): number | undefined;
  /** Columns and rows hidden by the sheet (the add-on hides its row-key column). */
  hiddenColumns(sheet: number): ReadonlySet<number>;
  hiddenRows(sheet: number): ReadonlySet<number>;
  /** The charts embedded in the sheet, with their data read from the cells. */
  charts(sheet: number): ChartView[];
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 'B7' for row 6, column 1 (0-based). */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

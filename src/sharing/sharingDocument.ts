/**
 * What "Prepare for sharing" needs from a spreadsheet, so the same code runs on Google Sheets
 * (spreadsheetSharingDocument.ts) and on the in-memory workbook (src/inMemory). Reads and writes
 * are per tab and per rectangle: the cost depends on the tabs and the changed cells, not on rows.
 */
import type { SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { CellValue, Plan } from '../plan/types.ts';
import type { SheetGrid } from './sharingChanges.ts';

/** A rectangle to write, top-left at row/column (1-based): formulas ('' clears a cell) or literal values. */
export type RectangleWrite =
  { row: number; column: number; formulas: string[][] } | { row: number; column: number; values: CellValue[][] };

export interface SharingDocument {
  /** Every tab with its formulas and values from A1 to the last cell with content; ids from Sheet.getSheetId(). */
  readSheets(): SheetGrid[];
  /** Writes rectangles on one tab, in order. */
  write(sheetId: number, writes: readonly RectangleWrite[]): void;
  /** The add-on's own sheets, as plan builders read them (the record lives in one). */
  snapshot(): SpreadsheetSnapshot;
  /** Applies a plan to the add-on's own sheets (the record sheet). */
  applyPlan(plan: Plan): void;
}

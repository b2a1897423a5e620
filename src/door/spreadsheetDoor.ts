/**
 * The one door between the add-on's commands and a spreadsheet. The goal wizard, Build report, Prepare
 * for sharing and its undo (src/commands/) are each written once against it; it is implemented once for
 * Google Sheets (src/server/appsScriptDoor.ts, the only place that calls SpreadsheetApp, LockService,
 * Session and Utilities for them) and once for the in-memory workbook of the tests, the sidebar's local
 * server and the preview (src/inMemory/workbookDoor.ts).
 *
 * Reads and writes cost calls per tab and per rectangle, never per row or per KPI. The dialogs a command
 * shows go through a second, small port (CommandDialogs), so the preview supplies its own.
 */
import type { Language } from '../catalog/types.ts';
import type { SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { ApplyResult, CellValue, Plan, SheetKey } from '../plan/types.ts';

/** A whole tab as read: ids from Sheet.getSheetId(); formulas and values from A1 to the last cell with content. */
export interface SheetGrid {
  sheetId: number;
  name: string;
  formulas: string[][];
  values: CellValue[][];
}

/** A rectangle to write, top-left at row/column (1-based): formulas ('' clears a cell) or literal values. */
export type RectangleWrite =
  { row: number; column: number; formulas: string[][] } | { row: number; column: number; values: CellValue[][] };

/** A cell to write into a tab: a literal value (stored exactly as it is, a date as its serial number), or a formula. */
export type WrittenCell = CellValue | { formula: string };

/** A rectangle of a tab written in one go (top-left at row/column, 1-based), with its notes when given. */
export interface TabRectangle {
  row: number;
  column: number;
  cells: WrittenCell[][];
  notes?: string[][];
}

/** What a command writes into one tab: its rectangles, the grid they need, and columns to hide. */
export interface TabWrite {
  rectangles: TabRectangle[];
  /** The tab must have at least this many rows and columns (it is grown first when it has fewer). */
  rows: number;
  columns: number;
  /** The number format rows added to the tab get in these columns (a date column's dates show as dates). */
  grownFormats?: { column: number; format: string }[];
  hideColumns?: number[];
}

/** One tab's cells as read: A1 to the last cell with content (Dates as serial numbers). */
export interface TabCells {
  values: CellValue[][];
  formulas: string[][];
}

export interface SpreadsheetDoor {
  /** The add-on's own tabs (found by their metadata), as plan builders read them, and the time zone. */
  readSnapshot(): SpreadsheetSnapshot;
  /** Writes a plan into the add-on's own tabs, creating and growing them first. */
  applyPlan(plan: Plan): ApplyResult;
  /**
   * Runs read → plan → apply so that no one else writes in between, and sends every write before
   * letting go. When the lock cannot be had it throws, in `language` (else in the door's `language()`,
   * asked only then, so a run that gets the lock reads nothing extra).
   */
  withLock<T>(work: () => T, language?: Language): T;
  /** Brings an add-on tab to the front; false when it does not exist. */
  activate(key: SheetKey): boolean;
  /** The user's locale, e.g. 'da_DK', or null when unknown. */
  userLocale(): string | null;
  /** 'YYYY-MM-DD' today in the spreadsheet's time zone. */
  today(): string;
  /**
   * The language of the command's messages before it has read anything else (src/wizard/commandLanguage.ts:
   * the KPI map's, else the user's). Reads the map's tab only.
   */
  language(): Language;
  /** Every tab, the user's too: what Prepare for sharing scans. */
  readSheets(): SheetGrid[];
  /** Writes rectangles into one tab (any tab, by its id from readSheets), in order. */
  write(sheetId: number, writes: readonly RectangleWrite[]): void;
  /**
   * A tab's cells as Sheets shows them (Range.getDisplayValues: one call), A1 to the last cell with
   * content, or null when there is no tab of that name. What the import reads from a tab the user
   * brought in with File → Import (LinkedIn's XLS exports).
   */
  displayValues(tabName: string): string[][] | null;
  /**
   * One tab by its id, without looking for the add-on's other tabs: the sheet by id, its data range, values
   * and formulas (and the time zone once). null when there is no tab with that id. What the import reads.
   */
  readTab(sheetId: number): TabCells | null;
  /** The notes of the range readTab read (one call), '' where a cell has none; null without the tab. */
  tabNotes(sheetId: number): string[][] | null;
  /** Writes into one tab by id: grows it first when needed, then each rectangle (getRange, setValues, setNotes). */
  writeTab(sheetId: number, write: TabWrite): void;
}

/** What a menu command says to the user: Sheets' ui.alert on Google Sheets, the page's own dialogs in the preview. */
export interface CommandDialogs {
  /** A message with an OK button. */
  alert(title: string, message: string): void;
  /** A question with OK and Cancel; true for OK. */
  confirm(title: string, message: string): boolean;
  /**
   * The closing line of a command whose result is already in front of the user (Build report brings its
   * tab to the front): Google Sheets shows nothing, the preview writes it in its status line.
   */
  status(message: string): void;
}

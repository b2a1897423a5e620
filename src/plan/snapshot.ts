/**
 * What a plan builder reads before it plans: the add-on's sheets (found by their developer metadata
 * key, whatever the tab is called now), their values and formulas, and each row's stable key.
 * JSON-safe. Produced by readSnapshot (Google Sheets) and by the in-memory workbook alike.
 *
 * Why rows are keyed by a hidden key column (header ROW_KEY_HEADER) and not by row developer metadata:
 * - Cheap: the keys come with the one getValues call that reads the sheet anyway, and are written with
 *   the value blocks. Row metadata costs a call per row to write (addDeveloperMetadata) and several per
 *   row to read (getLocation().getRow(), getValue()), so its cost grows with the number of KPIs.
 * - Robust: a key column is cell content, so it moves with its row whenever the row's content moves:
 *   sorting (Data › Sort sheet, a filter's sort, which span the whole row), inserted rows, cut and
 *   paste of whole rows. It survives renamed tabs because sheets are found by sheet metadata. It is
 *   found by its header text, so inserted columns do not lose it either.
 * - Known limit: a user who selects only some columns and sorts that range leaves the keys behind.
 *   Row metadata would not follow such a range sort either (it is attached to the row, not the cells),
 *   so neither option does better; plan builders can check a key against the row's visible content.
 */
import type { CellValue, SheetKey } from './types.ts';

/** One row that carries a key in the key column. */
export interface KeyedRow {
  key: string;
  /** 1-based row number where the row is now. */
  row: number;
}

export interface SheetSnapshot {
  key: SheetKey;
  /** Stable id of the tab (Sheet.getSheetId()). */
  sheetId: number;
  /** The tab name now (the user may have renamed it). */
  name: string;
  hidden: boolean;
  /**
   * Evaluated values from A1 to the last row and column with content. Empty cells are ''. Dates are
   * Sheets serial numbers (days since 1899-12-30, fraction = time of day), read in the spreadsheet's
   * time zone, so a date written from a plan reads back as the number the plan wrote.
   */
  values: CellValue[][];
  /** Same shape as values: the formula of each cell ('=...') or '' for a literal. */
  formulas: string[][];
  /** 1-based column holding ROW_KEY_HEADER, or null when the sheet has none. */
  keyColumn: number | null;
  /** 1-based row of the ROW_KEY_HEADER cell (the header row), or null. */
  headerRow: number | null;
  /** Every row below the header row with a non-empty key, top to bottom. */
  rows: KeyedRow[];
}

export interface SpreadsheetSnapshot {
  /** The add-on's sheets that exist now. A key appears at most once (a duplicated tab's copy counts as the user's). */
  sheets: SheetSnapshot[];
  /** Tab names of every sheet the add-on did not create: never touched, and new tabs must not clash with them. */
  otherSheetNames: string[];
  /** IANA time zone of the spreadsheet, e.g. 'Europe/Copenhagen'. */
  timeZone: string;
}

/** The snapshot of one add-on sheet, or undefined when it does not exist (yet). */
export function findSheet(snapshot: SpreadsheetSnapshot, key: SheetKey): SheetSnapshot | undefined {
  return snapshot.sheets.find((sheet) => sheet.key === key);
}

/** The id a SheetPlan needs: the sheet's id when the snapshot has it, else null (to be created). */
export function sheetIdOf(snapshot: SpreadsheetSnapshot, key: SheetKey): number | null {
  return findSheet(snapshot, key)?.sheetId ?? null;
}

/**
 * "Prepare for sharing" and its undo, through the spreadsheet door (Google Sheets or the in-memory workbook).
 *
 * Prepare: every formula that calls the add-on's functions is rewritten into the catalog's native
 * formula, or frozen to the values it shows when no exact native formula exists. Each original
 * formula is kept in the hidden record sheet (add-on key 'sharingBackup') with a fingerprint of what
 * was written, so undo restores exactly the cells nobody has edited since, and reports the others.
 * Nothing else in the spreadsheet is written.
 */
import { findSheet, type SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { CellValue, Plan } from '../plan/types.ts';
import { fingerprint, isErrorValue, planSharingChanges, type SharingChange, type SheetGrid } from './sharingChanges.ts';
import type { RectangleWrite, SpreadsheetDoor } from '../door/spreadsheetDoor.ts';

/** What sharing uses of the door: every tab read and written by rectangles, and its record tab as a plan. */
export type SharingDocument = Pick<SpreadsheetDoor, 'readSheets' | 'write' | 'readSnapshot' | 'applyPlan'>;

/** The add-on key of the hidden sheet that records every original formula. */
export const SHARING_BACKUP_KEY = 'sharingBackup';
export const SHARING_BACKUP_NAME = 'Social KPI Kit sharing backup';
const RECORD_HEADER = ['Sheet id', 'Sheet', 'Cell', 'Original formula', 'Action', 'Written', 'Rows', 'Columns'];

/** One line of the record: enough to restore the original and to check nobody edited the cell since. */
export interface SharingRecord extends Pick<
  SharingChange,
  'sheetId' | 'sheetName' | 'cell' | 'row' | 'column' | 'original' | 'action'
> {
  /** The formula as the sheet holds it after the rewrite, or the fingerprint of the frozen values. */
  written: string;
  rows: number;
  columns: number;
}

export interface PrepareResult {
  changes: SharingChange[];
  /** Native rewrites that could not spill (other data in the way) and were frozen instead. */
  frozenInstead: number;
}

export interface UndoResult {
  restored: number;
  /** Cells someone edited after "Prepare for sharing": left as they are now. */
  skipped: { sheetName: string; cell: string; original: string }[];
}

/** Every tab the user works in: the record sheet itself is never scanned. */
function userSheets(document: SharingDocument, snapshot: SpreadsheetSnapshot): SheetGrid[] {
  const recordId = findSheet(snapshot, SHARING_BACKUP_KEY)?.sheetId;
  return document.readSheets().filter((grid) => grid.sheetId !== recordId);
}

/** The changes "Prepare for sharing" would make now, for the confirm dialog. Writes nothing. */
export function previewSharingChanges(document: SharingDocument): SharingChange[] {
  return planSharingChanges(userSheets(document, document.readSnapshot()));
}

function area(grid: SheetGrid | undefined, row: number, column: number, rows: number, columns: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells: CellValue[] = [];
    for (let c = 0; c < columns; c++) {
      const value = grid?.values[row - 1 + r]?.[column - 1 + c];
      cells.push(value === null || value === undefined ? '' : value);
    }
    out.push(cells);
  }
  return out;
}

function formulaAt(grid: SheetGrid | undefined, row: number, column: number): string {
  return grid?.formulas[row - 1]?.[column - 1] ?? '';
}

/**
 * Formula writes stacked in one column (one cell wide, each starting where the last ends) become one
 * setFormulas rectangle: a column of 1000 per-row formulas costs one call, not 1000.
 */
function mergeColumnRuns(writes: readonly RectangleWrite[]): RectangleWrite[] {
  const sorted = [...writes].sort((a, b) => a.column - b.column || a.row - b.row);
  const merged: RectangleWrite[] = [];
  for (const write of sorted) {
    const last = merged[merged.length - 1];
    const oneWide = 'formulas' in write && write.formulas[0].length === 1;
    if (
      oneWide &&
      last !== undefined &&
      'formulas' in last &&
      last.formulas[0].length === 1 &&
      last.column === write.column &&
      last.row + last.formulas.length === write.row
    ) {
      last.formulas.push(...write.formulas.map((row) => [...row]));
    } else {
      merged.push('formulas' in write ? { ...write, formulas: write.formulas.map((row) => [...row]) } : write);
    }
  }
  return merged;
}

/** Native rewrites as formula writes, frozen cells as value writes. */
function writesFor(changes: readonly SharingChange[]): RectangleWrite[] {
  return mergeColumnRuns(
    changes.map((change) =>
      change.action === 'freeze'
        ? { row: change.row, column: change.column, values: change.values }
        : { row: change.row, column: change.column, formulas: [[change.formula as string]] },
    ),
  );
}

function groupBySheet<T extends { sheetId: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.sheetId) ?? [];
    group.push(item);
    groups.set(item.sheetId, group);
  }
  return groups;
}

interface RecordSheet {
  records: SharingRecord[];
  rowsInSheet: number;
  sheetId: number | null;
}

function readRecords(snapshot: SpreadsheetSnapshot): RecordSheet {
  const sheet = findSheet(snapshot, SHARING_BACKUP_KEY);
  if (!sheet) return { records: [], rowsInSheet: 0, sheetId: null };
  const records: SharingRecord[] = [];
  for (const row of sheet.values.slice(1)) {
    const [sheetId, sheetName, cell, original, action, written, rows, columns] = row;
    if (typeof sheetId !== 'number' || (action !== 'native' && action !== 'freeze')) continue;
    const match = /^([A-Z]+)([0-9]+)$/.exec(String(cell));
    if (!match) continue;
    let column = 0;
    for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
    records.push({
      sheetId,
      sheetName: String(sheetName),
      cell: String(cell),
      row: Number(match[2]),
      column,
      original: String(original),
      action,
      written: String(written),
      rows: Number(rows) || 1,
      columns: Number(columns) || 1,
    });
  }
  return { records, rowsInSheet: sheet.values.length, sheetId: sheet.sheetId };
}

/**
 * The record sheet as a plan: a header and one row per record, every cell literal text or a number
 * (original formulas are stored as text, never evaluated). Rows of an older, longer record are cleared.
 */
function recordPlan(records: readonly SharingRecord[], { rowsInSheet, sheetId }: RecordSheet): Plan {
  const values: CellValue[][] = [
    RECORD_HEADER,
    ...records.map((r) => [r.sheetId, r.sheetName, r.cell, r.original, r.action, r.written, r.rows, r.columns]),
  ];
  while (values.length < rowsInSheet) values.push(RECORD_HEADER.map(() => null));
  return {
    sheets: [
      {
        key: SHARING_BACKUP_KEY,
        sheetId,
        name: SHARING_BACKUP_NAME,
        create: true,
        hidden: true,
        values: [{ start: 'A1', values }],
      },
    ],
  };
}

/** Rewrites or freezes every formula that uses the add-on's functions and records the originals. */
export function prepareForSharing(document: SharingDocument): PrepareResult {
  // One read of the add-on's tabs: only the record tab is used, and nothing but this run writes it.
  const snapshot = document.readSnapshot();
  const before = userSheets(document, snapshot);
  const changes = planSharingChanges(before);
  if (changes.length === 0) return { changes, frozenInstead: 0 };
  const bySheet = groupBySheet(changes);
  for (const [sheetId, sheetChanges] of bySheet) document.write(sheetId, writesFor(sheetChanges));

  // A native array formula needs every cell it spills into to be empty; if another value is in the way
  // it shows an error where the custom function did not. Those cells are frozen instead.
  const after = new Map(document.readSheets().map((grid) => [grid.sheetId, grid]));
  const blocked: SharingChange[] = [];
  for (const change of changes) {
    if (change.action !== 'native') continue;
    const now = after.get(change.sheetId)?.values[change.row - 1]?.[change.column - 1] ?? '';
    const was = change.values[0]?.[0] ?? '';
    if (isErrorValue(now) && !isErrorValue(was)) blocked.push(change);
  }
  for (const change of blocked) {
    change.action = 'freeze';
    change.reason = 'The native formula would spill into cells that hold other data.';
    delete change.formula;
  }
  for (const [sheetId, sheetChanges] of groupBySheet(blocked)) document.write(sheetId, writesFor(sheetChanges));
  const final = blocked.length > 0 ? new Map(document.readSheets().map((grid) => [grid.sheetId, grid])) : after;

  const recordSheet = readRecords(snapshot);
  const { records } = recordSheet;
  for (const change of changes) {
    const grid = final.get(change.sheetId);
    const rows = change.action === 'freeze' ? Math.max(1, change.values.length) : 1;
    const columns = change.action === 'freeze' ? Math.max(1, change.values[0]?.length ?? 1) : 1;
    records.push({
      sheetId: change.sheetId,
      sheetName: change.sheetName,
      cell: change.cell,
      row: change.row,
      column: change.column,
      original: change.original,
      action: change.action,
      written:
        change.action === 'native'
          ? formulaAt(grid, change.row, change.column)
          : fingerprint(area(grid, change.row, change.column, rows, columns)),
      rows,
      columns,
    });
  }
  document.applyPlan(recordPlan(records, recordSheet));
  return { changes, frozenInstead: blocked.length };
}

/** Puts every recorded original formula back where the cell still holds what "Prepare for sharing" wrote. */
export function undoPrepareForSharing(document: SharingDocument): UndoResult {
  const recordSheet = readRecords(document.readSnapshot());
  const { records } = recordSheet;
  if (records.length === 0) return { restored: 0, skipped: [] };
  const grids = document.readSheets();
  const byId = new Map(grids.map((grid) => [grid.sheetId, grid]));
  const skipped: UndoResult['skipped'] = [];
  const restores: (RectangleWrite & { sheetId: number })[] = [];
  // Newest first: a cell prepared twice goes back to its first original.
  for (const record of [...records].reverse()) {
    const grid = byId.get(record.sheetId) ?? grids.find((g) => g.name === record.sheetName);
    const formula = formulaAt(grid, record.row, record.column);
    const untouched =
      grid !== undefined &&
      (record.action === 'native'
        ? formula === record.written
        : formula === '' &&
          fingerprint(area(grid, record.row, record.column, record.rows, record.columns)) === record.written);
    if (!untouched) {
      skipped.push({ sheetName: grid?.name ?? record.sheetName, cell: record.cell, original: record.original });
      continue;
    }
    // The original formula in its cell; the frozen cells it used to spill into are emptied again.
    const formulas = Array.from({ length: record.rows }, (_, r) =>
      Array.from({ length: record.columns }, (_, c) => (r === 0 && c === 0 ? record.original : '')),
    );
    restores.push({ sheetId: grid.sheetId, row: record.row, column: record.column, formulas });
  }
  for (const [sheetId, writes] of groupBySheet(restores)) document.write(sheetId, mergeColumnRuns(writes));
  document.applyPlan(recordPlan([], recordSheet));
  return { restored: restores.length, skipped };
}

/**
 * The import's hidden record tab (key IMPORT_RECORD_KEY): what the add-on must remember between imports,
 * read from the snapshot and written back whole by each import's plan (one value block, one call).
 * - 'mapping' rows: a column mapping the user made for headers the add-on did not know (SavedMapping);
 * - 'source' rows: per "KPI data" cell the import filled (period|channel|input), the number it wrote and
 *   the export column it came from, so a value a user typed over is told apart from an imported one and a
 *   change of source column between periods is flagged;
 * - 'undo' rows: the last import's cells as they were before, in chunks that fit a cell.
 * A hidden tab rather than developer metadata: the plan/apply path writes cells in batches and the
 * snapshot already reads every add-on tab, so remembering costs no extra call. Pure.
 */
import { findSheet, type SheetSnapshot, type SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { CellValue } from '../plan/types.ts';
import type { SavedMapping } from '../shared/importApi.ts';

export const IMPORT_RECORD_KEY = 'importRecord';
export const RECORD_HEADER = 'socialKpiKit.importRecord';
/** Cells hold at most 50,000 characters; the undo record is cut into pieces well below. */
const CHUNK = 40_000;

/** What the import wrote into one "KPI data" cell. */
export interface SourceEntry {
  value: number;
  column: string;
  /** The source-change note the import put on the cell, if any. */
  note?: string;
}

/** One cell as it was before the last import, and what the import wrote there. */
export interface UndoCell {
  row: number;
  column: number;
  before: CellValue;
  after: CellValue;
  /** The formula the cell held before, when it held one. */
  formula?: string;
}

export interface UndoNote {
  row: number;
  column: number;
  before: string;
  after: string;
}

export interface UndoRecord {
  cells: UndoCell[];
  notes: UndoNote[];
  /** The source entries the import replaced (null: there was none). */
  sources: [string, SourceEntry | null][];
}

export interface ImportRecord {
  sheet: SheetSnapshot | undefined;
  mappings: SavedMapping[];
  sources: Map<string, SourceEntry>;
  undo: UndoRecord | null;
}

/** The record's key of one "KPI data" cell the import filled: its period, channel and input. */
export interface ImportCellKey {
  period: string;
  channel: string;
  input: string;
}

export function cellKey(period: string, channel: string, input: string): string {
  return `${period}|${channel}|${input}`;
}

/** Reads a key cellKey wrote; missing parts come back as ''. */
export function parseCellKey(key: string): ImportCellKey {
  const [period = '', channel = '', input = ''] = key.split('|');
  return { period, channel, input };
}

function parse(text: CellValue): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isMapping(value: unknown): value is SavedMapping {
  const m = value as SavedMapping | null;
  return (
    !!m &&
    typeof m.headersKey === 'string' &&
    typeof m.grain === 'string' &&
    typeof m.channel === 'string' &&
    (m.dateColumn === null || typeof m.dateColumn === 'string') &&
    typeof m.columns === 'object' &&
    m.columns !== null
  );
}

function isSource(value: unknown): value is SourceEntry {
  const s = value as SourceEntry | null;
  return !!s && typeof s.value === 'number' && typeof s.column === 'string';
}

function isUndo(value: unknown): value is UndoRecord {
  const u = value as UndoRecord | null;
  return !!u && Array.isArray(u.cells) && Array.isArray(u.notes) && Array.isArray(u.sources);
}

/** The record as stored; a row a user damaged is skipped (it only loses what it remembered). */
export function readImportRecord(snapshot: SpreadsheetSnapshot): ImportRecord {
  const sheet = findSheet(snapshot, IMPORT_RECORD_KEY);
  const record: ImportRecord = { sheet, mappings: [], sources: new Map(), undo: null };
  let undoText = '';
  for (const [kind, key, data] of sheet?.values.slice(1) ?? []) {
    if (kind === 'mapping') {
      const value = parse(data);
      if (isMapping(value)) record.mappings.push(value);
    } else if (kind === 'source' && typeof key === 'string') {
      const value = parse(data);
      if (isSource(value)) record.sources.set(key, value);
    } else if (kind === 'undo' && typeof data === 'string') undoText += data;
  }
  const undo = undoText === '' ? null : parse(undoText);
  record.undo = isUndo(undo) ? undo : null;
  return record;
}

/** The record tab's rows (header first), as the next plan writes them. */
export function recordRows(
  mappings: readonly SavedMapping[],
  sources: ReadonlyMap<string, SourceEntry>,
  undo: UndoRecord | null,
): CellValue[][] {
  const rows: CellValue[][] = [[RECORD_HEADER, 'key', 'data']];
  for (const mapping of mappings) rows.push(['mapping', mapping.headersKey, JSON.stringify(mapping)]);
  for (const [key, entry] of [...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    rows.push(['source', key, JSON.stringify(entry)]);
  if (undo) {
    const text = JSON.stringify(undo);
    for (let i = 0, part = 1; i < text.length; i += CHUNK, part++)
      rows.push(['undo', String(part), text.slice(i, i + CHUNK)]);
  }
  return rows;
}

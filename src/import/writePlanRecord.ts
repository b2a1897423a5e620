/**
 * What the import remembers between imports, kept on "KPI data" itself: one hidden column (key
 * IMPORT_RECORD_COLUMN, made by the wizard beside the note column) holds, in each row an import wrote, a
 * small JSON record of that row:
 * - `k`: the row's period and channel when it was written (a record whose row now holds another period or
 *   channel, e.g. after a sort of some columns only, is not trusted: its numbers count as typed);
 * - `i`: the import that last wrote the row (imports are numbered 1, 2, …);
 * - `s`: per input, the number the import wrote and the export column it came from (SourceEntry), so a value a
 *   user typed over is told apart from an imported one and a change of source column is flagged;
 * - `u`: how to put the row back as it was before import `i` (its cells, its notes and its record before);
 * - `x`: the last import undone, so Undo import undoes one import, not the one before it over the same rows;
 * - `m`: the column mappings a user made for headers the add-on did not know, as of import `m.i` (the newest
 *   wins).
 * Why a column and not a hidden tab: the one read of "KPI data" an import needs anyway brings the record
 * along, and the one rectangle it writes takes the record with it, so an import costs the same few calls
 * however many rows it writes (bench/README.md). Pure.
 */
import type { CellValue } from '../plan/types.ts';
import type { SheetSnapshot } from '../plan/snapshot.ts';
import type { SavedMapping } from '../shared/importApi.ts';
import type { ChannelId } from '../shared/wizardApi.ts';
import { CHANNEL_KEY, PERIOD_KEY } from '../wizard/dataColumns.ts';
import { IMPORT_RECORD_KEY } from '../wizard/importRecordColumn.ts';
import { channelOfCell } from '../wizard/currentChoices.ts';
import { cellOf, type DataLayout } from '../wizard/mapLayout.ts';
import { fromSerialDate, toSerialDate } from '../plan/serialDate.ts';

/** Cells hold at most 50,000 characters; the mappings kept are the newest that fit well below. */
const MAPPINGS_BUDGET = 30_000;

/** What the import wrote into one "KPI data" cell. */
export interface SourceEntry {
  value: number;
  column: string;
  /** The source-change note the import put on the cell, if any. */
  note?: string;
}

/** One cell of a row as it was before an import: its column key, value, formula, and what the import wrote. */
export interface RecordedCell {
  c: string;
  b: CellValue;
  a: CellValue;
  f?: string;
}

/** A note an import changed: before and after. */
export interface RecordedNote {
  c: string;
  b: string;
  a: string;
}

export interface RowUndo {
  cells: RecordedCell[];
  notes: RecordedNote[];
  /** The row's record before the import (null: it had none). */
  prev: { i: number; s: Record<string, SourceEntry> } | null;
  /** The import added the row. */
  added?: true;
}

export interface RowRecord {
  k: string;
  i: number;
  s: Record<string, SourceEntry>;
  u?: RowUndo;
  x?: number;
  m?: { i: number; list: SavedMapping[] };
}

/** The record of every row of "KPI data", and what follows from it. */
export interface ImportRecord {
  /** The record column (1-based), or undefined when "KPI data" has none yet. */
  column: number | undefined;
  /** Row → its record, for the rows whose record matches their period and channel. */
  rows: Map<number, RowRecord>;
  /** The number of the last import (or of the last one undone): the next import is this + 1. */
  last: number;
  /** The remembered mappings as the newest record holds them (with the import that stored them), if any. */
  mappings: NonNullable<RowRecord['m']> | null;
  /** period|channel|input → what the import wrote there. */
  sources: Map<string, SourceEntry>;
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

/** A row's period and channel as its record names them: 'YYYY-MM-DD|channel'. */
export function rowRecordKey(period: string, channel: string): string {
  return `${period}|${channel}`;
}

/** A period cell as 'YYYY-MM-DD': a date serial number, or text typed as a date; null otherwise. */
export function periodOfCell(value: CellValue): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 3e6) return fromSerialDate(value);
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (match) {
      try {
        toSerialDate(match[0]);
        return match[0];
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The period (as written) and channel a row of "KPI data" holds, or null when either cell is not one. */
export function rowIdentity(
  sheet: SheetSnapshot | null,
  layout: DataLayout,
  row: number,
): { period: string; channel: ChannelId } | null {
  const periodColumn = layout.columns.get(PERIOD_KEY);
  const channelColumn = layout.columns.get(CHANNEL_KEY);
  if (!sheet || periodColumn === undefined || channelColumn === undefined) return null;
  const period = periodOfCell(cellOf(sheet, row, periodColumn));
  const channel = channelOfCell(cellOf(sheet, row, channelColumn));
  return period === null || channel === null ? null : { period, channel };
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sourcesOf(value: unknown): Record<string, SourceEntry> {
  const sources: Record<string, SourceEntry> = {};
  if (!isObject(value)) return sources;
  for (const [input, entry] of Object.entries(value)) {
    const s = entry as SourceEntry | null;
    if (isObject(s) && typeof s.value === 'number' && typeof s.column === 'string') sources[input] = s;
  }
  return sources;
}

/** A record cell as stored, or null when it is empty or was damaged (the row then only loses what it remembered). */
export function parseRowRecord(cell: CellValue): RowRecord | null {
  // A record cell a user formatted as plain text may keep setValues' text escape: the record is what follows.
  const text = typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;
  if (typeof text !== 'string' || !text.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(parsed) || typeof parsed.k !== 'string' || !Number.isInteger(parsed.i)) return null;
  const record: RowRecord = { k: parsed.k, i: parsed.i as number, s: sourcesOf(parsed.s) };
  const u = parsed.u as RowUndo | undefined;
  if (isObject(u) && Array.isArray(u.cells) && Array.isArray(u.notes)) {
    record.u = {
      cells: u.cells.filter((cell) => isObject(cell) && typeof cell.c === 'string'),
      notes: u.notes.filter((note) => isObject(note) && typeof note.c === 'string' && typeof note.b === 'string'),
      prev: isObject(u.prev) && Number.isInteger(u.prev.i) ? { i: u.prev.i, s: sourcesOf(u.prev.s) } : null,
      ...(u.added === true ? { added: true as const } : {}),
    };
  }
  if (Number.isInteger(parsed.x)) record.x = parsed.x as number;
  const m = parsed.m as RowRecord['m'];
  if (isObject(m) && Number.isInteger(m.i) && Array.isArray(m.list))
    record.m = { i: m.i, list: m.list.filter(isMapping) };
  return record;
}

/** The text a record cell holds. */
export function rowRecordText(record: RowRecord): string {
  return JSON.stringify(record);
}

/** The mappings to keep: the newest last, as many as fit the budget (older ones go first). */
export function keptMappings(mappings: readonly SavedMapping[]): SavedMapping[] {
  const kept = [...mappings];
  while (kept.length > 0 && JSON.stringify(kept).length > MAPPINGS_BUDGET) kept.shift();
  return kept;
}

/** The record of every row of "KPI data" (its hidden record column). */
export function readImportRecord(sheet: SheetSnapshot | null, layout: DataLayout): ImportRecord {
  const column = layout.columns.get(IMPORT_RECORD_KEY);
  const record: ImportRecord = { column, rows: new Map(), last: 0, mappings: null, sources: new Map() };
  if (!sheet || column === undefined) return record;
  for (let row = layout.labelRow + 1; row <= layout.lastRow; row++) {
    const parsed = parseRowRecord(cellOf(sheet, row, column));
    if (!parsed) continue;
    record.last = Math.max(record.last, parsed.i, parsed.x ?? 0, parsed.m?.i ?? 0);
    if (parsed.m && (!record.mappings || parsed.m.i > record.mappings.i)) record.mappings = parsed.m;
    const identity = rowIdentity(sheet, layout, row);
    // A record left behind by a sort of some columns only belongs to another row: not trusted.
    if (!identity || rowRecordKey(identity.period, identity.channel) !== parsed.k) continue;
    record.rows.set(row, parsed);
    for (const [input, entry] of Object.entries(parsed.s))
      record.sources.set(cellKey(identity.period, identity.channel, input), entry);
  }
  return record;
}

/**
 * From "KPI data" as read and an ImportBatch (the period × channel × input values the browser aggregated),
 * the write that puts them there, its preview, and the write that undoes the last import. Pure.
 *
 * - Rows are found by their period and channel cells (a date in any format the cell holds, a channel
 *   label in any language); a period × channel the tab does not have yet is appended below the last row.
 * - A value is replaced, never added to: importing the same file again, or one that overlaps it, writes
 *   the same numbers into the same cells, so nothing is counted twice.
 * - A cell a user typed (not blank, and not the number the import wrote there last) is kept unless the
 *   user asked to overwrite typed values; a formula counts as typed.
 * - Each value's export column is recorded in the row's record (writePlanRecord.ts); when it differs from the
 *   column that filled the same input and channel in the period before, the cell gets a note saying so.
 * - The SpreadsheetApp calls do not grow with the rows: everything is one rectangle of "KPI data", from the
 *   first to the last row and column touched, the hidden record column included. Cells between are
 *   written again with what they hold (a formula as its formula), so nothing else changes.
 */
import { INPUTS, type InputName } from '../catalog/inputs.ts';
import type { Language } from '../catalog/types.ts';
import type { TabRectangle, TabWrite, WrittenCell } from '../door/spreadsheetDoor.ts';
import type { SheetSnapshot } from '../plan/snapshot.ts';
import type { CellValue } from '../plan/types.ts';
import type {
  ImportBatch,
  ImportPreview,
  ImportPreviewCell,
  ImportSummary,
  ImportedValue,
  SavedMapping,
} from '../shared/importApi.ts';
import type { Cadence, ChannelId } from '../shared/wizardApi.ts';
import { columnRuns, setCell, type CellGrid } from '../wizard/cellBlocks.ts';
import { CHANNEL_KEY, KEY_PREFIX, PERIOD_KEY } from '../wizard/dataColumns.ts';
import { IMPORT_RECORD_KEY, IMPORT_RECORD_TEXTS } from '../wizard/importRecordColumn.ts';
import { cellOf, formulaOf, readDataLayout, type DataLayout } from '../wizard/mapLayout.ts';
import { DATE_FORMAT } from '../wizard/sheetStyle.ts';
import { channelText } from '../wizard/taxonomyTexts.ts';
import { toSerialDate } from '../plan/serialDate.ts';
import { periodStart } from './periods.ts';
import {
  cellKey,
  keptMappings,
  parseCellKey,
  parseRowRecord,
  readImportRecord,
  rowIdentity,
  rowRecordKey,
  rowRecordText,
  type ImportRecord,
  type RecordedCell,
  type RecordedNote,
  type RowRecord,
  type SourceEntry,
} from './writePlanRecord.ts';
import { IMPORT_TEXTS } from './writePlanTexts.ts';

const inputKey = (input: string) => `${KEY_PREFIX}input.${input}`;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A period × channel row the import adds below the last filled row of "KPI data". */
interface NewRow {
  row: number;
  period: string;
  channel: ChannelId;
}

/** One value of the batch, where it goes and what is there now. */
interface Target {
  value: ImportedValue;
  row: number;
  column: number;
  /** null: blank (or a row the import appends). */
  current: CellValue;
  formula: string;
  typed: boolean;
  differs: boolean;
  sourceChangedFrom: string | null;
}

interface Planned {
  sheet: SheetSnapshot;
  layout: DataLayout;
  record: ImportRecord;
  targets: Target[];
  /** period|channel → row the import appends. */
  newRows: Map<string, NewRow>;
  /** Inputs without a column on "KPI data" (left out). */
  missing: InputName[];
}

/** The last value per period × channel × input (a later file in the batch wins over an earlier one). */
function latestValues(values: readonly ImportedValue[]): ImportedValue[] {
  const byKey = new Map<string, ImportedValue>();
  for (const value of values) byKey.set(cellKey(value.period, value.channel, value.input), value);
  return [...byKey.values()];
}

/** Whether a row holds anything (a value or a formula) outside the column `except`. */
function filled(sheet: SheetSnapshot, row: number, except: number | undefined): boolean {
  const values = sheet.values[row - 1] ?? [];
  const formulas = sheet.formulas[row - 1] ?? [];
  return (
    values.some((value, i) => value !== '' && value !== null && i + 1 !== except) ||
    formulas.some((formula) => formula !== '')
  );
}

/**
 * The last row holding anything but a record (blank rows at the end, e.g. left by an undone import, whose
 * hidden record remembers the undo, do not count).
 */
function lastFilledRow(sheet: SheetSnapshot, layout: DataLayout): number {
  const record = layout.columns.get(IMPORT_RECORD_KEY);
  for (let row = layout.lastRow; row > layout.labelRow; row--) if (filled(sheet, row, record)) return row;
  return layout.labelRow;
}

/** Where each value of the batch goes; null when "KPI data" is missing or its columns cannot be found. */
function planTargets(sheet: SheetSnapshot | null, batch: ImportBatch, cadence: Cadence): Planned | null {
  const layout = readDataLayout(sheet ?? undefined);
  if (!sheet || layout.found === 'lost' || !layout.columns.has(PERIOD_KEY) || !layout.columns.has(CHANNEL_KEY))
    return null;
  const record = readImportRecord(sheet, layout);

  // The rows there are: period (bucketed by the cadence, so a row dated the 15th still matches) × channel.
  const rows = new Map<string, number>();
  for (let row = layout.labelRow + 1; row <= layout.lastRow; row++) {
    const identity = rowIdentity(sheet, layout, row);
    if (!identity) continue;
    const { period, channel } = identity;
    for (const key of [rowRecordKey(period, channel), rowRecordKey(periodStart(period, cadence), channel)])
      if (!rows.has(key)) rows.set(key, row);
  }

  const values = latestValues(batch.values);
  const missing = new Set<InputName>();
  const newRows = new Map<string, NewRow>();
  const fresh = values
    .filter((value) => !rows.has(rowRecordKey(value.period, value.channel)))
    .sort((a, b) => compareText(rowRecordKey(a.period, a.channel), rowRecordKey(b.period, b.channel)));
  let next = lastFilledRow(sheet, layout) + 1;
  for (const { period, channel } of fresh) {
    const key = rowRecordKey(period, channel);
    if (!newRows.has(key)) newRows.set(key, { row: next++, period, channel });
  }

  // The export column behind each input and channel, per period: what was recorded, then this batch.
  const columnsByPeriod = new Map<string, Map<string, string>>();
  const noteSource = (period: string, channel: string, input: string, column: string) => {
    const series = `${channel}|${input}`;
    if (!columnsByPeriod.has(series)) columnsByPeriod.set(series, new Map());
    (columnsByPeriod.get(series) as Map<string, string>).set(periodStart(period, cadence), column);
  };
  for (const [key, entry] of record.sources) {
    const { period, channel, input } = parseCellKey(key);
    noteSource(period, channel, input, entry.column);
  }
  for (const value of values) noteSource(value.period, value.channel, value.input, value.sourceColumn);
  const previousColumn = (value: ImportedValue): string | null => {
    const series = columnsByPeriod.get(`${value.channel}|${value.input}`) as Map<string, string>;
    const earlier = [...series.keys()].filter((period) => period < value.period).sort();
    const before = earlier.length > 0 ? (series.get(earlier[earlier.length - 1]) as string) : null;
    return before !== null && before !== value.sourceColumn ? before : null;
  };

  const targets: Target[] = [];
  for (const value of values) {
    const column = layout.columns.get(inputKey(value.input));
    if (column === undefined) {
      missing.add(value.input);
      continue;
    }
    const existingRow = rows.get(rowRecordKey(value.period, value.channel));
    const row = existingRow ?? (newRows.get(rowRecordKey(value.period, value.channel)) as NewRow).row;
    const current = existingRow === undefined ? null : cellOf(sheet, row, column);
    const formula = existingRow === undefined ? '' : formulaOf(sheet, row, column);
    const blank = current === null || current === '';
    const imported = record.rows.get(row)?.s[value.input];
    // Not blank and not what the import wrote there: a user's number (or formula).
    const typed = formula !== '' || (!blank && !(imported !== undefined && current === imported.value));
    targets.push({
      value,
      row,
      column,
      current: blank ? null : current,
      formula,
      typed,
      differs: !blank && current !== value.value,
      sourceChangedFrom: previousColumn(value),
    });
  }
  return { sheet, layout, record, targets, newRows, missing: [...missing] };
}

function shown(value: CellValue): number | string | null {
  if (value === null || value === '') return null;
  return typeof value === 'boolean' ? String(value) : value;
}

export interface ImportPlanOptions {
  cadence: Cadence;
  language: Language;
  /**
   * The notes "KPI data" holds now (the door's `tabNotes`), when the write changes one: a note a user typed
   * there is kept, with the import's flag below it. Without them the record's own notes are assumed.
   */
  notes?: readonly (readonly string[])[] | null;
}

/** What the import would write beside what "KPI data" holds now. */
export function previewImportPlan(
  sheet: SheetSnapshot | null,
  batch: ImportBatch,
  options: ImportPlanOptions,
): ImportPreview {
  const t = IMPORT_TEXTS[options.language];
  const planned = planTargets(sheet, batch, options.cadence);
  if (!planned) return { cells: [], newRows: 0, message: t.noMap };
  const cells: ImportPreviewCell[] = planned.targets
    .map((target) => ({
      period: target.value.period,
      channel: target.value.channel,
      input: target.value.input,
      current: target.formula !== '' && target.current === null ? target.formula : shown(target.current),
      incoming: target.value.value,
      differs: target.differs,
      typed: target.typed && target.differs,
      sourceChangedFrom: target.sourceChangedFrom,
    }))
    .sort((a, b) => compareText(a.period + a.channel, b.period + b.channel));
  const messages = [
    cells.length === 0
      ? t.noValues
      : t.preview(
          cells.length,
          cells.filter((cell) => cell.differs).length,
          cells.filter((cell) => cell.typed).length,
          planned.newRows.size,
        ),
  ];
  if (planned.missing.length > 0)
    messages.push(t.noColumn(planned.missing.map((input) => INPUTS[input].labels[options.language]).join(', ')));
  return { cells, newRows: planned.newRows.size, message: messages.join(' ') };
}

/** Mappings kept: the new ones replace any stored for the same headers, and go last (the newest). */
function mergedMappings(stored: readonly SavedMapping[], remember: readonly SavedMapping[]): SavedMapping[] {
  const fresh = new Set(remember.map((mapping) => mapping.headersKey));
  return keptMappings([...stored.filter((mapping) => !fresh.has(mapping.headersKey)), ...remember]);
}

/** A write into "KPI data", or null when there is nothing to write. */
export interface ImportWrite {
  write: TabWrite | null;
  /** The write changes a note (then the notes there are read first, so a user's note is kept). */
  changesNotes: boolean;
  summary: ImportSummary;
}

/**
 * The rectangles to write: from the first to the last row written, and across the columns written, every
 * other cell in them written again with what it holds (a formula as its formula), so a write is one getRange
 * and one setValues per rectangle. Only the add-on's own columns are written again (period, channel, the
 * inputs, the record): a column that is not, such as the note column or one a user added, is never rewritten,
 * and splits the rectangle. On a map the wizard made the inputs and the record sit side by side: one rectangle.
 * With `notes` (the tab's notes as read), the rectangles' notes are written too, the changed ones changed.
 */
function rectangles(
  sheet: SheetSnapshot,
  layout: DataLayout,
  writes: CellGrid<WrittenCell>,
  noteChanges: CellGrid<string>,
  notes: readonly (readonly string[])[] | null | undefined,
): TabRectangle[] {
  const rowNumbers = [...writes.keys(), ...noteChanges.keys()];
  if (rowNumbers.length === 0) return [];
  const written = new Set([...writes.values(), ...noteChanges.values()].flatMap((cells) => [...cells.keys()]));
  const own = new Set(
    [...layout.columns]
      .filter(
        ([key]) =>
          key === PERIOD_KEY || key === CHANNEL_KEY || key === IMPORT_RECORD_KEY || key.startsWith(inputKey('')),
      )
      .map(([, column]) => column),
  );
  const [top, bottom] = [Math.min(...rowNumbers), Math.max(...rowNumbers)];
  const columns: number[] = [];
  for (let column = Math.min(...written); column <= Math.max(...written); column++)
    if (written.has(column) || own.has(column)) columns.push(column);
  return columnRuns(columns).map(([left, right]) => {
    const cells: WrittenCell[][] = [];
    const noteGrid: string[][] = [];
    for (let row = top; row <= bottom; row++) {
      const line: WrittenCell[] = [];
      const noteLine: string[] = [];
      for (let column = left; column <= right; column++) {
        const value = writes.get(row)?.get(column);
        const formula = formulaOf(sheet, row, column);
        if (value !== undefined) line.push(value);
        else if (formula !== '') line.push({ formula });
        else {
          const held = cellOf(sheet, row, column);
          line.push(held === '' ? null : held);
        }
        noteLine.push(noteChanges.get(row)?.get(column) ?? notes?.[row - 1]?.[column - 1] ?? '');
      }
      cells.push(line);
      noteGrid.push(noteLine);
    }
    return { row: top, column: left, cells, ...(noteChanges.size > 0 ? { notes: noteGrid } : {}) };
  });
}

/**
 * The record column, made by the import when "KPI data" has none (a map made before it existed, or the
 * column was deleted): right of everything there is, keyed and labelled in the key and label rows, hidden.
 */
function recordColumnWrite(layout: DataLayout, language: Language): { column: number; header: TabRectangle | null } {
  const existing = layout.columns.get(IMPORT_RECORD_KEY);
  if (existing !== undefined) return { column: existing, header: null };
  const column = layout.lastColumn + 1;
  const label = IMPORT_RECORD_TEXTS[language].label;
  // Without a key row (found by labels) only the label is written: the row above it is the user's.
  const header: TabRectangle =
    layout.found === 'keys' || layout.found === 'restore'
      ? { row: layout.keyRow, column, cells: [[IMPORT_RECORD_KEY], [label]] }
      : { row: layout.labelRow, column, cells: [[label]] };
  return { column, header };
}

function tabWrite(
  layout: DataLayout,
  main: TabRectangle[],
  header: TabRectangle | null,
  recordColumn: number,
  grid: number,
): TabWrite {
  return {
    rectangles: header ? [header, ...main] : main,
    rows: grid,
    columns: recordColumn,
    grownFormats: [{ column: layout.columns.get(PERIOD_KEY) as number, format: DATE_FORMAT }],
    ...(header ? { hideColumns: [recordColumn] } : {}),
  };
}

/**
 * A cell's note with the import's flag: what a user typed there stays, the flag an earlier import added
 * (`before`) is taken off, and this import's flag (if any) goes below the user's words.
 */
export function withFlag(now: string, before: string, flag: string): string {
  const own = before !== '' && now.endsWith(before) ? now.slice(0, now.length - before.length).trimEnd() : now;
  return [own, flag].filter((part) => part !== '').join('\n\n');
}

/** The write that puts the batch into "KPI data" and records, per row, what it did (for the next import and Undo). */
export function buildImportPlan(
  sheet: SheetSnapshot | null,
  batch: ImportBatch,
  overwriteTyped: boolean,
  options: ImportPlanOptions,
): ImportWrite {
  const { language } = options;
  const t = IMPORT_TEXTS[language];
  const planned = planTargets(sheet, batch, options.cadence);
  if (!planned) return { write: null, changesNotes: false, summary: { written: 0, keptTyped: 0, message: t.noMap } };
  const { layout, record, targets, newRows } = planned;
  const data = planned.sheet;
  const id = record.last + 1;
  const { column: recordColumn, header } = recordColumnWrite(layout, language);
  const columnKeys = new Map([...layout.columns].map(([key, column]) => [column, key]));

  const writes: CellGrid<WrittenCell> = new Map();
  const noteChanges: CellGrid<string> = new Map();
  /** row → what this import does to it, for its record. */
  const touched = new Map<number, { cells: RecordedCell[]; notes: RecordedNote[]; s: Record<string, SourceEntry> }>();
  const touch = (row: number) => {
    let entry = touched.get(row);
    if (!entry) touched.set(row, (entry = { cells: [], notes: [], s: {} }));
    return entry;
  };
  const change = (row: number, column: number, value: WrittenCell, after: CellValue) => {
    setCell(writes, row, column, value);
    const before = cellOf(data, row, column);
    const formula = formulaOf(data, row, column);
    touch(row).cells.push({
      c: columnKeys.get(column) as string,
      b: before === '' ? null : before,
      a: after,
      ...(formula ? { f: formula } : {}),
    });
  };

  const periodColumn = layout.columns.get(PERIOD_KEY) as number;
  const channelColumn = layout.columns.get(CHANNEL_KEY) as number;
  for (const { row, period, channel } of newRows.values()) {
    // A date is its serial number; the wizard gave the period column a date format down its rows (and a
    // tab grown for these rows gives the new ones the same), so no format call.
    change(row, periodColumn, toSerialDate(period), toSerialDate(period));
    const label = channelText(channel, language).name;
    change(row, channelColumn, label, label);
  }

  let written = 0;
  let keptTyped = 0;
  for (const target of targets) {
    if (target.typed && target.differs && !overwriteTyped) {
      keptTyped++;
      continue;
    }
    const previous = record.rows.get(target.row)?.s[target.value.input] ?? null;
    const flag = target.sourceChangedFrom
      ? t.sourceChanged(target.sourceChangedFrom, target.value.period, target.value.sourceColumn)
      : '';
    if (flag !== '' || previous?.note) {
      const now = options.notes ? (options.notes[target.row - 1]?.[target.column - 1] ?? '') : (previous?.note ?? '');
      const note = withFlag(now, previous?.note ?? '', flag);
      if (note !== now) {
        setCell(noteChanges, target.row, target.column, note);
        touch(target.row).notes.push({ c: inputKey(target.value.input), b: now, a: note });
      }
    }
    const entry: SourceEntry = { value: target.value.value, column: target.value.sourceColumn };
    if (flag !== '') entry.note = flag;
    touch(target.row).s[target.value.input] = entry;
    written++;
    // The same number already there: the cell is not rewritten (nor counted as a change to undo).
    if (target.current === target.value.value && target.formula === '') continue;
    change(target.row, target.column, target.value.value, target.value.value);
  }

  // Each row written gets its record: what it holds from the imports now, and how to put it back.
  const mappings = batch.remember.length > 0 ? mergedMappings(record.mappings?.list ?? [], batch.remember) : null;
  const firstRow = Math.min(...touched.keys());
  const addedRows = new Map([...newRows.values()].map((added) => [added.row, added]));
  for (const [row, entry] of touched) {
    const before = record.rows.get(row);
    const added = addedRows.get(row);
    const identity = added ?? rowIdentity(data, layout, row);
    if (!identity) continue;
    const next: RowRecord = {
      k: rowRecordKey(identity.period, identity.channel),
      i: id,
      s: { ...(before?.s ?? {}), ...entry.s },
      u: {
        cells: entry.cells,
        notes: entry.notes,
        prev: before ? { i: before.i, s: before.s } : null,
        ...(added ? { added: true as const } : {}),
      },
    };
    // The mappings travel with the newest import; an older set on a row written again stays.
    if (mappings && row === firstRow) next.m = { i: id, list: mappings };
    else if (before?.m) next.m = before.m;
    setCell(writes, row, recordColumn, rowRecordText(next));
  }

  // Nothing written, yet a mapping to remember: it goes on the first row's record (made if there is none).
  if (mappings && touched.size === 0) {
    const row = layout.labelRow + 1;
    const existing = parseRowRecord(cellOf(data, row, recordColumn));
    const next: RowRecord = existing ?? { k: '', i: 0, s: {} };
    next.m = { i: id, list: mappings };
    setCell(writes, row, recordColumn, rowRecordText(next));
  }

  const lastRow = Math.max(layout.lastRow, ...[...writes.keys()]);
  const main = rectangles(data, layout, writes, noteChanges, options.notes);
  return {
    write: main.length > 0 ? tabWrite(layout, main, header, recordColumn, lastRow) : null,
    changesNotes: noteChanges.size > 0,
    summary: {
      written,
      keptTyped,
      message: [
        written + keptTyped === 0 ? t.noValues : t.imported(written, keptTyped, newRows.size),
        ...(planned.missing.length > 0
          ? [t.noColumn(planned.missing.map((input) => INPUTS[input].labels[language]).join(', '))]
          : []),
      ].join(' '),
    },
  };
}

/**
 * The write that puts back every cell the last import changed, as it was before: only where the cell still
 * holds what the import wrote (a cell changed since is the user's now, and kept). The rows it undoes are
 * marked, so Undo import does not go on to an earlier import over the same rows. `write` is null when
 * there is nothing to undo.
 */
export function buildUndoPlan(
  sheet: SheetSnapshot | null,
  language: Language,
  notes?: readonly (readonly string[])[] | null,
): ImportWrite {
  const t = IMPORT_TEXTS[language];
  const nothing: ImportWrite = {
    write: null,
    changesNotes: false,
    summary: { written: 0, keptTyped: 0, message: t.nothingToUndo },
  };
  const layout = readDataLayout(sheet ?? undefined);
  if (!sheet) return nothing;
  const record = readImportRecord(sheet, layout);
  const recordColumn = record.column;
  const rows = [...record.rows].filter(([, row]) => row.u && row.i === record.last);
  if (recordColumn === undefined || rows.length === 0) return nothing;

  const writes: CellGrid<WrittenCell> = new Map();
  const noteChanges: CellGrid<string> = new Map();
  let restored = 0;
  let kept = 0;
  const same = (a: CellValue, b: CellValue) => (a === '' ? null : a) === (b === '' ? null : b);
  const rowLabels = new Set([PERIOD_KEY, CHANNEL_KEY]);
  for (const [row, rowRecord] of rows) {
    const undo = rowRecord.u as NonNullable<RowRecord['u']>;
    const cells = undo.cells
      .map((cell) => ({ cell, column: layout.columns.get(cell.c) }))
      .filter((found): found is { cell: RecordedCell; column: number } => found.column !== undefined);
    const now = (column: number): CellValue =>
      formulaOf(sheet, row, column) === '' ? cellOf(sheet, row, column) : '\0';
    const holdsAfter = (cell: RecordedCell, column: number) => same(now(column), cell.a);
    // A row where the user changed a value since keeps its period and channel, so that value keeps its row.
    const changedSince = cells.filter(({ cell, column }) => !holdsAfter(cell, column) && !same(now(column), cell.b));
    const keepRow = changedSince.length > 0;
    for (const { cell, column } of cells) {
      if (holdsAfter(cell, column) && !(keepRow && rowLabels.has(cell.c))) {
        // A formula the user asked to overwrite comes back as the formula.
        setCell(writes, row, column, cell.f ? { formula: cell.f } : cell.b);
        restored++;
      }
    }
    kept += changedSince.length;
    for (const note of undo.notes) {
      const column = layout.columns.get(note.c);
      if (column !== undefined) setCell(noteChanges, row, column, note.b);
    }
    // The row's record as it was, marked as undone (also on a row the import added and Undo emptied), so
    // a second Undo import does not reach an earlier import; the newest mappings stay remembered.
    const back: RowRecord = { k: rowRecord.k, i: undo.prev?.i ?? 0, s: undo.prev?.s ?? {}, x: record.last };
    if (record.mappings) back.m = record.mappings;
    setCell(writes, row, recordColumn, rowRecordText(back));
  }
  const main = rectangles(sheet, layout, writes, noteChanges, notes);
  return {
    write: main.length > 0 ? tabWrite(layout, main, null, recordColumn, layout.lastRow) : null,
    changesNotes: noteChanges.size > 0,
    summary: { written: restored, keptTyped: kept, message: t.undone(restored, kept) },
  };
}

/**
 * From a snapshot and an ImportBatch (the period × channel × input values the browser aggregated), the
 * plan that writes them into "KPI data", its preview, and the plan that undoes the last import. Pure.
 *
 * - Rows are found by their period and channel cells (a date in any format the cell holds, a channel
 *   label in any language); a period × channel the tab does not have yet is appended below the last row.
 * - A value is replaced, never added to: importing the same file again, or one that overlaps it, writes
 *   the same numbers into the same cells, so nothing is counted twice.
 * - A cell a user typed (not blank, and not the number the import wrote there last) is kept unless the
 *   user asked to overwrite typed values; a formula counts as typed.
 * - Each value's export column is recorded (writePlanRecord.ts); when it differs from the column that
 *   filled the same input and channel in the period before, the cell gets a note saying so.
 * - The SpreadsheetApp calls do not grow with the rows: "KPI data" is written as one rectangle per run of
 *   columns from the first to the last row touched, cells between them rewritten with what they hold
 *   (formulas are never rewritten: a row holding one in the rectangle is split around it), and the record
 *   tab as one block. The appliers grow the tab first.
 */
import { INPUTS, type InputName } from '../catalog/inputs.ts';
import type { Language } from '../catalog/types.ts';
import { cellA1 } from '../plan/a1.ts';
import { fromSerialDate, toSerialDate } from '../plan/serialDate.ts';
import { findSheet, sheetIdOf, type SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { CellValue, FormulaBlock, NoteBlock, Plan, SheetPlan, ValueBlock } from '../plan/types.ts';
import type {
  ImportBatch,
  ImportPreview,
  ImportPreviewCell,
  ImportSummary,
  ImportedValue,
  SavedMapping,
} from '../shared/importApi.ts';
import type { Cadence, ChannelId } from '../shared/wizardApi.ts';
import { packBlocks, setCell, type CellGrid } from '../wizard/cellBlocks.ts';
import { channelOfCell } from '../wizard/currentChoices.ts';
import { CHANNEL_KEY, KEY_PREFIX, PERIOD_KEY } from '../wizard/dataColumns.ts';
import { cellOf, formulaOf, readDataLayout, type DataLayout } from '../wizard/mapLayout.ts';
import { DATE_FORMAT } from '../wizard/sheetStyle.ts';
import { SHEET_TEXTS } from '../wizard/sheetTexts.ts';
import { channelText } from '../wizard/taxonomyTexts.ts';
import {
  IMPORT_RECORD_KEY,
  cellKey,
  parseCellKey,
  readImportRecord,
  recordRows,
  type ImportRecord,
  type SourceEntry,
  type UndoCell,
  type UndoNote,
  type UndoRecord,
} from './writePlanRecord.ts';
import { IMPORT_TEXTS } from './writePlanTexts.ts';

export { IMPORT_RECORD_KEY, readImportRecord } from './writePlanRecord.ts';

/** The first day of the period `iso` falls in ('YYYY-MM-DD'); weeks start on Monday. */
export function periodStart(iso: string, cadence: Cadence): string {
  const [year, month, day] = iso.split('-').map(Number);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (cadence === 'weekly') {
    const date = new Date(Date.UTC(year, month - 1, day));
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    return date.toISOString().slice(0, 10);
  }
  const span = cadence === 'monthly' ? 1 : cadence === 'bimonthly' ? 2 : 3;
  return `${year}-${pad(month - ((month - 1) % span))}-01`;
}

/** A period cell as 'YYYY-MM-DD': a date serial number, or text typed as a date; null otherwise. */
function periodOfCell(value: CellValue): string | null {
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

const inputKey = (input: string) => `${KEY_PREFIX}input.${input}`;
const rowKey = (period: string, channel: string) => `${period}|${channel}`;
/** A period × channel row the import adds below the last filled row of "KPI data". */
interface NewRow {
  row: number;
  period: string;
  channel: ChannelId;
}
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One value of the batch, where it goes and what is there now. */
interface Target {
  value: ImportedValue;
  key: string;
  row: number;
  column: number;
  /** null: a row the import appends. */
  current: CellValue;
  formula: string;
  typed: boolean;
  differs: boolean;
  sourceChangedFrom: string | null;
}

interface Planned {
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

/** The last row holding anything (blank rows at the end, e.g. left by an undone import, do not count). */
function lastFilledRow(layout: DataLayout): number {
  const sheet = layout.sheet;
  for (let row = layout.lastRow; row > layout.labelRow; row--) {
    const values = sheet?.values[row - 1] ?? [];
    const formulas = sheet?.formulas[row - 1] ?? [];
    if (values.some((value) => value !== '' && value !== null) || formulas.some((formula) => formula !== ''))
      return row;
  }
  return layout.labelRow;
}

/** Where each value of the batch goes; null when there is no "KPI data" tab to write to. */
function planTargets(snapshot: SpreadsheetSnapshot, batch: ImportBatch, cadence: Cadence): Planned | null {
  const dataSheet = findSheet(snapshot, 'kpiData');
  const layout = readDataLayout(dataSheet);
  const periodColumn = layout.columns.get(PERIOD_KEY);
  const channelColumn = layout.columns.get(CHANNEL_KEY);
  if (!dataSheet || layout.found === 'lost' || periodColumn === undefined || channelColumn === undefined) return null;
  const record = readImportRecord(snapshot);

  // The rows there are: period (bucketed by the cadence, so a row dated the 15th still matches) × channel.
  const rows = new Map<string, number>();
  for (let row = layout.labelRow + 1; row <= layout.lastRow; row++) {
    const period = periodOfCell(cellOf(dataSheet, row, periodColumn));
    const channel = channelOfCell(cellOf(dataSheet, row, channelColumn));
    if (period === null || channel === null) continue;
    for (const key of [rowKey(period, channel), rowKey(periodStart(period, cadence), channel)])
      if (!rows.has(key)) rows.set(key, row);
  }

  const values = latestValues(batch.values);
  const missing = new Set<InputName>();
  const newRows = new Map<string, NewRow>();
  const fresh = values
    .filter((value) => !rows.has(rowKey(value.period, value.channel)))
    .sort((a, b) => compareText(rowKey(a.period, a.channel), rowKey(b.period, b.channel)));
  let next = lastFilledRow(layout) + 1;
  for (const { period, channel } of fresh) {
    const key = rowKey(period, channel);
    if (!newRows.has(key)) newRows.set(key, { row: next++, period, channel });
  }

  // The export column behind each input and channel, per period: what was recorded, then this batch.
  const columnsByPeriod = new Map<string, Map<string, string>>();
  const noteSource = (period: string, channel: string, input: string, column: string) => {
    const series = `${channel}|${input}`;
    if (!columnsByPeriod.has(series)) columnsByPeriod.set(series, new Map());
    (columnsByPeriod.get(series) as Map<string, string>).set(period, column);
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
    const key = cellKey(value.period, value.channel, value.input);
    const existingRow = rows.get(rowKey(value.period, value.channel));
    const row = existingRow ?? (newRows.get(rowKey(value.period, value.channel)) as NewRow).row;
    const current = existingRow === undefined ? null : cellOf(dataSheet, row, column);
    const formula = existingRow === undefined ? '' : formulaOf(dataSheet, row, column);
    const blank = current === null || current === '';
    const imported = record.sources.get(key);
    // Not blank and not what the import wrote there: a user's number (or formula).
    const typed = formula !== '' || (!blank && !(imported !== undefined && current === imported.value));
    targets.push({
      value,
      key,
      row,
      column,
      current: blank ? null : current,
      formula,
      typed,
      differs: !blank && current !== value.value,
      sourceChangedFrom: previousColumn(value),
    });
  }
  return { layout, record, targets, newRows, missing: [...missing] };
}

function shown(value: CellValue): number | string | null {
  if (value === null || value === '') return null;
  return typeof value === 'boolean' ? String(value) : value;
}

export interface ImportPlanOptions {
  cadence: Cadence;
  language: Language;
  /**
   * The notes "KPI data" holds now (the door's `notes`), when the plan changes one: a note a user typed
   * there is kept, with the import's flag below it. Without them the record's own notes are assumed.
   */
  notes?: readonly (readonly string[])[] | null;
}

/** What the import would write beside what "KPI data" holds now. */
export function previewImportPlan(
  snapshot: SpreadsheetSnapshot,
  batch: ImportBatch,
  options: ImportPlanOptions,
): ImportPreview {
  const t = IMPORT_TEXTS[options.language];
  const planned = planTargets(snapshot, batch, options.cadence);
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
    .sort((a, b) =>
      a.period + a.channel < b.period + b.channel ? -1 : a.period + a.channel > b.period + b.channel ? 1 : 0,
    );
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

/** Mappings kept: the new ones replace any stored for the same headers. */
function mergedMappings(stored: readonly SavedMapping[], remember: readonly SavedMapping[]): SavedMapping[] {
  const byHeaders = new Map(stored.map((mapping) => [mapping.headersKey, mapping]));
  for (const mapping of remember) byHeaders.set(mapping.headersKey, mapping);
  return [...byHeaders.values()];
}

/**
 * The cells to write into "KPI data" as few blocks as possible: every literal cell between the first and
 * the last row and column touched is rewritten with what it holds, so the rows make one rectangle; a
 * cell with a formula is left out, which splits its row from the others.
 */
function dataBlocks(
  layout: DataLayout,
  writes: CellGrid<CellValue>,
  skip: ReadonlySet<string> = new Set(),
): ValueBlock[] {
  const sheet = layout.sheet;
  const rowNumbers = [...writes.keys()];
  if (rowNumbers.length === 0) return [];
  const columns = [...writes.values()].flatMap((cells) => [...cells.keys()]);
  const [top, bottom] = [Math.min(...rowNumbers), Math.max(...rowNumbers)];
  const [left, right] = [Math.min(...columns), Math.max(...columns)];
  const grid: CellGrid<CellValue> = new Map();
  for (let row = top; row <= bottom; row++) {
    for (let column = left; column <= right; column++) {
      const written = writes.get(row)?.get(column);
      if (written !== undefined) setCell(grid, row, column, written);
      else if (formulaOf(sheet, row, column) === '' && !skip.has(cellA1(row, column))) {
        const value = cellOf(sheet, row, column);
        setCell(grid, row, column, value === '' ? null : value);
      }
    }
  }
  return packBlocks(grid).map((block) => ({ start: block.start, values: block.cells }));
}

function recordSheetPlan(
  snapshot: SpreadsheetSnapshot,
  record: ImportRecord,
  rows: CellValue[][],
  language: Language,
): SheetPlan {
  // Rows the record no longer needs are cleared, so nothing stale is read back.
  const height = Math.max(rows.length, record.sheet?.values.length ?? 0);
  const values = Array.from({ length: height }, (_, i) => rows[i] ?? [null, null, null]);
  return {
    key: IMPORT_RECORD_KEY,
    sheetId: sheetIdOf(snapshot, IMPORT_RECORD_KEY),
    name: IMPORT_TEXTS[language].recordSheet,
    create: true,
    hidden: true,
    values: [{ start: 'A1', values }],
  };
}

function dataSheetPlan(snapshot: SpreadsheetSnapshot, layout: DataLayout): SheetPlan {
  return {
    key: 'kpiData',
    sheetId: sheetIdOf(snapshot, 'kpiData'),
    name: layout.sheet?.name ?? 'KPI data',
    create: false,
  };
}

export interface ImportPlanResult {
  /** null: nothing to write (the summary says why). */
  plan: Plan | null;
  summary: ImportSummary;
}

/**
 * A cell's note with the import's flag: what a user typed there stays, the flag an earlier import added
 * (`before`) is taken off, and this import's flag (if any) goes below the user's words.
 */
export function withFlag(now: string, before: string, flag: string): string {
  const own = before !== '' && now.endsWith(before) ? now.slice(0, now.length - before.length).trimEnd() : now;
  return [own, flag].filter((part) => part !== '').join('\n\n');
}

/** Whether the plan changes a note on "KPI data" (then the notes there are read, so a user's note is kept). */
export function changesNotes(plan: Plan | null): boolean {
  return plan?.sheets.some((sheet) => sheet.key === 'kpiData' && (sheet.notes?.length ?? 0) > 0) ?? false;
}

/** The plan that writes the batch into "KPI data" and remembers what it did for the next import and for Undo. */
export function buildImportPlan(
  snapshot: SpreadsheetSnapshot,
  batch: ImportBatch,
  overwriteTyped: boolean,
  options: ImportPlanOptions,
): ImportPlanResult {
  const { language } = options;
  const t = IMPORT_TEXTS[language];
  const planned = planTargets(snapshot, batch, options.cadence);
  if (!planned) return { plan: null, summary: { written: 0, keptTyped: 0, message: t.noMap } };
  const { layout, record, targets, newRows } = planned;
  const dataSheet = layout.sheet;
  const writes: CellGrid<CellValue> = new Map();
  const undo: UndoRecord = { cells: [], notes: [], sources: [] };
  const sources = new Map(record.sources);
  const change = (row: number, column: number, value: CellValue) => {
    setCell(writes, row, column, value);
    const before = cellOf(dataSheet, row, column);
    const formula = formulaOf(dataSheet, row, column);
    undo.cells.push({
      row,
      column,
      before: before === '' ? null : before,
      after: value,
      ...(formula ? { formula } : {}),
    });
  };

  const periodColumn = layout.columns.get(PERIOD_KEY) as number;
  const channelColumn = layout.columns.get(CHANNEL_KEY) as number;
  for (const { row, period, channel } of newRows.values()) {
    change(row, periodColumn, toSerialDate(period));
    change(row, channelColumn, channelText(channel, language).name);
  }

  const notes: CellGrid<string> = new Map();
  let written = 0;
  let keptTyped = 0;
  for (const target of targets) {
    if (target.typed && target.differs && !overwriteTyped) {
      keptTyped++;
      continue;
    }
    const previous = record.sources.get(target.key) ?? null;
    const flag = target.sourceChangedFrom
      ? t.sourceChanged(target.sourceChangedFrom, target.value.period, target.value.sourceColumn)
      : '';
    if (flag !== '' || previous?.note) {
      const now = options.notes ? (options.notes[target.row - 1]?.[target.column - 1] ?? '') : (previous?.note ?? '');
      const note = withFlag(now, previous?.note ?? '', flag);
      if (note !== now) {
        setCell(notes, target.row, target.column, note);
        undo.notes.push({ row: target.row, column: target.column, before: now, after: note });
      }
    }
    const entry: SourceEntry = { value: target.value.value, column: target.value.sourceColumn };
    if (flag !== '') entry.note = flag;
    undo.sources.push([target.key, previous]);
    sources.set(target.key, entry);
    written++;
    // The same number already there: the cell is not rewritten (nor counted as a change to undo).
    if (target.current === target.value.value && target.formula === '') continue;
    change(target.row, target.column, target.value.value);
  }

  const mappings = mergedMappings(record.mappings, batch.remember);
  const dataPlan: SheetPlan = { ...dataSheetPlan(snapshot, layout), values: dataBlocks(layout, writes) };
  if (notes.size > 0)
    dataPlan.notes = packBlocks(notes).map((block): NoteBlock => ({ start: block.start, notes: block.cells }));
  if (newRows.size > 0) {
    const rows = [...newRows.values()].map((added) => added.row);
    dataPlan.numberFormats = [
      {
        range: `${cellA1(Math.min(...rows), periodColumn)}:${cellA1(Math.max(...rows), periodColumn)}`,
        format: DATE_FORMAT,
      },
    ];
  }
  const plan: Plan = {
    sheets: [dataPlan, recordSheetPlan(snapshot, record, recordRows(mappings, sources, undo), language)],
  };
  return {
    plan,
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
 * The plan that puts back every cell the last import changed, as it was before: only where the cell still
 * holds what the import wrote (a cell changed since is the user's now, and kept). One undo: the record is
 * cleared afterwards. null when there is nothing to undo.
 */
export function buildUndoPlan(
  snapshot: SpreadsheetSnapshot,
  language: Language,
): { plan: Plan | null; summary: ImportSummary } {
  const t = IMPORT_TEXTS[language];
  const record = readImportRecord(snapshot);
  const dataSheet = findSheet(snapshot, 'kpiData');
  const layout = readDataLayout(dataSheet);
  if (!record.undo || !dataSheet)
    return { plan: null, summary: { written: 0, keptTyped: 0, message: t.nothingToUndo } };
  const writes: CellGrid<CellValue> = new Map();
  const formulas: FormulaBlock[] = [];
  let restored = 0;
  let kept = 0;
  const same = (a: CellValue, b: CellValue) => (a === '' ? null : a) === (b === '' ? null : b);
  const current = (cell: UndoCell) =>
    formulaOf(dataSheet, cell.row, cell.column) === '' ? cellOf(dataSheet, cell.row, cell.column) : '\0';
  // A row where the user changed a value since keeps its period and channel, so that value keeps its row.
  const keptRows = new Set(
    record.undo.cells
      .filter((cell) => !same(current(cell), cell.after) && !same(current(cell), cell.before))
      .map((cell) => cell.row),
  );
  const rowLabels = new Set([layout.columns.get(PERIOD_KEY), layout.columns.get(CHANNEL_KEY)]);
  for (const cell of record.undo.cells) {
    const now = current(cell);
    if (same(now, cell.after) && !(keptRows.has(cell.row) && rowLabels.has(cell.column))) {
      // A formula the user asked to overwrite comes back as the formula.
      if (cell.formula) formulas.push({ start: cellA1(cell.row, cell.column), formulas: [[cell.formula]] });
      else setCell(writes, cell.row, cell.column, cell.before);
      restored++;
    } else if (!same(now, cell.before) && !same(now, cell.after)) kept++;
  }
  const notes: CellGrid<string> = new Map();
  for (const note of record.undo.notes as UndoNote[]) setCell(notes, note.row, note.column, note.before);
  const sources = new Map(record.sources);
  for (const [key, previous] of record.undo.sources) {
    if (previous) sources.set(key, previous);
    else sources.delete(key);
  }
  const skip = new Set(formulas.map((block) => block.start));
  const dataPlan: SheetPlan = { ...dataSheetPlan(snapshot, layout), values: dataBlocks(layout, writes, skip) };
  if (formulas.length > 0) dataPlan.formulas = formulas;
  if (notes.size > 0)
    dataPlan.notes = packBlocks(notes).map((block): NoteBlock => ({ start: block.start, notes: block.cells }));
  return {
    plan: {
      sheets: [dataPlan, recordSheetPlan(snapshot, record, recordRows(record.mappings, sources, null), language)],
    },
    summary: { written: restored, keptTyped: kept, message: t.undone(restored, kept) },
  };
}

/** The "KPI data" tab's name in the map's language (for messages). */
export function dataSheetName(snapshot: SpreadsheetSnapshot, language: Language): string {
  return findSheet(snapshot, 'kpiData')?.name ?? SHEET_TEXTS[language].dataName;
}

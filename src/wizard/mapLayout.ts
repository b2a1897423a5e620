/**
 * Where things are on an existing KPI map and data sheets, read from a snapshot: columns are found
 * by their header (in any of the three languages, so a re-run in another language still finds
 * them; hidden columns by their fixed key text), rows by the hidden row key, never by position.
 * Also what the add-on wrote last time (per row, in a hidden column) and the wizard's settings.
 */
import { LANGUAGES } from '../catalog/types.ts';
import { cellA1, columnLetters } from '../plan/a1.ts';
import { parseKpiRowKey, type KpiRowKey } from '../plan/rowKeys.ts';
import type { SheetSnapshot } from '../plan/snapshot.ts';
import { ROW_KEY_HEADER, type CellValue } from '../plan/types.ts';
import { CHANNEL_KEY, KEY_PREFIX, PERIOD_KEY, columnLabel, columnsForKpis, formerColumnKeys } from './dataColumns.ts';
import { TRACKABLE_KPIS } from '../catalog/kpis.ts';
import { MAP_COLUMN_IDS, SHEET_TEXTS, type MapColumnId } from './sheetTexts.ts';
import { IMPORT_RECORD_KEY, IMPORT_RECORD_TEXTS } from './importRecordColumn.ts';
import { NOTE_KEY, NOTE_TEXTS } from './periodNotes.ts';
import {
  readMapSettings,
  readRowShadow,
  type MapSettings,
  type RowShadow,
  type StoredRecord,
} from './storedRecords.ts';

/**
 * Hidden columns: the row key, the start date the status counts from, what the add-on last wrote, settings,
 * the KPI's better direction and the compared periods.
 */
export const HIDDEN_HEADERS = {
  key: ROW_KEY_HEADER,
  start: `${KEY_PREFIX}start`,
  written: `${KEY_PREFIX}written`,
  settings: `${KEY_PREFIX}settings`,
  /** The catalog's better direction of the row's KPI (1 higher, -1 lower): the change columns' colours read it. */
  better: `${KEY_PREFIX}better`,
  /** The dates of the periods the row compares with (0 when the data has none). */
  previousPeriod: `${KEY_PREFIX}previousPeriod`,
  yearPeriod: `${KEY_PREFIX}yearPeriod`,
} as const;
export type HiddenColumnId = keyof typeof HIDDEN_HEADERS;
export type AnyMapColumn = MapColumnId | HiddenColumnId;
/**
 * Every column in the order a new map gets them. The hidden columns sit between "Next review" and
 * "Notes", right after the formula columns, so one warning-only protection covers both. A map made
 * by an earlier version gets the columns it lacks to the right of everything it has.
 */
export const ALL_MAP_COLUMNS: readonly AnyMapColumn[] = [
  ...MAP_COLUMN_IDS.filter((id) => id !== 'notes'),
  // The compared periods are formulas: next to the formula columns, they stay one block with them.
  'previousPeriod',
  'yearPeriod',
  // Settings first: it is written in the header row only, so the per-row columns stay one block.
  'settings',
  'key',
  'start',
  'written',
  'better',
  'notes',
];

export { USER_COLUMNS, type MapSettings, type RowShadow, type UserColumn } from './storedRecords.ts';

export interface ExistingRow {
  key: string;
  /** The key's parts: KPI, business goal and channel. */
  keyParts: KpiRowKey;
  row: number;
  shadow: RowShadow | null;
  /** The hidden record as found: blank ('absent'), sound, or damaged; and its cell, e.g. 'R5'. */
  record: StoredRecord<RowShadow>['kind'];
  recordCell: string;
}

export interface MapLayout {
  sheet: SheetSnapshot | null;
  headerRow: number;
  /** Column id → 1-based column. */
  columns: Map<AnyMapColumn, number>;
  /** The last row with content (the header row when empty). */
  lastRow: number;
  rows: ExistingRow[];
  settings: MapSettings | null;
  /** True when the settings cell holds something the add-on did not write (what was sound is in `settings`). */
  settingsDamaged: boolean;
  /** The settings cell, e.g. 'Q1'. */
  settingsCell: string;
}

export function cellOf(sheet: SheetSnapshot | null, row: number, column: number): CellValue {
  return sheet?.values[row - 1]?.[column - 1] ?? '';
}

export function formulaOf(sheet: SheetSnapshot | null, row: number, column: number): string {
  return sheet?.formulas[row - 1]?.[column - 1] ?? '';
}

function headerMatches(id: AnyMapColumn, text: string): boolean {
  if (id === 'settings') return text.startsWith(HIDDEN_HEADERS.settings);
  if (id in HIDDEN_HEADERS) return text === HIDDEN_HEADERS[id as HiddenColumnId];
  return LANGUAGES.some((language) => SHEET_TEXTS[language].mapHeaders[id as MapColumnId] === text);
}

/** The settings header cell: the fixed key text, a space, then JSON. */
export function settingsCellText(settings: MapSettings): string {
  return `${HIDDEN_HEADERS.settings} ${JSON.stringify(settings)}`;
}

export function readMapLayout(sheet: SheetSnapshot | undefined): MapLayout {
  if (!sheet) {
    const columns = new Map(ALL_MAP_COLUMNS.map((id, i) => [id, i + 1] as [AnyMapColumn, number]));
    const settingsCell = cellA1(1, columns.get('settings') as number);
    return {
      sheet: null,
      headerRow: 1,
      columns,
      lastRow: 1,
      rows: [],
      settings: null,
      settingsDamaged: false,
      settingsCell,
    };
  }
  const headerRow = sheet.headerRow ?? 1;
  const header = (sheet.values[headerRow - 1] ?? []).map((value) => String(value ?? ''));
  const columns = new Map<AnyMapColumn, number>();
  const taken = new Set<number>();
  for (const id of ALL_MAP_COLUMNS) {
    const index = header.findIndex((text, i) => !taken.has(i) && headerMatches(id, text));
    if (index >= 0) {
      columns.set(id, index + 1);
      taken.add(index);
    }
  }
  // Columns the map lacks (deleted, or added in a later version) go after everything there is.
  let next = Math.max(0, ...sheet.values.map((row) => row.length)) + 1;
  for (const id of ALL_MAP_COLUMNS) if (!columns.has(id)) columns.set(id, next++);

  const settingsColumn = columns.get('settings') as number;
  const settingsText = String(cellOf(sheet, headerRow, settingsColumn));
  const { settings, damaged: settingsDamaged } =
    settingsText === ''
      ? { settings: null, damaged: false }
      : readMapSettings(settingsText.slice(HIDDEN_HEADERS.settings.length));

  const writtenColumn = columns.get('written') as number;
  const seen = new Set<string>();
  const rows: ExistingRow[] = [];
  for (const keyed of sheet.rows) {
    // A copied row repeats a key: the first one is the add-on's, the copy is the user's.
    if (seen.has(keyed.key) || keyed.row <= headerRow) continue;
    seen.add(keyed.key);
    const record = readRowShadow(cellOf(sheet, keyed.row, writtenColumn));
    rows.push({
      key: keyed.key,
      keyParts: parseKpiRowKey(keyed.key),
      row: keyed.row,
      shadow: record.kind === 'ok' ? record.value : null,
      record: record.kind,
      recordCell: cellA1(keyed.row, writtenColumn),
    });
  }
  return {
    sheet,
    headerRow,
    columns,
    lastRow: Math.max(headerRow, sheet.values.length),
    rows,
    settings,
    settingsDamaged,
    settingsCell: cellA1(headerRow, settingsColumn),
  };
}

/** '$E' for a column id, for formulas. */
export function absoluteColumn(layout: MapLayout, id: AnyMapColumn): string {
  return `$${columnLetters(layout.columns.get(id) as number)}`;
}

/** A data sheet's hidden key row, the columns it holds and where free space starts. */
export interface DataLayout {
  sheet: SheetSnapshot | null;
  keyRow: number;
  /** The visible column labels, right below the key row. */
  labelRow: number;
  /**
   * How the columns were found: by the key row ('keys'); by their labels, the key row having been
   * deleted, with an empty row above the labels to write the keys into again ('restore') or none
   * ('labels': keys are not written, nothing of the user's is overwritten); or not at all ('lost').
   */
  found: 'keys' | 'restore' | 'labels' | 'lost';
  /** Column key → 1-based column. */
  columns: Map<string, number>;
  lastRow: number;
  lastColumn: number;
}

/** Every label a data column has had, in any language: label → column key. */
function knownLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  const specs = columnsForKpis(TRACKABLE_KPIS.map((kpi) => kpi.id));
  for (const language of LANGUAGES) {
    labels.set(SHEET_TEXTS[language].period, PERIOD_KEY);
    labels.set(SHEET_TEXTS[language].channel, CHANNEL_KEY);
    for (const spec of specs) labels.set(columnLabel(spec, language), spec.key);
    labels.set(NOTE_TEXTS[language].label, NOTE_KEY);
    labels.set(IMPORT_RECORD_TEXTS[language].label, IMPORT_RECORD_KEY);
  }
  return labels;
}

export function readDataLayout(sheet: SheetSnapshot | undefined): DataLayout {
  if (!sheet) {
    return { sheet: null, keyRow: 1, labelRow: 2, found: 'keys', columns: new Map(), lastRow: 0, lastColumn: 0 };
  }
  const lastRow = sheet.values.length;
  const lastColumn = Math.max(0, ...sheet.values.map((row) => row.length));
  const columns = new Map<string, number>();
  const keyIndex = sheet.values.findIndex((row) => row.includes(PERIOD_KEY));
  if (keyIndex >= 0) {
    (sheet.values[keyIndex] ?? []).forEach((value, i) => {
      if (typeof value === 'string' && value.startsWith(KEY_PREFIX) && !columns.has(value)) columns.set(value, i + 1);
    });
    // A column of an input that is now another ("Followers" is "Total followers") is read as that
    // input's when the sheet has none: the numbers typed there stay and are used.
    for (const [former, key] of formerColumnKeys()) {
      const column = columns.get(former);
      if (column !== undefined && !columns.has(key)) columns.set(key, column).delete(former);
    }
    return { sheet, keyRow: keyIndex + 1, labelRow: keyIndex + 2, found: 'keys', columns, lastRow, lastColumn };
  }
  // The key row was deleted by hand: the labels row below it still names the columns.
  const labels = knownLabels();
  const labelIndex = sheet.values.findIndex((row) => row.some((value) => labels.get(String(value)) === PERIOD_KEY));
  if (labelIndex < 0) return { sheet, keyRow: 0, labelRow: 0, found: 'lost', columns, lastRow, lastColumn };
  sheet.values[labelIndex].forEach((value, i) => {
    const key = labels.get(String(value).trim());
    if (key && !columns.has(key)) columns.set(key, i + 1);
  });
  const above = labelIndex > 0 ? sheet.values[labelIndex - 1] : null;
  const roomAbove = above !== null && above.every((value) => value === '' || value === null);
  return {
    sheet,
    keyRow: labelIndex,
    labelRow: labelIndex + 1,
    found: roomAbove ? 'restore' : 'labels',
    columns,
    lastRow,
    lastColumn,
  };
}

/**
 * Where things are on an existing KPI map and data sheets, read from a snapshot: columns are found
 * by their header (in any of the three languages, so a re-run in another language still finds
 * them; hidden columns by their fixed key text), rows by the hidden row key, never by position.
 * Also what the add-on wrote last time (per row, in a hidden column) and the wizard's settings.
 */
import { LANGUAGES } from '../catalog/types.ts';
import { columnLetters } from '../plan/a1.ts';
import type { SheetSnapshot } from '../plan/snapshot.ts';
import { ROW_KEY_HEADER, type CellValue } from '../plan/types.ts';
import type { BusinessGoalChoice, SocialGoalId, WizardInput } from '../shared/wizardApi.ts';
import { KEY_PREFIX, PERIOD_KEY } from './dataColumns.ts';
import { MAP_COLUMN_IDS, SHEET_TEXTS, type MapColumnId } from './sheetTexts.ts';

/** Hidden columns: the row key, the start date the status counts from, what the add-on last wrote, settings. */
export const HIDDEN_HEADERS = {
  key: ROW_KEY_HEADER,
  start: `${KEY_PREFIX}start`,
  written: `${KEY_PREFIX}written`,
  settings: `${KEY_PREFIX}settings`,
} as const;
export type HiddenColumnId = keyof typeof HIDDEN_HEADERS;
export type AnyMapColumn = MapColumnId | HiddenColumnId;
/**
 * Every column in the order a new map gets them. The hidden columns sit between "Next review" and
 * "Notes", right after the formula columns, so one warning-only protection covers both.
 */
export const ALL_MAP_COLUMNS: readonly AnyMapColumn[] = [
  ...MAP_COLUMN_IDS.filter((id) => id !== 'notes'),
  // Settings first: it is written in the header row only, so the per-row columns stay one block.
  'settings',
  'key',
  'start',
  'written',
  'notes',
];

/** The map cells users may type in; the wizard writes them too, by the rule in kpiMapPlan.ts. */
export const USER_COLUMNS = ['channel', 'owner', 'cadence', 'baseline', 'target', 'deadline', 'notes'] as const;
export type UserColumn = (typeof USER_COLUMNS)[number];

/** The wizard's choices that are not per KPI row, kept in the settings header cell for the next run. */
export type MapSettings = Pick<
  WizardInput,
  'language' | 'startDate' | 'reviewIntervalMonths' | 'answers' | 'businessGoals'
>;

/** What the add-on knows about a row beyond its key (JSON in the hidden 'written' column). */
export interface RowShadow {
  goalName: string;
  goalKind: BusinessGoalChoice['kind'];
  socialGoal: SocialGoalId;
  retired: boolean;
  /** The value the add-on last wrote into each user column. */
  written: Partial<Record<UserColumn, CellValue>>;
}

export interface ExistingRow {
  key: string;
  row: number;
  shadow: RowShadow | null;
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

function parseJson<T>(text: CellValue): T | null {
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** The settings header cell: the fixed key text, a space, then JSON. */
export function settingsCellText(settings: MapSettings): string {
  return `${HIDDEN_HEADERS.settings} ${JSON.stringify(settings)}`;
}

export function readMapLayout(sheet: SheetSnapshot | undefined): MapLayout {
  if (!sheet) {
    const columns = new Map(ALL_MAP_COLUMNS.map((id, i) => [id, i + 1] as [AnyMapColumn, number]));
    return { sheet: null, headerRow: 1, columns, lastRow: 1, rows: [], settings: null };
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
  const settings = parseJson<MapSettings>(settingsText.slice(HIDDEN_HEADERS.settings.length).trim());

  const writtenColumn = columns.get('written') as number;
  const seen = new Set<string>();
  const rows: ExistingRow[] = [];
  for (const keyed of sheet.rows) {
    // A copied row repeats a key: the first one is the add-on's, the copy is the user's.
    if (seen.has(keyed.key) || keyed.row <= headerRow) continue;
    seen.add(keyed.key);
    rows.push({
      key: keyed.key,
      row: keyed.row,
      shadow: parseJson<RowShadow>(cellOf(sheet, keyed.row, writtenColumn)),
    });
  }
  return { sheet, headerRow, columns, lastRow: Math.max(headerRow, sheet.values.length), rows, settings };
}

/** '$E' for a column id, for formulas. */
export function absoluteColumn(layout: MapLayout, id: AnyMapColumn): string {
  return `$${columnLetters(layout.columns.get(id) as number)}`;
}

/** A data sheet's hidden key row, the columns it holds and where free space starts. */
export interface DataLayout {
  sheet: SheetSnapshot | null;
  keyRow: number;
  /** Column key → 1-based column. */
  columns: Map<string, number>;
  lastRow: number;
  lastColumn: number;
}

export function readDataLayout(sheet: SheetSnapshot | undefined): DataLayout {
  if (!sheet) return { sheet: null, keyRow: 1, columns: new Map(), lastRow: 0, lastColumn: 0 };
  const lastRow = sheet.values.length;
  const lastColumn = Math.max(0, ...sheet.values.map((row) => row.length));
  const keyIndex = sheet.values.findIndex((row) => row.includes(PERIOD_KEY));
  // Without its key row (deleted by hand) the keys go below everything, so no typed cell is overwritten.
  const keyRow = keyIndex >= 0 ? keyIndex + 1 : lastRow + 1;
  const columns = new Map<string, number>();
  (sheet.values[keyRow - 1] ?? []).forEach((value, i) => {
    if (typeof value === 'string' && value.startsWith(KEY_PREFIX) && !columns.has(value)) columns.set(value, i + 1);
  });
  return { sheet, keyRow, columns, lastRow, lastColumn };
}

/**
 * A plan: plain, JSON-safe data describing what to write to a spreadsheet. A pure function computes
 * it from the wizard's input and a SpreadsheetSnapshot (src/plan/snapshot.ts); small appliers carry
 * it out on Google Sheets (applyToSpreadsheet.ts) or on the in-memory workbook (src/inMemory/).
 *
 * Conventions used throughout:
 * - A1 ranges are relative to their sheet and bounded ('B2:B61', never 'B2:B' or 'B:B'): the
 *   appliers batch by bounding rectangle, which needs an end. Rows and columns are 1-based.
 * - Strings in value blocks are ALWAYS literal text: '=IMPORTXML("x")', '+1', '-x', '@x', '0012' and
 *   '2024-01-01' stay exactly what they are. Only formula blocks write formulas.
 * - Dates are written as Sheets serial numbers (days since 1899-12-30) with a date number format,
 *   so every applier stores the same thing; see toSerialDate in src/plan/serialDate.ts.
 * - Formulas use English function names and ',' separators, as Apps Script's setFormulas expects.
 *   A sort moves formulas like Sheets does (relative references to other rows shift), so refer to other
 *   sheets with whole columns ('KPI data'!B:B) or $-anchored cells, and to the own row relatively.
 *
 * Example (a command, through the spreadsheet door of src/door/spreadsheetDoor.ts, which applies the same
 * plan on Google Sheets and on the in-memory workbook):
 *   door.withLock(() => {
 *     const snapshot = door.readSnapshot();
 *     const plan: Plan = { sheets: [{ key: 'kpiMap', sheetId: sheetIdOf(snapshot, 'kpiMap'), name: 'KPI map',
 *       create: true, values: [{ start: 'A1', values: [['KPI', ROW_KEY_HEADER]] }], frozenRows: 1 }] };
 *     return door.applyPlan(plan);
 *   });
 */

/**
 * The add-on's own sheets, identified by key, not by tab name: the index on the spreadsheet
 * (SHEET_INDEX_METADATA in addonSheets.ts) lists each key's sheet id.
 */
export type SheetKey = 'kpiMap' | 'kpiData' | 'report' | (string & {});

/**
 * The developer metadata key the add-on put on each sheet it created before the index existed; its value is
 * the SheetKey. Still read (addonSheets.ts) in spreadsheets made then.
 */
export const SHEET_KEY_METADATA = 'socialKpiKit.sheet';

/**
 * The header text of the hidden key column that gives each row its stable key (see snapshot.ts for
 * why a key column and not row metadata). Written by the plan like any header; readers find the
 * column by this exact text, so it can sit in any column and survive inserted columns.
 */
export const ROW_KEY_HEADER = 'socialKpiKit.rowKey';

/** What a cell can hold. null clears the cell. */
export type CellValue = string | number | boolean | null;

/** A rectangle of literal values, top-left at `start` (e.g. 'A2'). Every row has the same length. */
export interface ValueBlock {
  start: string;
  values: CellValue[][];
}

/** A rectangle of formulas, each starting with '='. '' leaves that cell empty. */
export interface FormulaBlock {
  start: string;
  formulas: string[][];
}

/** A number format for a range: '0.0%', '#,##0.00 [$€]', 'yyyy-mm-dd', '@' (plain text), 'General'. */
export interface NumberFormatSpec {
  range: string;
  format: string;
}

/** A dropdown of allowed values (localized labels), a date, or a number within bounds. */
export type ValidationRule =
  | { kind: 'list'; values: string[]; showDropdown?: boolean }
  | { kind: 'date'; onOrAfter?: number; onOrBefore?: number }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'checkbox' };

export interface DataValidationSpec {
  range: string;
  rule: ValidationRule;
  /** Shown when the cell is selected or a value is refused. In the user's language. */
  helpText?: string;
  /** true: refuse invalid input; false: accept it and show a warning triangle. */
  reject: boolean;
}

/** When a conditional format applies. Formulas are relative to the top-left cell of the first range. */
export type ConditionalCondition =
  | { kind: 'textEquals'; text: string }
  | { kind: 'textContains'; text: string }
  | { kind: 'numberLessThan'; value: number }
  | { kind: 'numberGreaterThanOrEqual'; value: number }
  | { kind: 'customFormula'; formula: string };

export interface CellStyle {
  /** '#rrggbb' */
  background?: string;
  /** '#rrggbb' */
  fontColor?: string;
  bold?: boolean;
}

export interface ConditionalFormatSpec {
  ranges: string[];
  when: ConditionalCondition;
  style: CellStyle;
}

/**
 * A protected range. The appliers find their own protections again by description, so descriptions
 * must be unique within a sheet. warningOnly: users may still edit after a warning.
 */
export interface ProtectionSpec {
  range: string;
  description: string;
  warningOnly: boolean;
}

/** Notes on a rectangle of cells, top-left at `start`. '' removes a note. */
export interface NoteBlock {
  start: string;
  notes: string[][];
}

/** 'B' or 'B:D' */
export interface ColumnWidthSpec {
  columns: string;
  /** Pixels. */
  width: number;
}

/** A range a chart reads, possibly on another of the add-on's sheets. */
export interface ChartRangeRef {
  /** Defaults to the sheet the chart is on. */
  sheet?: SheetKey;
  range: string;
}

/**
 * An embedded chart. The add-on owns every chart on its sheets: applying a sheet's charts replaces
 * the charts already there.
 */
export interface ChartSpec {
  type: 'line' | 'column';
  title: string;
  /** The first range's first column is the x axis (e.g. dates); the first row holds series names. */
  ranges: ChartRangeRef[];
  /** Top-left cell the chart is anchored to, e.g. 'H2'. */
  anchor: string;
  /** Pixels. */
  width: number;
  height: number;
  /** A fixed value axis (absent: Sheets fits it to the data); `percent` labels it as percentages. */
  valueAxis?: { min: number; max: number; percent: boolean };
  /** Where the legend goes (absent: Sheets' default, above the plot). 'right' lists one series a line. */
  legend?: 'right' | 'top' | 'none';
  /** 0-based series drawn as a dashed grey reference line (e.g. the target). */
  referenceSeries?: number[];
}

/** Everything to do on one sheet. Every list is optional; an absent one leaves that aspect as it is. */
export interface SheetPlan {
  key: SheetKey;
  /**
   * Where the sheet is, as the snapshot the plan was computed from saw it (use sheetIdOf(snapshot, key)):
   * - a number: SheetSnapshot.sheetId; the applier goes straight to it (one call);
   * - null: the snapshot had no sheet with this key; it is created (if `create`) without searching;
   * - absent: the applier searches the add-on's sheets by key (a few calls more) and creates it if missing.
   * Read, plan and apply run under one document lock, so an id from the snapshot stays right.
   */
  sheetId?: number | null;
  /** The tab name used when the sheet is created. An existing sheet keeps the name the user gave it. */
  name: string;
  /** May the applier create the sheet when it does not exist? If false, a missing sheet fails the plan. */
  create: boolean;
  /** Hide or show the tab; absent leaves it as it is. */
  hidden?: boolean;
  values?: ValueBlock[];
  formulas?: FormulaBlock[];
  numberFormats?: NumberFormatSpec[];
  validations?: DataValidationSpec[];
  /** Replaces all conditional format rules of the sheet (the add-on owns its sheets' formatting). */
  conditionalFormats?: ConditionalFormatSpec[];
  /** Replaces the add-on's earlier protections on this sheet (matched by description); others are kept. */
  protections?: ProtectionSpec[];
  notes?: NoteBlock[];
  frozenRows?: number;
  frozenColumns?: number;
  columnWidths?: ColumnWidthSpec[];
  /** 'P' or 'P:Q' */
  hiddenColumns?: string[];
  /** '5' or '5:7' */
  hiddenRows?: string[];
  /** Replaces all charts on the sheet. */
  charts?: ChartSpec[];
}

export interface NamedRangeSpec {
  /** Letters, digits and '_', not starting with a digit, not like a cell reference (e.g. 'KPI_Map_Status'). */
  name: string;
  sheet: SheetKey;
  range: string;
}

export interface Plan {
  /** Applied in order: a sheet is created before anything refers to it. */
  sheets: SheetPlan[];
  /** Created or moved to the given range. */
  namedRanges?: NamedRangeSpec[];
  /** The sheet to bring to the front after applying (at most one tab can be active). */
  activate?: SheetKey;
}

/** What applying a plan did. Existing sheets keep the names the snapshot read. */
export interface ApplyResult {
  /** The sheets that were created, with the tab name they got (a taken name gets " (2)"). */
  created: { key: SheetKey; name: string }[];
}

/**
 * A counting stand-in for the Spreadsheet service and LockService, typed against @types/google-apps-script.
 * It implements what the add-on uses, behaves like Google Sheets where that matters for the tests,
 * and records every call ('Sheet.getRange', 'Range.setValues', 'Lock.waitLock', ...) in order.
 *
 * It is at least as strict as Sheets: every rule in src/plan/sheetsLimits.ts (SHEETS_RULES, each with its
 * documentation page) is enforced here with Sheets' message: a method the class does not have (checked
 * against @types/google-apps-script), a range outside the tab's grid (a new tab is 1000 × 26;
 * insertSheet, insertRowsAfter, insertColumnsAfter, deleteRows and deleteColumns change it), a cell over
 * 50,000 characters, a spreadsheet over 10 million cells, a 2-D array whose shape is not the range's, an
 * invalid colour or number format, a tab name over 100 characters or taken.
 *
 * Sheets behaviour it models: setValues parses strings as if typed (a leading apostrophe keeps text,
 * '=…' '+…' '-…' '@…' become formulas, numeric text becomes a number, TRUE/FALSE booleans), so a test can
 * tell text that stayed text from text that did not. It does not calculate formulas: a formula cell's
 * value reads as ''.
 */

import {
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  SheetsRuleError,
  checkCellText,
  checkColour,
  checkInsideGrid,
  checkNumberFormat,
  checkShape,
  checkSheetName,
  checkSpreadsheetCells,
} from '../../src/plan/sheetsLimits.ts';
import { appsScriptMembers } from './appsScriptMembers.ts';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GasLockService = GoogleAppsScript.Lock.LockService;

/** One call as recorded: the fake's class name and the method, e.g. 'Range.setValues'. */
export type CallLog = string[];

/** Calls that only build a value in the script (rules, charts) without a round trip to the document. */
export const BUILDER_CALLS = [
  'DataValidationBuilder.',
  'ConditionalFormatRuleBuilder.',
  'EmbeddedChartBuilder.',
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.newConditionalFormatRule',
  'Sheet.newChart',
];

/** Calls that grow a tab. */
export const GROWTH_CALLS = ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter'];

/**
 * Wraps an object so every method call is logged as 'Name.method'. A member the Apps Script class does
 * not have fails as it does in Apps Script (TypeError: … is not a function); a real one the stand-in
 * does not model yet fails saying so.
 */
function counted<T extends object>(
  log: CallLog,
  name: string,
  target: object,
  className = name,
  file = 'spreadsheet',
): T {
  const members = appsScriptMembers(file, className);
  const proxy: object = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof property !== 'string' || property === 'constructor' || property.startsWith('_')) return value;
      if (property === 'then' || property === 'toJSON') return value;
      if (!members.has(property)) throw new SheetsRuleError('unknownMethod', { object: className, method: property });
      if (typeof value !== 'function') {
        if (value === undefined) {
          throw new Error(
            `The stand-in does not model ${className}.${property} yet: add it to test/support/countingSpreadsheetApp.ts.`,
          );
        }
        return value;
      }
      return (...args: unknown[]) => {
        log.push(`${name}.${property}`);
        const result = (value as (...a: unknown[]) => unknown).apply(object, args);
        // Chained calls (setDescription(...).setWarningOnly(...)) must be counted too.
        return result === object ? proxy : result;
      };
    },
  });
  return proxy as T;
}

export interface FakeCell {
  value: string | number | boolean | Date;
  formula: string;
}

export interface FakeValidation {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface FakeConditionalRule {
  condition: string;
  args: unknown[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
  ranges: string[];
}

export interface FakeProtection {
  range: string;
  description: string;
  warningOnly: boolean;
  removed: boolean;
}

export interface FakeChart {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: [number, number];
}

/** The state of one tab, open for tests to inspect and to change as a user would. */
export class FakeSheetState {
  cells = new Map<string, FakeCell>();
  numberFormats = new Map<string, string>();
  validations = new Map<string, FakeValidation | null>();
  notes = new Map<string, string>();
  backgrounds = new Map<string, string>();
  fontColors = new Map<string, string>();
  metadata: { key: string; value: string }[] = [];
  conditionalRules: FakeConditionalRule[] = [];
  protections: FakeProtection[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  hidden = false;
  /** The tab's grid: a new tab is 1000 × 26, as in Sheets. */
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  constructor(
    public id: number,
    public name: string,
  ) {}

  /** Every per-cell map, for moving cells when rows or columns are inserted or deleted. */
  private cellMaps(): Map<string, unknown>[] {
    return [this.cells, this.numberFormats, this.validations, this.notes, this.backgrounds, this.fontColors];
  }

  /**
   * Moves every cell at or after `at` (a row or a column) by `by`; cells in the `by` < 0 deleted span go.
   * Like Sheets: what is below (or right of) inserted rows moves down (right).
   */
  shift(dimension: 'row' | 'column', at: number, by: number): void {
    for (const map of this.cellMaps()) {
      const moved = new Map<string, unknown>();
      for (const [key, value] of map) {
        const [row, column] = key.split(',').map(Number);
        const index = dimension === 'row' ? row : column;
        if (by < 0 && index >= at && index < at - by) continue;
        const next = index >= at ? index + by : index;
        moved.set(dimension === 'row' ? `${next},${column}` : `${row},${next}`, value);
      }
      map.clear();
      for (const [key, value] of moved) map.set(key, value);
    }
  }

  cell(row: number, column: number): FakeCell {
    return this.cells.get(`${row},${column}`) ?? { value: '', formula: '' };
  }

  /** The last row and column holding a value or formula (at least 1 × 1, like getDataRange). */
  extent(): { rows: number; columns: number } {
    let rows = 1;
    let columns = 1;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && cell.formula === '') continue;
      const [r, c] = key.split(',').map(Number);
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
    return { rows, columns };
  }

  /** Types into a cell as a user would (parsed like the Sheets UI); the cell must be on the tab's grid. */
  type(row: number, column: number, input: string | number | boolean): void {
    checkInsideGrid({ row, column, numRows: 1, numColumns: 1 }, { rows: this.maxRows, columns: this.maxColumns });
    checkCellText(input);
    this.cells.set(`${row},${column}`, parseInput(input));
  }
}

/** What Sheets stores for a value handed to setValues. */
function parseInput(input: unknown): FakeCell {
  if (input === null || input === undefined || input === '') return { value: '', formula: '' };
  if (typeof input !== 'string') return { value: input as number | boolean | Date, formula: '' };
  if (input.startsWith("'")) return { value: input.slice(1), formula: '' };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(input.trim())) return { value: Number(input), formula: '' };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === 'true', formula: '' };
  if (/^[=+\-@]/.test(input)) return { value: '', formula: input.startsWith('=') ? input : `=${input}` };
  return { value: input, formula: '' };
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function parseA1(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
  const corner = (text: string) => {
    const match = /^([A-Z]+)(\d+)$/i.exec(text.replace(/\$/g, ''));
    if (!match) throw new Error(`The counting fake cannot read the range "${a1}".`);
    let column = 0;
    for (const ch of match[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(match[2]), column };
  };
  const [first, second] = a1.split(':');
  const a = corner(first);
  const b = second ? corner(second) : a;
  return { row: a.row, column: a.column, numRows: b.row - a.row + 1, numColumns: b.column - a.column + 1 };
}

class FakeRange implements Pick<
  GasRange,
  | 'getA1Notation'
  | 'getValues'
  | 'getDisplayValues'
  | 'getFormulas'
  | 'setValues'
  | 'setFormulas'
  | 'getNumberFormats'
  | 'setNumberFormats'
  | 'getDataValidations'
  | 'setDataValidations'
  | 'getNotes'
  | 'setNotes'
  | 'setValue'
  | 'setFormula'
  | 'setNumberFormat'
  | 'setNote'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setFontColor'
  | 'setFontColors'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getRow'
  | 'getColumn'
  | 'protect'
> {
  constructor(
    private _log: CallLog,
    readonly _sheet: FakeSheetState,
    readonly _row: number,
    readonly _column: number,
    readonly _numRows: number,
    readonly _numColumns: number,
  ) {
    checkInsideGrid(
      { row: _row, column: _column, numRows: _numRows, numColumns: _numColumns },
      { rows: _sheet.maxRows, columns: _sheet.maxColumns },
    );
  }

  _a1(): string {
    const start = `${columnLetters(this._column)}${this._row}`;
    if (this._numRows === 1 && this._numColumns === 1) return start;
    return `${start}:${columnLetters(this._column + this._numColumns - 1)}${this._row + this._numRows - 1}`;
  }

  private _grid<T>(read: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this._numRows }, (_, r) =>
      Array.from({ length: this._numColumns }, (_, c) => read(this._row + r, this._column + c)),
    );
  }

  /** Writes a 2-D array of the range's shape, each value checked first: nothing is written when one fails. */
  private _write<T>(
    grid: T[][],
    check: (value: T) => void,
    write: (row: number, column: number, value: T) => void,
  ): void {
    checkShape(grid, this._numRows, this._numColumns);
    grid.forEach((row) => row.forEach(check));
    grid.forEach((row, r) => row.forEach((value, c) => write(this._row + r, this._column + c, value)));
  }

  getA1Notation(): string {
    return this._a1();
  }
  getValues(): unknown[][] {
    return this._grid((r, c) => this._sheet.cell(r, c).value);
  }
  /** The cells as text; numbers as String() gives them (the stand-in knows no number formats' look). */
  getDisplayValues(): string[][] {
    return this._grid((r, c) => {
      const value = this._sheet.cell(r, c).value;
      return value === null || value === undefined ? '' : String(value);
    });
  }
  getFormulas(): string[][] {
    return this._grid((r, c) => this._sheet.cell(r, c).formula);
  }
  setValues(values: unknown[][]): GasRange {
    this._write(values, checkCellText, (r, c, value) => this._sheet.cells.set(`${r},${c}`, parseInput(value)));
    return this as unknown as GasRange;
  }
  setFormulas(formulas: string[][]): GasRange {
    this._write(formulas, checkCellText, (r, c, formula) =>
      this._sheet.cells.set(`${r},${c}`, formula ? { value: '', formula } : { value: '', formula: '' }),
    );
    return this as unknown as GasRange;
  }
  getNumberFormats(): string[][] {
    return this._grid((r, c) => this._sheet.numberFormats.get(`${r},${c}`) ?? 'General');
  }
  setNumberFormats(formats: string[][]): GasRange {
    this._write(formats, checkNumberFormat, (r, c, f) => this._sheet.numberFormats.set(`${r},${c}`, f));
    return this as unknown as GasRange;
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this._grid(
      (r, c) =>
        (this._sheet.validations.get(`${r},${c}`) ?? null) as GoogleAppsScript.Spreadsheet.DataValidation | null,
    );
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GasRange {
    this._write(
      rules,
      () => undefined,
      (r, c, rule) => this._sheet.validations.set(`${r},${c}`, rule as unknown as FakeValidation | null),
    );
    return this as unknown as GasRange;
  }
  getNotes(): string[][] {
    return this._grid((r, c) => this._sheet.notes.get(`${r},${c}`) ?? '');
  }
  setNotes(notes: string[][]): GasRange {
    this._write(notes, checkCellText, (r, c, note) => this._sheet.notes.set(`${r},${c}`, note));
    return this as unknown as GasRange;
  }
  setValue(value: unknown): GasRange {
    return this.setValues(this._grid(() => value));
  }
  setFormula(formula: string): GasRange {
    return this.setFormulas(this._grid(() => formula));
  }
  setNumberFormat(format: string): GasRange {
    return this.setNumberFormats(this._grid(() => format));
  }
  setNote(note: string | null): GasRange {
    return this.setNotes(this._grid(() => note ?? ''));
  }
  setBackground(colour: string | null): GasRange {
    return this.setBackgrounds(this._grid(() => colour as string));
  }
  setBackgrounds(colours: string[][]): GasRange {
    this._write(colours, checkColour, (r, c, colour) => this._sheet.backgrounds.set(`${r},${c}`, colour));
    return this as unknown as GasRange;
  }
  setFontColor(colour: string | null): GasRange {
    return this.setFontColors(this._grid(() => colour as string));
  }
  setFontColors(colours: string[][]): GasRange {
    this._write(colours, checkColour, (r, c, colour) => this._sheet.fontColors.set(`${r},${c}`, colour));
    return this as unknown as GasRange;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numColumns;
  }
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._column;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const state: FakeProtection = { range: this._a1(), description: '', warningOnly: false, removed: false };
    this._sheet.protections.push(state);
    return counted(this._log, 'Protection', new FakeProtectionHandle(state));
  }
}

class FakeProtectionHandle implements Pick<
  GoogleAppsScript.Spreadsheet.Protection,
  'getDescription' | 'setDescription' | 'setWarningOnly' | 'setRange' | 'remove'
> {
  constructor(readonly _state: FakeProtection) {}
  getDescription(): string {
    return this._state.description;
  }
  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this._state.description = description;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this._state.warningOnly = warningOnly;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  setRange(range: GasRange): GoogleAppsScript.Spreadsheet.Protection {
    this._state.range = (range as unknown as FakeRange)._a1();
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  remove(): void {
    this._state.removed = true;
  }
}

/** A builder that records its settings; build() hands them to `finish`. */
class FakeBuilder {
  _settings: { method: string; args: unknown[] }[] = [];
  constructor(private _finish: (settings: { method: string; args: unknown[] }[]) => unknown) {}
  _set(method: string, args: unknown[]): this {
    this._settings.push({ method, args });
    return this;
  }
  build(): unknown {
    return this._finish(this._settings);
  }
}

/** The builder class a chart builder becomes after asLineChart() etc. */
const CHART_BUILDERS: Record<string, string> = {
  asLineChart: 'EmbeddedLineChartBuilder',
  asColumnChart: 'EmbeddedColumnChartBuilder',
  asAreaChart: 'EmbeddedAreaChartBuilder',
  asBarChart: 'EmbeddedBarChartBuilder',
  asPieChart: 'EmbeddedPieChartBuilder',
};

/** Builder methods whose first argument is a colour. */
const COLOUR_SETTERS = new Set(['setBackground', 'setFontColor']);

/**
 * A builder's calls are logged under `name`; each method must exist on the Apps Script class the
 * builder is at that point of the chain (a chart builder changes class with asLineChart()).
 */
function builderProxy(log: CallLog, name: string, builder: FakeBuilder, className = name): unknown {
  let current = className;
  const proxy: object = new Proxy(builder, {
    get(object, property) {
      if (typeof property !== 'string' || property.startsWith('_') || property === 'then') return undefined;
      if (!appsScriptMembers('spreadsheet', current).has(property)) {
        throw new SheetsRuleError('unknownMethod', { object: current, method: property });
      }
      return (...args: unknown[]) => {
        log.push(`${name}.${property}`);
        if (property === 'build') return object.build();
        if (COLOUR_SETTERS.has(property)) checkColour(args[0]);
        current = CHART_BUILDERS[property] ?? current;
        object._set(property, args);
        return proxy;
      };
    },
  });
  return proxy;
}

function validationFrom(settings: { method: string; args: unknown[] }[]): FakeValidation {
  const rule: FakeValidation = { criteria: '', args: [], allowInvalid: true, helpText: '' };
  for (const { method, args } of settings) {
    if (method.startsWith('require')) {
      rule.criteria = method;
      rule.args = args;
    } else if (method === 'setAllowInvalid') rule.allowInvalid = Boolean(args[0]);
    else if (method === 'setHelpText') rule.helpText = String(args[0]);
  }
  return rule;
}

function conditionalRuleFrom(settings: { method: string; args: unknown[] }[]): FakeConditionalRule {
  const rule: FakeConditionalRule = { condition: '', args: [], ranges: [] };
  for (const { method, args } of settings) {
    if (method.startsWith('when')) {
      rule.condition = method;
      rule.args = args;
    } else if (method === 'setBackground') rule.background = String(args[0]);
    else if (method === 'setFontColor') rule.fontColor = String(args[0]);
    else if (method === 'setBold') rule.bold = Boolean(args[0]);
    else if (method === 'setRanges') rule.ranges = (args[0] as FakeRange[]).map((range) => range._a1());
  }
  return rule;
}

class FakeSheet implements Pick<
  GasSheet,
  | 'getName'
  | 'getSheetId'
  | 'isSheetHidden'
  | 'hideSheet'
  | 'showSheet'
  | 'activate'
  | 'addDeveloperMetadata'
  | 'getRange'
  | 'getDataRange'
  | 'getRangeList'
  | 'setConditionalFormatRules'
  | 'getProtections'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'setColumnWidths'
  | 'hideColumns'
  | 'hideRows'
  | 'getCharts'
  | 'removeChart'
  | 'newChart'
  | 'insertChart'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'deleteRows'
  | 'deleteColumns'
  | 'setName'
  | 'getLastRow'
  | 'getLastColumn'
> {
  constructor(
    private _log: CallLog,
    private _book: FakeSpreadsheetState,
    readonly _state: FakeSheetState,
  ) {}

  private _range(row: number, column: number, numRows = 1, numColumns = 1): GasRange {
    return counted(this._log, 'Range', new FakeRange(this._log, this._state, row, column, numRows, numColumns));
  }

  private _grid(): { rows: number; columns: number } {
    return { rows: this._state.maxRows, columns: this._state.maxColumns };
  }
  getName(): string {
    return this._state.name;
  }
  setName(name: string): GasSheet {
    checkSheetName(
      name,
      this._book.sheets.filter((s) => s !== this._state).map((s) => s.name),
    );
    this._state.name = name;
    return this as unknown as GasSheet;
  }
  getMaxRows(): number {
    return this._state.maxRows;
  }
  getMaxColumns(): number {
    return this._state.maxColumns;
  }
  getLastRow(): number {
    return this._state.cells.size === 0 ? 0 : this._state.extent().rows;
  }
  getLastColumn(): number {
    return this._state.cells.size === 0 ? 0 : this._state.extent().columns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    checkInsideGrid({ row: afterPosition, column: 1, numRows: 1, numColumns: 1 }, this._grid());
    checkSpreadsheetCells(this._book.cellCount() + howMany * this._state.maxColumns);
    this._state.shift('row', afterPosition + 1, howMany);
    this._state.maxRows += howMany;
    return this as unknown as GasSheet;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    checkInsideGrid({ row: 1, column: afterPosition, numRows: 1, numColumns: 1 }, this._grid());
    checkSpreadsheetCells(this._book.cellCount() + howMany * this._state.maxRows);
    this._state.shift('column', afterPosition + 1, howMany);
    this._state.maxColumns += howMany;
    return this as unknown as GasSheet;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    checkInsideGrid({ row: rowPosition, column: 1, numRows: howMany, numColumns: 1 }, this._grid());
    if (howMany >= this._state.maxRows - this._state.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this._state.shift('row', rowPosition, -howMany);
    this._state.maxRows -= howMany;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    checkInsideGrid({ row: 1, column: columnPosition, numRows: 1, numColumns: howMany }, this._grid());
    if (howMany >= this._state.maxColumns) throw new Error('Sorry, it is not possible to delete all columns.');
    this._state.shift('column', columnPosition, -howMany);
    this._state.maxColumns -= howMany;
  }
  getSheetId(): number {
    return this._state.id;
  }
  isSheetHidden(): boolean {
    return this._state.hidden;
  }
  hideSheet(): GasSheet {
    this._state.hidden = true;
    return this as unknown as GasSheet;
  }
  showSheet(): GasSheet {
    this._state.hidden = false;
    return this as unknown as GasSheet;
  }
  activate(): GasSheet {
    this._book.active = this._state.id;
    return this as unknown as GasSheet;
  }
  addDeveloperMetadata(key: string, value?: unknown): GasSheet {
    this._state.metadata.push({ key, value: typeof value === 'string' ? value : '' });
    return this as unknown as GasSheet;
  }
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): GasRange {
    if (typeof a === 'string') {
      const r = parseA1(a);
      return this._range(r.row, r.column, r.numRows, r.numColumns);
    }
    return this._range(a, column as number, numRows, numColumns);
  }
  getDataRange(): GasRange {
    const { rows, columns } = this._state.extent();
    return this._range(1, 1, rows, columns);
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1Notations.map((a1) => parseA1(a1));
    const log = this._log;
    const state = this._state;
    return counted(log, 'RangeList', {
      getRanges: () =>
        ranges.map((r) => counted(log, 'Range', new FakeRange(log, state, r.row, r.column, r.numRows, r.numColumns))),
    });
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._state.conditionalRules = rules.map((rule) => rule as unknown as FakeConditionalRule);
  }
  getProtections(_type: unknown): GoogleAppsScript.Spreadsheet.Protection[] {
    return this._state.protections
      .filter((p) => !p.removed)
      .map((p) => counted(this._log, 'Protection', new FakeProtectionHandle(p)));
  }
  setFrozenRows(rows: number): void {
    if (rows > 0) checkInsideGrid({ row: rows, column: 1, numRows: 1, numColumns: 1 }, this._grid());
    this._state.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    if (columns > 0) checkInsideGrid({ row: 1, column: columns, numRows: 1, numColumns: 1 }, this._grid());
    this._state.frozenColumns = columns;
  }
  setColumnWidths(start: number, count: number, width: number): GasSheet {
    checkInsideGrid({ row: 1, column: start, numRows: 1, numColumns: count }, this._grid());
    for (let c = start; c < start + count; c++) this._state.columnWidths.set(c, width);
    return this as unknown as GasSheet;
  }
  hideColumns(start: number, count = 1): void {
    checkInsideGrid({ row: 1, column: start, numRows: 1, numColumns: count }, this._grid());
    for (let c = start; c < start + count; c++) this._state.hiddenColumns.add(c);
  }
  hideRows(start: number, count = 1): void {
    checkInsideGrid({ row: start, column: 1, numRows: count, numColumns: 1 }, this._grid());
    for (let r = start; r < start + count; r++) this._state.hiddenRows.add(r);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._state.charts.map((chart) => chart as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._state.charts = this._state.charts.filter((c) => c !== (chart as unknown as FakeChart));
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const builder = new FakeBuilder((settings) => {
      const chart: FakeChart = { type: 'line', ranges: [], options: {}, position: [1, 1] };
      for (const { method, args } of settings) {
        if (method === 'asLineChart') chart.type = 'line';
        else if (method === 'asColumnChart') chart.type = 'column';
        else if (method === 'addRange') chart.ranges.push((args[0] as FakeRange)._a1());
        else if (method === 'setOption') chart.options[String(args[0])] = args[1];
        else if (method === 'setPosition') chart.position = [Number(args[0]), Number(args[1])];
      }
      return chart;
    });
    return builderProxy(
      this._log,
      'EmbeddedChartBuilder',
      builder,
    ) as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._state.charts.push(chart as unknown as FakeChart);
  }
}

/** The whole document: tabs in order, named ranges, time zone, the active tab. */
export class FakeSpreadsheetState {
  sheets: FakeSheetState[] = [];
  /** Developer metadata on the spreadsheet itself (the add-on's index of its sheets lives here). */
  metadata: { key: string; value: string }[] = [];
  namedRanges = new Map<string, { sheetId: number; range: string }>();
  active = 0;
  private nextId = 1000;
  constructor(public timeZone = 'Europe/Copenhagen') {}

  /** Adds a tab of `rows` × `columns` (a new tab's 1000 × 26 unless told), refusing what Sheets refuses. */
  addSheet(name: string, rows = NEW_SHEET_ROWS, columns = NEW_SHEET_COLUMNS): FakeSheetState {
    checkSheetName(
      name,
      this.sheets.map((s) => s.name),
    );
    checkSpreadsheetCells(this.cellCount() + rows * columns);
    const sheet = new FakeSheetState(this.nextId++, name);
    sheet.maxRows = rows;
    sheet.maxColumns = columns;
    this.sheets.push(sheet);
    return sheet;
  }
  /** Cells in the spreadsheet: every tab's rows × columns, empty or not (what the 10 million limit counts). */
  cellCount(): number {
    return this.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
  }
  sheetNamed(name: string): FakeSheetState {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No tab named "${name}"; tabs are: ${this.sheets.map((s) => s.name).join(', ')}.`);
    return sheet;
  }
  /** The add-on's sheet with this key: listed in the add-on's index on the spreadsheet, or (older) tagged itself. */
  sheetWithKey(value: string): FakeSheetState {
    const index = this.metadata.find((m) => m.key === 'socialKpiKit.sheets');
    const id = index ? (JSON.parse(index.value) as Record<string, { id: number } | undefined>)[value]?.id : undefined;
    const sheet =
      this.sheets.find((s) => id !== undefined && s.id === id) ??
      this.sheets.find((s) => s.metadata.some((m) => m.value === value));
    if (!sheet) throw new Error(`No tab carries the add-on key "${value}".`);
    return sheet;
  }
}

class FakeSpreadsheet implements Pick<
  GasSpreadsheet,
  | 'getSpreadsheetTimeZone'
  | 'getSheets'
  | 'getSheetById'
  | 'getSheetByName'
  | 'insertSheet'
  | 'setNamedRange'
  | 'createDeveloperMetadataFinder'
  | 'getDeveloperMetadata'
  | 'addDeveloperMetadata'
> {
  constructor(
    private _log: CallLog,
    readonly _state: FakeSpreadsheetState,
  ) {}
  private _sheet(state: FakeSheetState): GasSheet {
    return counted(this._log, 'Sheet', new FakeSheet(this._log, this._state, state));
  }
  getSpreadsheetTimeZone(): string {
    return this._state.timeZone;
  }
  getSheets(): GasSheet[] {
    return this._state.sheets.map((sheet) => this._sheet(sheet));
  }
  getSheetById(id: number): GasSheet | null {
    const sheet = this._state.sheets.find((s) => s.id === id);
    return sheet ? this._sheet(sheet) : null;
  }
  getSheetByName(name: string): GasSheet | null {
    const sheet = this._state.sheets.find((s) => s.name === name);
    return sheet ? this._sheet(sheet) : null;
  }
  getNumSheets(): number {
    return this._state.sheets.length;
  }
  insertSheet(name?: unknown, index?: unknown): GasSheet {
    if (typeof name !== 'string') throw new Error('The counting fake only inserts sheets by name.');
    if (index !== undefined && index !== this._state.sheets.length) {
      throw new Error('The counting fake only inserts sheets at the end.');
    }
    const sheet = this._state.addSheet(name);
    this._state.active = sheet.id; // Sheets activates a new tab
    return this._sheet(sheet);
  }
  getRangeByName(name: string): GasRange | null {
    const named = this._state.namedRanges.get(name);
    const sheet = named && this._state.sheets.find((s) => s.id === named.sheetId);
    if (!named || !sheet) return null;
    const r = parseA1(named.range);
    return counted<GasRange>(
      this._log,
      'Range',
      new FakeRange(this._log, sheet, r.row, r.column, r.numRows, r.numColumns),
    );
  }
  removeNamedRange(name: string): void {
    if (!this._state.namedRanges.delete(name)) throw new Error(`Named range "${name}" not found.`);
  }
  setNamedRange(name: string, range: GasRange): void {
    // Modelled strictly: Google does not document that an existing name is replaced.
    if (this._state.namedRanges.has(name)) throw new Error(`A named range "${name}" already exists.`);
    const fake = range as unknown as FakeRange;
    this._state.namedRanges.set(name, { sheetId: fake._sheet.id, range: fake._a1() });
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._state.metadata.map((m) =>
      counted<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(this._log, 'DeveloperMetadata', {
        getKey: () => m.key,
        getValue: () => m.value,
        setValue: (value: string) => {
          m.value = value;
        },
      }),
    );
  }
  addDeveloperMetadata(key: string, value?: unknown): GasSpreadsheet {
    this._state.metadata.push({ key, value: typeof value === 'string' ? value : '' });
    return this as unknown as GasSpreadsheet;
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const log = this._log;
    const book = this._state;
    let wanted: string | null = null;
    const finder = counted<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>(log, 'DeveloperMetadataFinder', {
      withKey: (key: string) => {
        wanted = key;
        return finder;
      },
      find: () =>
        book.sheets.flatMap((sheet) =>
          sheet.metadata
            .filter((m) => wanted === null || m.key === wanted)
            .map((m) =>
              counted(log, 'DeveloperMetadata', {
                getKey: () => m.key,
                getValue: () => m.value,
                getLocation: () =>
                  counted(log, 'DeveloperMetadataLocation', {
                    getSheet: () => counted(log, 'Sheet', new FakeSheet(log, book, sheet)),
                  }),
              }),
            ),
        ),
    });
    return finder;
  }
}

export interface CountingServices {
  app: GasApp;
  spreadsheet: GasSpreadsheet;
  lock: GasLockService;
  state: FakeSpreadsheetState;
  /** Every call, in order. */
  log: CallLog;
  /** Calls that reach the document: everything but builders and the lock. */
  documentCalls(): number;
  /** Calls on builders (validation, conditional format, chart), which only build values in the script. */
  builderCalls(): number;
  /** Calls that grew a tab (insertRowsAfter, insertColumnsAfter): made only when a plan needs more room. */
  growthCalls(): number;
  /** Forget the calls so far (e.g. after setting up the spreadsheet). */
  resetLog(): void;
}

/** A fresh fake spreadsheet with the tabs named, plus the SpreadsheetApp and LockService that go with it. */
export function createCountingServices(sheetNames: string[] = ['Sheet1']): CountingServices {
  const log: CallLog = [];
  const state = new FakeSpreadsheetState();
  for (const name of sheetNames) state.addSheet(name);
  const spreadsheet = counted<GasSpreadsheet>(log, 'Spreadsheet', new FakeSpreadsheet(log, state));
  let held = false;
  const lockObject = counted<GoogleAppsScript.Lock.Lock>(
    log,
    'Lock',
    {
      waitLock: (_timeout: number) => {
        if (held) throw new Error('Lock timeout: another process was holding the lock for too long.');
        held = true;
      },
      tryLock: (_timeout: number) => {
        if (held) return false;
        held = true;
        return true;
      },
      hasLock: () => held,
      releaseLock: () => {
        held = false;
      },
    },
    'Lock',
    'lock',
  );
  const lock = counted<GasLockService>(
    log,
    'LockService',
    { getDocumentLock: () => lockObject },
    'LockService',
    'lock',
  );
  const app = counted<GasApp>(log, 'SpreadsheetApp', {
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    getActiveSpreadsheet: () => spreadsheet,
    flush: () => undefined,
    newDataValidation: () => builderProxy(log, 'DataValidationBuilder', new FakeBuilder(validationFrom)),
    newConditionalFormatRule: () =>
      builderProxy(log, 'ConditionalFormatRuleBuilder', new FakeBuilder(conditionalRuleFrom)),
  });
  const isBuilder = (call: string) => BUILDER_CALLS.some((prefix) => call.startsWith(prefix));
  const isLock = (call: string) => call.startsWith('Lock');
  return {
    app,
    spreadsheet,
    lock,
    state,
    log,
    documentCalls: () => log.filter((call) => !isBuilder(call) && !isLock(call)).length,
    builderCalls: () => log.filter(isBuilder).length,
    growthCalls: () => log.filter((call) => GROWTH_CALLS.includes(call)).length,
    resetLog: () => {
      log.length = 0;
    },
  };
}

/** Whether the lock is held right now (for tests asserting it was released). */
export function lockIsHeld(services: CountingServices): boolean {
  return services.lock.getDocumentLock()?.hasLock() ?? false;
}

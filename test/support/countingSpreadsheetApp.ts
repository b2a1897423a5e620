/**
 * A counting fake of the Spreadsheet service and LockService, typed against @types/google-apps-script.
 * It implements just what the appliers use, behaves like Google Sheets where that matters for the tests,
 * and records every call ('Sheet.getRange', 'Range.setValues', 'Lock.waitLock', ...) in order.
 *
 * Sheets behaviour it models: setValues parses strings as if typed (a leading apostrophe keeps text,
 * '=…' '+…' '-…' '@…' become formulas, numeric text becomes a number, TRUE/FALSE booleans), so a test can
 * tell text that stayed text from text that did not. It does not calculate formulas: a formula cell's
 * value reads as ''.
 */

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

/** Wraps an object so every method call is logged as 'Name.method' and unknown methods fail loudly. */
function counted<T extends object>(log: CallLog, name: string, target: object): T {
  const proxy: object = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof property !== 'string' || property === 'constructor' || property.startsWith('_')) return value;
      if (typeof value !== 'function') {
        if (value === undefined && !(property in object) && property !== 'then' && property !== 'toJSON') {
          throw new Error(
            `The counting fake has no ${name}.${property}: add it to test/support/countingSpreadsheetApp.ts.`,
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
  constructor(
    public id: number,
    public name: string,
  ) {}

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

  /** Types into a cell as a user would (parsed like the Sheets UI). */
  type(row: number, column: number, input: string | number | boolean): void {
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
  | 'getFormulas'
  | 'setValues'
  | 'setFormulas'
  | 'getNumberFormats'
  | 'setNumberFormats'
  | 'getDataValidations'
  | 'setDataValidations'
  | 'getNotes'
  | 'setNotes'
  | 'protect'
> {
  constructor(
    private _log: CallLog,
    readonly _sheet: FakeSheetState,
    readonly _row: number,
    readonly _column: number,
    readonly _numRows: number,
    readonly _numColumns: number,
  ) {}

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

  private _write<T>(grid: T[][], what: string, write: (row: number, column: number, value: T) => void): void {
    if (grid.length !== this._numRows || grid.some((row) => row.length !== this._numColumns)) {
      throw new Error(
        `${what}: the data has ${grid.length} rows of ${grid[0]?.length} but the range ${this._a1()} is ${this._numRows} × ${this._numColumns}.`,
      );
    }
    grid.forEach((row, r) => row.forEach((value, c) => write(this._row + r, this._column + c, value)));
  }

  getA1Notation(): string {
    return this._a1();
  }
  getValues(): unknown[][] {
    return this._grid((r, c) => this._sheet.cell(r, c).value);
  }
  getFormulas(): string[][] {
    return this._grid((r, c) => this._sheet.cell(r, c).formula);
  }
  setValues(values: unknown[][]): GasRange {
    this._write(values, 'setValues', (r, c, value) => this._sheet.cells.set(`${r},${c}`, parseInput(value)));
    return this as unknown as GasRange;
  }
  setFormulas(formulas: string[][]): GasRange {
    this._write(formulas, 'setFormulas', (r, c, formula) =>
      this._sheet.cells.set(`${r},${c}`, formula ? { value: '', formula } : { value: '', formula: '' }),
    );
    return this as unknown as GasRange;
  }
  getNumberFormats(): string[][] {
    return this._grid((r, c) => this._sheet.numberFormats.get(`${r},${c}`) ?? 'General');
  }
  setNumberFormats(formats: string[][]): GasRange {
    this._write(formats, 'setNumberFormats', (r, c, f) => this._sheet.numberFormats.set(`${r},${c}`, f));
    return this as unknown as GasRange;
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this._grid(
      (r, c) =>
        (this._sheet.validations.get(`${r},${c}`) ?? null) as GoogleAppsScript.Spreadsheet.DataValidation | null,
    );
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GasRange {
    this._write(rules, 'setDataValidations', (r, c, rule) =>
      this._sheet.validations.set(`${r},${c}`, rule as unknown as FakeValidation | null),
    );
    return this as unknown as GasRange;
  }
  getNotes(): string[][] {
    return this._grid((r, c) => this._sheet.notes.get(`${r},${c}`) ?? '');
  }
  setNotes(notes: string[][]): GasRange {
    this._write(notes, 'setNotes', (r, c, note) => this._sheet.notes.set(`${r},${c}`, note));
    return this as unknown as GasRange;
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

function builderProxy(log: CallLog, name: string, builder: FakeBuilder): unknown {
  const proxy: object = new Proxy(builder, {
    get(object, property) {
      if (typeof property !== 'string' || property.startsWith('_') || property === 'then') return undefined;
      return (...args: unknown[]) => {
        log.push(`${name}.${property}`);
        if (property === 'build') return object.build();
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
> {
  constructor(
    private _log: CallLog,
    private _book: FakeSpreadsheetState,
    readonly _state: FakeSheetState,
  ) {}

  private _range(row: number, column: number, numRows = 1, numColumns = 1): GasRange {
    return counted(this._log, 'Range', new FakeRange(this._log, this._state, row, column, numRows, numColumns));
  }

  getName(): string {
    return this._state.name;
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
    this._state.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this._state.frozenColumns = columns;
  }
  setColumnWidths(start: number, count: number, width: number): GasSheet {
    for (let c = start; c < start + count; c++) this._state.columnWidths.set(c, width);
    return this as unknown as GasSheet;
  }
  hideColumns(start: number, count = 1): void {
    for (let c = start; c < start + count; c++) this._state.hiddenColumns.add(c);
  }
  hideRows(start: number, count = 1): void {
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
  namedRanges = new Map<string, { sheetId: number; range: string }>();
  active = 0;
  private nextId = 1000;
  constructor(public timeZone = 'Europe/Copenhagen') {}

  addSheet(name: string): FakeSheetState {
    const sheet = new FakeSheetState(this.nextId++, name);
    this.sheets.push(sheet);
    return sheet;
  }
  sheetNamed(name: string): FakeSheetState {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No tab named "${name}"; tabs are: ${this.sheets.map((s) => s.name).join(', ')}.`);
    return sheet;
  }
  sheetWithKey(value: string): FakeSheetState {
    const sheet = this.sheets.find((s) => s.metadata.some((m) => m.value === value));
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
    if (this._state.sheets.some((s) => s.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
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
  const lockObject = counted<GoogleAppsScript.Lock.Lock>(log, 'Lock', {
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
  });
  const lock = counted<GasLockService>(log, 'LockService', { getDocumentLock: () => lockObject });
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
    resetLog: () => {
      log.length = 0;
    },
  };
}

/** Whether the lock is held right now (for tests asserting it was released). */
export function lockIsHeld(services: CountingServices): boolean {
  return services.lock.getDocumentLock()?.hasLock() ?? false;
}

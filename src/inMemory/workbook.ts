/**
 * An in-memory spreadsheet that behaves like the Google Sheets the add-on writes to, for tests and the
 * local preview: HyperFormula evaluates every formula for real (with the catalog's sheet functions
 * registered), and beside it the workbook keeps what Sheets keeps per tab: the add-on's sheet key,
 * number formats, validations, conditional formats, protections, notes, frozen rows, widths, hidden
 * rows/columns, charts and named ranges. Plans are applied with applyPlanToWorkbook
 * (applyPlanToWorkbook.ts); snapshot() gives the same SpreadsheetSnapshot as readSnapshot does on
 * Google Sheets. No Node APIs: it runs in the browser too. HyperFormula is GPL, so this never reaches
 * dist/Code.js.
 *
 * Rows and columns are 1-based in this API, as in Sheets; sheets are named by their tab name.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { boundOpenRanges, registerKpiFunctions } from './kpiPlugin.ts';
import { DEFAULT_LOCALE, englishNumberInput, formatValue, localNumberText, type ImpliedKind } from './formatValue.ts';
import { shiftFormula } from './shiftFormula.ts';
import { parseCell, parseRange, rangeA1, type GridRange } from '../plan/a1.ts';
import { locateRowKeys } from '../plan/rowKeys.ts';
import type { SheetSnapshot, SpreadsheetSnapshot } from '../plan/snapshot.ts';
import {
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  checkCellText,
  checkInsideGrid,
  checkSheetName,
  checkSpreadsheetCells,
  type GridSize,
} from '../plan/sheetsLimits.ts';
import type {
  CellStyle,
  CellValue,
  ChartSpec,
  ConditionalFormatSpec,
  DataValidationSpec,
  NamedRangeSpec,
  ProtectionSpec,
  SheetKey,
} from '../plan/types.ts';

/** A new Google Sheets tab has 1000 rows: open ranges like B2:B end at the tab's last row, as in Sheets. */
export const GRID_ROWS = NEW_SHEET_ROWS;

/** What the workbook keeps per cell besides its content; moves with the cell when rows are sorted or inserted. */
export interface CellAttributes {
  format?: string;
  note?: string;
  /** Index into SheetState.validationRules. */
  validation?: number;
  /**
   * The formula as written, when HyperFormula was given another one (open ranges like B2:B closed at
   * GRID_ROWS). Known limit: sorting or inserting rows adjusts HyperFormula's formula, not this text.
   */
  typedFormula?: string;
}

/** A validation without its range: one entry serves every cell it applies to. */
export type ValidationRuleSpec = Omit<DataValidationSpec, 'range'>;

export interface SheetState {
  /** Stable id, like Sheet.getSheetId(): survives renames. */
  sheetId: number;
  name: string;
  /** The add-on's developer metadata key, null for a tab the add-on did not create. */
  key: SheetKey | null;
  hidden: boolean;
  /**
   * The tab's grid, as in Sheets: a new tab is 1000 × 26, writing outside it throws Sheets' error, and
   * plans grow it first (src/plan/sheetsLimits.ts lists the limits this workbook shares with the stand-in).
   */
  maxRows: number;
  maxColumns: number;
  /** 'row,column' (1-based) → attributes. */
  cells: Map<string, CellAttributes>;
  validationRules: ValidationRuleSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  protections: ProtectionSpec[];
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
  charts: ChartSpec[];
}

/** What the preview shows for one cell. */
export interface CellView {
  /** The evaluated value; an error as its code ('#DIV/0!'), an empty cell as ''. */
  value: CellValue;
  /** '=…' for a formula cell, else ''. */
  formula: string;
  /** What the formula bar shows: the formula, or the value as typed. */
  input: string;
  /** The text Sheets would show, formatted with the cell's number format. */
  display: string;
  format?: string;
  /** For an error: what went wrong, as HyperFormula or the sheet function explains it. */
  error?: string;
  note?: string;
  validation?: ValidationRuleSpec;
  /** From the first conditional format rule that applies. */
  style?: CellStyle;
}

export interface SheetInfo {
  sheetId: number;
  name: string;
  key: SheetKey | null;
  hidden: boolean;
  /** Rows and columns in use (at least 1 × 1). */
  rows: number;
  columns: number;
}

/** The JSON form of a workbook (toJSON/fromJSON), e.g. for the preview's browser storage. */
export interface WorkbookJson {
  format: 'socialKpiKit.workbook';
  version: 1;
  nextSheetId: number;
  activeSheetId: number | null;
  timeZone: string;
  /** The spreadsheet locale, e.g. 'da_DK' (absent in workbooks saved before it was kept: en_US, not chosen). */
  locale?: string;
  localeChosen?: boolean;
  namedRanges: NamedRangeSpec[];
  sheets: {
    sheetId: number;
    name: string;
    key: SheetKey | null;
    hidden: boolean;
    /** The grid (absent in workbooks saved before it was kept: a new tab's 1000 × 26, or what the content needs). */
    maxRows?: number;
    maxColumns?: number;
    /** Cell contents as typed (HyperFormula's serialized form: text keeps its leading apostrophe). */
    contents: RawCellContent[][];
    cells: [string, CellAttributes][];
    validationRules: ValidationRuleSpec[];
    conditionalFormats: ConditionalFormatSpec[];
    protections: ProtectionSpec[];
    frozenRows: number;
    frozenColumns: number;
    columnWidths: [number, number][];
    hiddenColumns: number[];
    hiddenRows: number[];
    charts: ChartSpec[];
  }[];
}

function newSheetState(sheetId: number, name: string, key: SheetKey | null): SheetState {
  return {
    sheetId,
    name,
    key,
    hidden: false,
    maxRows: NEW_SHEET_ROWS,
    maxColumns: NEW_SHEET_COLUMNS,
    cells: new Map(),
    validationRules: [],
    conditionalFormats: [],
    protections: [],
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    hiddenRows: new Set(),
    charts: [],
  };
}

/** HyperFormula's settings closest to a Google Sheets spreadsheet in English. */
function buildEngine(): HyperFormula {
  registerKpiFunctions();
  return HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    // Sheets evaluates SUMPRODUCT's and FILTER's arguments as arrays; HyperFormula does so only with this on.
    useArrayArithmetic: true,
    dateFormats: ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD-MM-YYYY'],
    timeFormats: ['hh:mm', 'hh:mm:ss'],
    currencySymbol: ['$', '€', '£', 'kr'],
  });
}

function toCellValue(value: unknown): CellValue {
  if (value instanceof DetailedCellError) return value.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export class Workbook {
  readonly hf: HyperFormula;
  private readonly sheets: SheetState[] = [];
  private nextSheetId = 1;
  /** The tab in front (Sheet.activate()). */
  activeSheetId: number | null = null;
  readonly namedRanges = new Map<string, NamedRangeSpec>();
  /**
   * The spreadsheet's locale, as Sheets spells it ('en_US', 'da_DK', 'nl_NL'; File → Settings → Locale):
   * how numbers and dates are shown (formatValue.ts) and how typed numbers are read. Formulas keep
   * English names and ',' separators whatever the locale, as formulas written through the API do.
   */
  locale = DEFAULT_LOCALE;
  /** True once a user picked the locale (File → Settings in the preview): creating a KPI map then leaves it alone. */
  localeChosen = false;

  constructor(
    /** The spreadsheet's time zone, reported in snapshots. */
    readonly timeZone = 'Europe/Copenhagen',
  ) {
    this.hf = buildEngine();
  }

  // ---- Sheets ---------------------------------------------------------------------------------

  /** Adds a tab (the add-on's when `key` is given) and returns its state. Throws if the name is taken. */
  addSheet(name: string, key: SheetKey | null = null): SheetState {
    checkSheetName(
      name,
      this.sheets.map((sheet) => sheet.name),
    );
    checkSpreadsheetCells(this.cellCount() + NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    this.hf.addSheet(name);
    const state = newSheetState(this.nextSheetId++, name, key);
    this.sheets.push(state);
    this.activeSheetId ??= state.sheetId;
    return state;
  }

  /** Cells in the workbook: every tab's rows × columns, empty or not (what Sheets' 10 million limit counts). */
  cellCount(): number {
    return this.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
  }

  /** The tab's grid: rows × columns a user can type in. */
  gridSize(name: string): GridSize {
    const sheet = this.sheet(name);
    return { rows: sheet.maxRows, columns: sheet.maxColumns };
  }

  /** Adds rows and columns at the end of a tab so it is at least `size` (Sheet.insertRowsAfter/insertColumnsAfter). */
  growSheet(sheet: SheetState, size: GridSize): void {
    const rows = Math.max(sheet.maxRows, size.rows);
    const columns = Math.max(sheet.maxColumns, size.columns);
    if (rows === sheet.maxRows && columns === sheet.maxColumns) return;
    checkSpreadsheetCells(this.cellCount() - sheet.maxRows * sheet.maxColumns + rows * columns);
    sheet.maxRows = rows;
    sheet.maxColumns = columns;
  }

  /** Throws Sheets' errors for content outside the tab's grid or over the characters a cell holds. */
  checkCell(sheet: SheetState, row: number, column: number, content: unknown): void {
    checkInsideGrid({ row, column, numRows: 1, numColumns: 1 }, { rows: sheet.maxRows, columns: sheet.maxColumns });
    checkCellText(content);
  }

  listSheets(): SheetInfo[] {
    return this.sheets.map((sheet) => ({
      sheetId: sheet.sheetId,
      name: sheet.name,
      key: sheet.key,
      hidden: sheet.hidden,
      ...this.usedSize(sheet),
    }));
  }

  /** The tab's state by name; throws naming the tabs there are. */
  sheet(name: string): SheetState {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`There is no tab "${name}". Tabs: ${this.sheets.map((s) => s.name).join(', ')}.`);
    return sheet;
  }

  sheetById(sheetId: number): SheetState | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }

  /** The add-on's sheet with this key (the first, if a copy kept the key), or undefined. */
  sheetByKey(key: SheetKey): SheetState | undefined {
    return this.sheets.find((s) => s.key === key);
  }

  hasSheetNamed(name: string): boolean {
    return this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Renames a tab as a user would; formulas that refer to it follow. */
  renameSheet(name: string, newName: string): void {
    const sheet = this.sheet(name);
    if (sheet.name !== newName && this.hasSheetNamed(newName) && newName.toLowerCase() !== name.toLowerCase()) {
      throw new Error(`A sheet with the name "${newName}" already exists. Please enter another name.`);
    }
    this.hf.renameSheet(this.engineId(sheet), newName);
    sheet.name = newName;
  }

  /** HyperFormula's id of the tab (changes on fromJSON; use sheetId to keep hold of a tab). */
  engineId(sheet: SheetState): number {
    return this.hf.getSheetId(sheet.name) as number;
  }

  // ---- Reading --------------------------------------------------------------------------------

  private usedSize(sheet: SheetState): { rows: number; columns: number } {
    const { width, height } = this.hf.getSheetDimensions(this.engineId(sheet));
    return { rows: Math.max(1, height), columns: Math.max(1, width) };
  }

  private gridOf(name: string, a1: string): { sheet: SheetState; range: GridRange } {
    return { sheet: this.sheet(name), range: parseRange(a1) };
  }

  /** Evaluated values of a range, as Range.getValues gives them: '' for empty, errors as '#DIV/0!'. */
  getValues(sheetName: string, a1: string): CellValue[][] {
    const { sheet, range } = this.gridOf(sheetName, a1);
    const id = this.engineId(sheet);
    return Array.from({ length: range.numRows }, (_, r) =>
      Array.from({ length: range.numColumns }, (_, c) =>
        toCellValue(this.hf.getCellValue({ sheet: id, row: range.row - 1 + r, col: range.column - 1 + c })),
      ),
    );
  }

  /** One cell's evaluated value. */
  getValue(sheetName: string, a1: string): CellValue {
    return this.getValues(sheetName, a1)[0][0];
  }

  /** Formulas of a range as written ('' where a cell holds no formula), as Range.getFormulas gives them. */
  getFormulas(sheetName: string, a1: string): string[][] {
    const { sheet, range } = this.gridOf(sheetName, a1);
    return Array.from({ length: range.numRows }, (_, r) =>
      Array.from({ length: range.numColumns }, (_, c) => this.formulaAt(sheet, range.row + r, range.column + c)),
    );
  }

  private formulaAt(sheet: SheetState, row: number, column: number): string {
    const typed = sheet.cells.get(`${row},${column}`)?.typedFormula;
    if (typed) return typed;
    return this.hf.getCellFormula({ sheet: this.engineId(sheet), row: row - 1, col: column - 1 }) ?? '';
  }

  /** Everything the preview shows for one cell. */
  getCell(sheetName: string, a1: string): CellView {
    const sheet = this.sheet(sheetName);
    const { row, column } = parseCell(a1);
    const address = { sheet: this.engineId(sheet), row: row - 1, col: column - 1 };
    const raw = this.hf.getCellValue(address);
    const value = toCellValue(raw);
    const formula = this.formulaAt(sheet, row, column);
    const attributes = sheet.cells.get(`${row},${column}`) ?? {};
    const serialized = this.hf.getCellSerialized(address);
    const typed =
      typeof serialized === 'string' ? serialized.replace(/^'/, '') : serialized == null ? '' : String(serialized);
    // The formula bar shows a typed number in the spreadsheet's locale, as Sheets does ('12,5%' in da_DK).
    const input = formula || (typeof value === 'number' ? localNumberText(typed, this.locale) : typed);
    const view: CellView = {
      value,
      formula,
      input,
      display: formatValue(value, attributes.format, this.impliedKind(address), this.locale),
    };
    if (attributes.format !== undefined) view.format = attributes.format;
    if (raw instanceof DetailedCellError) view.error = raw.message || raw.value;
    if (attributes.note) view.note = attributes.note;
    if (attributes.validation !== undefined) view.validation = sheet.validationRules[attributes.validation];
    const style = this.conditionalStyle(sheet, row, column, value);
    if (style) view.style = style;
    return view;
  }

  private impliedKind(address: { sheet: number; row: number; col: number }): ImpliedKind {
    const type = this.hf.getCellValueDetailedType(address);
    if (type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME') return 'date';
    if (type === 'NUMBER_PERCENT') return 'percent';
    if (type === 'NUMBER_CURRENCY') return 'currency';
    return type === 'NUMBER_RAW' ? 'number' : 'other';
  }

  /** The style of the first conditional format rule whose range holds the cell and whose condition holds. */
  private conditionalStyle(sheet: SheetState, row: number, column: number, value: CellValue): CellStyle | undefined {
    for (const rule of sheet.conditionalFormats) {
      const ranges = rule.ranges.map(parseRange);
      const inside = ranges.some(
        (r) => row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns,
      );
      if (!inside) continue;
      const when = rule.when;
      let holds: boolean;
      if (when.kind === 'textEquals') holds = value !== '' && String(value).toLowerCase() === when.text.toLowerCase();
      else if (when.kind === 'textContains') holds = String(value).toLowerCase().includes(when.text.toLowerCase());
      else if (when.kind === 'numberLessThan') holds = typeof value === 'number' && value < when.value;
      else if (when.kind === 'numberGreaterThanOrEqual') holds = typeof value === 'number' && value >= when.value;
      else {
        const shifted = shiftFormula(when.formula, row - ranges[0].row, column - ranges[0].column);
        const result = this.hf.calculateFormula(shifted, this.engineId(sheet));
        holds = result === true || (typeof result === 'number' && result !== 0);
      }
      if (holds) return rule.style;
    }
    return undefined;
  }

  // ---- Writing --------------------------------------------------------------------------------

  /**
   * Sets one cell as a user typing it would: '=…' is a formula, a leading apostrophe keeps text, numbers,
   * percentages ('10%'), currency and dates ('2024-01-31') are recognised, anything else is text.
   * A number or boolean is stored as it is; null or '' empties the cell.
   */
  setCell(sheetName: string, a1: string, input: string | number | boolean | null): void {
    const sheet = this.sheet(sheetName);
    const { row, column } = parseCell(a1);
    // A cell formatted as plain text ('@', Format → Number → Plain text in Sheets) keeps what is typed
    // as text, '=…', '+1' and '2024-01-31' included, as Sheets and Calc do for text-formatted cells.
    if (typeof input === 'string' && input !== '' && sheet.cells.get(`${row},${column}`)?.format === '@')
      this.writeRaw(sheet, row, column, `'${input}`);
    else if (typeof input === 'string' && input.startsWith('=')) this.writeFormula(sheet, row, column, input);
    else if (typeof input === 'string' && englishNumberInput(input, this.locale) !== null)
      // '1.200,50' typed in a da_DK spreadsheet is the number 1200.5 there (the engine reads English only).
      this.writeRaw(sheet, row, column, englishNumberInput(input, this.locale));
    else this.writeRaw(sheet, row, column, input === '' ? null : input);
  }

  /** Writes content as HyperFormula reads it (apostrophe text, numbers, formulas). Clears a typed formula. */
  writeRaw(sheet: SheetState, row: number, column: number, content: RawCellContent): void {
    this.checkCell(sheet, row, column, content);
    const attributes = sheet.cells.get(`${row},${column}`);
    if (attributes?.typedFormula) delete attributes.typedFormula;
    this.hf.setCellContents({ sheet: this.engineId(sheet), row: row - 1, col: column - 1 }, content);
  }

  /** Writes a formula, closing open ranges (B2:B) at the tab's last row as Sheets' grid does, and remembering the original. */
  writeFormula(sheet: SheetState, row: number, column: number, formula: string): void {
    this.checkCell(sheet, row, column, formula);
    const bounded = boundOpenRanges(formula, sheet.maxRows);
    this.hf.setCellContents({ sheet: this.engineId(sheet), row: row - 1, col: column - 1 }, bounded);
    const key = `${row},${column}`;
    const attributes = sheet.cells.get(key) ?? {};
    if (bounded !== formula) attributes.typedFormula = formula;
    else delete attributes.typedFormula;
    sheet.cells.set(key, attributes);
  }

  /** The attributes of a cell, created on first use. */
  attributes(sheet: SheetState, row: number, column: number): CellAttributes {
    const key = `${row},${column}`;
    let attributes = sheet.cells.get(key);
    if (!attributes) {
      attributes = {};
      sheet.cells.set(key, attributes);
    }
    return attributes;
  }

  /**
   * Sorts rows firstRow…lastRow by one column, as a user sorting the sheet (Data › Sort range over whole
   * rows): values, formulas (their same-row references follow), row keys and cell formats move together.
   * Empty cells sort last; numbers before text, as in Sheets.
   */
  sortRows(sheetName: string, firstRow: number, lastRow: number, byColumn: number, ascending = true): void {
    const sheet = this.sheet(sheetName);
    const id = this.engineId(sheet);
    const height = this.hf.getSheetDimensions(id).height;
    // Rows past the last used one are empty: they sort last, so they stay where they are.
    const last = Math.min(lastRow, height);
    if (last <= firstRow) return;
    const rows = Array.from({ length: last - firstRow + 1 }, (_, i) => firstRow + i);
    const keyOf = (row: number) => toCellValue(this.hf.getCellValue({ sheet: id, row: row - 1, col: byColumn - 1 }));
    const rank = (value: CellValue) =>
      value === '' ? 3 : typeof value === 'number' ? 0 : typeof value === 'boolean' ? 2 : 1;
    const sorted = [...rows].sort((a, b) => {
      const x = keyOf(a);
      const y = keyOf(b);
      if (rank(x) !== rank(y) || x === '') return rank(x) - rank(y);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (ascending ? order : -order) || a - b;
    });
    // HyperFormula's setRowOrder takes, for every row of the sheet, the position it moves to.
    const order = Array.from({ length: height }, (_, i) => i);
    sorted.forEach((from, i) => (order[from - 1] = firstRow - 1 + i));
    this.hf.setRowOrder(id, order);
    const moved = new Map<string, CellAttributes>();
    for (const [key, attributes] of sheet.cells) {
      const [row, column] = key.split(',').map(Number);
      const target = row >= firstRow && row <= last ? order[row - 1] + 1 : row;
      moved.set(`${target},${column}`, attributes);
    }
    sheet.cells = moved;
  }

  /**
   * Inserts empty rows before `beforeRow`, as a user would: everything below moves down, formulas,
   * ranges of formats, rules, protections, charts and named ranges follow.
   */
  insertRows(sheetName: string, beforeRow: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    this.growSheet(sheet, { rows: sheet.maxRows + count, columns: sheet.maxColumns });
    this.hf.addRows(this.engineId(sheet), [beforeRow - 1, count]);
    const moved = new Map<string, CellAttributes>();
    for (const [key, attributes] of sheet.cells) {
      const [row, column] = key.split(',').map(Number);
      moved.set(`${row >= beforeRow ? row + count : row},${column}`, attributes);
    }
    sheet.cells = moved;
    const shift = (a1: string) => shiftRangeForInsert(a1, beforeRow, count);
    sheet.conditionalFormats = sheet.conditionalFormats.map((rule) => ({ ...rule, ranges: rule.ranges.map(shift) }));
    sheet.protections = sheet.protections.map((p) => ({ ...p, range: shift(p.range) }));
    sheet.hiddenRows = new Set([...sheet.hiddenRows].map((r) => (r >= beforeRow ? r + count : r)));
    for (const other of this.sheets) {
      other.charts = other.charts.map((chart) => ({
        ...chart,
        ranges: chart.ranges.map((ref) => {
          const on = ref.sheet === undefined ? other : this.sheetByKey(ref.sheet);
          return on === sheet ? { ...ref, range: shift(ref.range) } : ref;
        }),
      }));
    }
    for (const [name, named] of this.namedRanges) {
      if (this.sheetByKey(named.sheet) === sheet) this.namedRanges.set(name, { ...named, range: shift(named.range) });
    }
  }

  /**
   * Deletes rows firstRow…firstRow+count-1, as a user would: everything below moves up, cell
   * formats and hidden rows follow. Rules, protections, charts or named ranges on the tab are not
   * shifted here, so a tab that has any is refused rather than left wrong.
   */
  deleteRows(sheetName: string, firstRow: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    const named = [...this.namedRanges.values()].some((range) => this.sheetByKey(range.sheet) === sheet);
    const charted = this.sheets.some((other) =>
      other.charts.some((chart) =>
        chart.ranges.some((ref) => (ref.sheet === undefined ? other : this.sheetByKey(ref.sheet)) === sheet),
      ),
    );
    if (sheet.conditionalFormats.length || sheet.protections.length || named || charted) {
      throw new Error(`deleteRows: the in-memory workbook cannot shift the rules or ranges on "${sheetName}".`);
    }
    // As Sheet.deleteRows: the rows must be on the tab, and the grid shrinks by as many rows.
    checkInsideGrid({ row: firstRow, column: 1, numRows: count, numColumns: 1 }, this.gridSize(sheetName));
    this.hf.removeRows(this.engineId(sheet), [firstRow - 1, count]);
    sheet.maxRows -= count;
    const moved = new Map<string, CellAttributes>();
    for (const [key, attributes] of sheet.cells) {
      const [row, column] = key.split(',').map(Number);
      if (row < firstRow) moved.set(key, attributes);
      else if (row >= firstRow + count) moved.set(`${row - count},${column}`, attributes);
    }
    sheet.cells = moved;
    sheet.hiddenRows = new Set(
      [...sheet.hiddenRows]
        .filter((r) => r < firstRow || r >= firstRow + count)
        .map((r) => (r >= firstRow + count ? r - count : r)),
    );
    // Deleting a frozen row leaves one row fewer frozen, as in Sheets.
    if (firstRow <= sheet.frozenRows) sheet.frozenRows -= Math.min(count, sheet.frozenRows - firstRow + 1);
  }

  // ---- Snapshot and JSON ----------------------------------------------------------------------

  /** The same snapshot readSnapshot gives for Google Sheets. */
  snapshot(): SpreadsheetSnapshot {
    const sheets: SheetSnapshot[] = [];
    const seen = new Set<string>();
    const otherSheetNames: string[] = [];
    for (const sheet of this.sheets) {
      if (sheet.key === null || seen.has(sheet.key)) {
        otherSheetNames.push(sheet.name);
        continue;
      }
      seen.add(sheet.key);
      const { rows, columns } = this.usedSize(sheet);
      const a1 = rangeA1({ row: 1, column: 1, numRows: rows, numColumns: columns });
      const values = this.getValues(sheet.name, a1);
      sheets.push({
        key: sheet.key,
        sheetId: sheet.sheetId,
        name: sheet.name,
        hidden: sheet.hidden,
        values,
        formulas: this.getFormulas(sheet.name, a1),
        ...locateRowKeys(values),
      });
    }
    return { sheets, otherSheetNames, timeZone: this.timeZone };
  }

  /**
   * What was typed in a tab, without the values a formula spilled into the cells beside it: HyperFormula
   * serialises those as plain values, and on load the formula would find its spill area taken. Only
   * the formula is stored; it spills again when loaded.
   */
  private storedContents(sheet: SheetState): RawCellContent[][] {
    const id = this.engineId(sheet);
    return this.hf.getSheetSerialized(id).map((row, r) =>
      row.map((content, c) => {
        const address = { sheet: id, row: r, col: c };
        return this.hf.isCellPartOfArray(address) && !this.hf.doesCellHaveFormula(address) ? null : content;
      }),
    );
  }

  toJSON(): WorkbookJson {
    return {
      format: 'socialKpiKit.workbook',
      version: 1,
      nextSheetId: this.nextSheetId,
      activeSheetId: this.activeSheetId,
      timeZone: this.timeZone,
      locale: this.locale,
      localeChosen: this.localeChosen,
      namedRanges: [...this.namedRanges.values()],
      sheets: this.sheets.map((sheet) => ({
        sheetId: sheet.sheetId,
        name: sheet.name,
        key: sheet.key,
        hidden: sheet.hidden,
        maxRows: sheet.maxRows,
        maxColumns: sheet.maxColumns,
        contents: this.storedContents(sheet),
        cells: [...sheet.cells].filter(([, attributes]) => Object.keys(attributes).length > 0),
        validationRules: sheet.validationRules,
        conditionalFormats: sheet.conditionalFormats,
        protections: sheet.protections,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        columnWidths: [...sheet.columnWidths],
        hiddenColumns: [...sheet.hiddenColumns],
        hiddenRows: [...sheet.hiddenRows],
        charts: sheet.charts,
      })),
    };
  }

  /** A workbook from toJSON's output (e.g. parsed from browser storage). Throws on anything else. */
  static fromJSON(json: unknown): Workbook {
    const data = json as WorkbookJson;
    if (!data || data.format !== 'socialKpiKit.workbook' || data.version !== 1) {
      throw new Error('This is not a saved Social KPI Kit workbook (or one from a newer version): start a new one.');
    }
    const workbook = new Workbook(data.timeZone);
    workbook.locale = data.locale ?? DEFAULT_LOCALE;
    workbook.localeChosen = data.localeChosen ?? false;
    // Add every tab first, so formulas referring to later tabs resolve.
    for (const saved of data.sheets) {
      const sheet = workbook.addSheet(saved.name, saved.key);
      const used = { rows: saved.contents.length, columns: Math.max(0, ...saved.contents.map((row) => row.length)) };
      Object.assign(sheet, {
        sheetId: saved.sheetId,
        hidden: saved.hidden,
        maxRows: saved.maxRows ?? Math.max(NEW_SHEET_ROWS, used.rows),
        maxColumns: saved.maxColumns ?? Math.max(NEW_SHEET_COLUMNS, used.columns),
        cells: new Map(saved.cells),
        validationRules: saved.validationRules,
        conditionalFormats: saved.conditionalFormats,
        protections: saved.protections,
        frozenRows: saved.frozenRows,
        frozenColumns: saved.frozenColumns,
        columnWidths: new Map(saved.columnWidths),
        hiddenColumns: new Set(saved.hiddenColumns),
        hiddenRows: new Set(saved.hiddenRows),
        charts: saved.charts,
      });
    }
    workbook.hf.batch(() => {
      for (const saved of data.sheets) {
        const id = workbook.engineId(workbook.sheet(saved.name));
        if (saved.contents.length > 0) workbook.hf.setSheetContent(id, saved.contents);
      }
    });
    workbook.nextSheetId = data.nextSheetId;
    workbook.activeSheetId = data.activeSheetId;
    for (const named of data.namedRanges) workbook.namedRanges.set(named.name, named);
    return workbook;
  }
}

/** A range after rows were inserted before `at`: below it moves down, across it grows. */
export function shiftRangeForInsert(a1: string, at: number, count: number): string {
  const range = parseRange(a1);
  if (range.row >= at) return rangeA1({ ...range, row: range.row + count });
  if (range.row + range.numRows - 1 >= at) return rangeA1({ ...range, numRows: range.numRows + count });
  return a1;
}

/**
 * Carries out a plan on Google Sheets through SpreadsheetApp in batch calls. The number of calls
 * depends on the plan's shape (blocks, formats, rules, sheets), never on how many rows a block holds,
 * so a KPI map of 60 KPIs costs what one of 3 does (test/applyToSpreadsheet.test.ts counts them).
 *
 * Call withDocumentLock around readSnapshot + planning + this, so nobody writes in between: sheets
 * are found by the ids the snapshot read (SheetPlan.sheetId), or by their key when a plan gives none.
 * Per sheet, the aspects a plan gives are batched like this:
 * - values, formulas: one getRange + setValues/setFormulas per block;
 * - number formats, validations, notes: each written as ONE rectangle covering all its specs
 *   (getRange + setNumberFormats/setDataValidations/setNotes), reading the rectangle first only when the
 *   specs leave holes in it, so cells the plan does not mention keep what they had;
 * - conditional formats and charts: replaced as a whole (the add-on owns its sheets' rules and charts);
 * - protections: the add-on's own (description ending in PROTECTION_MARKER) are reused or removed,
 *   anyone else's are left alone.
 */
import {
  blockRange,
  boundingRange,
  parseCell,
  parseColumnSpan,
  parseRange,
  parseRowSpan,
  type GridRange,
} from './a1.ts';
import { findAddonSheets } from './addonSheets.ts';
import { toLiteralInput } from './literalText.ts';
import { fromSerialDate } from './serialDate.ts';
import {
  SHEET_KEY_METADATA,
  type ApplyResult,
  type ChartSpec,
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type Plan,
  type SheetKey,
  type SheetPlan,
} from './types.ts';
import { validatePlan } from './validatePlan.ts';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Appended to every protection description the add-on writes, so it finds its own again (in any language). */
export const PROTECTION_MARKER = ' (Social KPI Kit)';

/** Most "Name (n)" variants tried when a tab name is taken by a sheet the add-on did not create. */
const MAX_NAME_TRIES = 50;

export function applyPlanToSpreadsheet(app: App, spreadsheet: Spreadsheet, plan: Plan): ApplyResult {
  validatePlan(plan);
  const sheets = new Map<SheetKey, Sheet>();
  const created: ApplyResult['created'] = [];
  // Only searched when some sheet plan does not say where its sheet is.
  let byKey: Map<SheetKey, Sheet> | undefined;
  for (const sheetPlan of plan.sheets) {
    let sheet: Sheet | null | undefined = null;
    if (typeof sheetPlan.sheetId === 'number') {
      sheet = spreadsheet.getSheetById(sheetPlan.sheetId);
      if (!sheet)
        throw new Error(`The tab "${sheetPlan.name}" was deleted while the add-on was working: please run it again.`);
    } else if (sheetPlan.sheetId === undefined) {
      byKey ??= findAddonSheets(spreadsheet);
      sheet = byKey.get(sheetPlan.key);
    }
    if (!sheet) {
      if (!sheetPlan.create) {
        throw new Error(`The sheet "${sheetPlan.name}" is missing. Run the goal wizard again to rebuild it.`);
      }
      const name = freeSheetName(spreadsheet, sheetPlan.name);
      // Sheets puts a new tab after the active one and activates it, so the plan's new tabs stay in order.
      sheet = spreadsheet.insertSheet(name);
      sheet.addDeveloperMetadata(SHEET_KEY_METADATA, sheetPlan.key);
      created.push({ key: sheetPlan.key, name });
    }
    sheets.set(sheetPlan.key, sheet);
  }
  for (const sheetPlan of plan.sheets) applySheet(app, sheets.get(sheetPlan.key) as Sheet, sheetPlan, sheets);
  for (const named of plan.namedRanges ?? []) {
    // setNamedRange is not documented to replace an existing name, so an old one is removed first.
    if (spreadsheet.getRangeByName(named.name)) spreadsheet.removeNamedRange(named.name);
    spreadsheet.setNamedRange(named.name, (sheets.get(named.sheet) as Sheet).getRange(named.range));
  }
  if (plan.activate !== undefined) (sheets.get(plan.activate) as Sheet).activate();
  return { created };
}

/** The wanted name, or "Name (2)", "Name (3)"... when a tab of the user's already has it. */
function freeSheetName(spreadsheet: Spreadsheet, wanted: string): string {
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
  throw new Error(`Could not find a free tab name like "${wanted}": rename some of your tabs and try again.`);
}

function applySheet(app: App, sheet: Sheet, plan: SheetPlan, sheets: Map<SheetKey, Sheet>): void {
  if (plan.hidden === true) sheet.hideSheet();
  if (plan.hidden === false) sheet.showSheet();

  for (const block of plan.values ?? []) {
    const r = blockRange(block.start, block.values);
    sheet
      .getRange(r.row, r.column, r.numRows, r.numColumns)
      .setValues(block.values.map((row) => row.map(toLiteralInput)));
  }
  for (const block of plan.formulas ?? []) {
    const r = blockRange(block.start, block.formulas);
    sheet.getRange(r.row, r.column, r.numRows, r.numColumns).setFormulas(block.formulas);
  }

  if (plan.numberFormats?.length) {
    writeRectangle<string>(
      sheet,
      plan.numberFormats.map((spec) => ({ range: parseRange(spec.range), value: () => spec.format })),
      (range) => range.getNumberFormats(),
      (range, grid) => range.setNumberFormats(grid),
    );
  }
  if (plan.validations?.length) {
    writeRectangle<GoogleAppsScript.Spreadsheet.DataValidation | null>(
      sheet,
      plan.validations.map((spec) => {
        const rule = buildValidation(app, spec);
        return { range: parseRange(spec.range), value: () => rule };
      }),
      (range) => range.getDataValidations(),
      (range, grid) => range.setDataValidations(grid),
    );
  }
  if (plan.notes?.length) {
    writeRectangle<string>(
      sheet,
      plan.notes.map((block) => ({
        range: blockRange(block.start, block.notes),
        value: (row: number, column: number) => block.notes[row][column],
      })),
      (range) => range.getNotes(),
      (range, grid) => range.setNotes(grid),
    );
  }

  if (plan.conditionalFormats)
    sheet.setConditionalFormatRules(buildConditionalFormats(app, sheet, plan.conditionalFormats));
  if (plan.protections) applyProtections(app, sheet, plan);

  if (plan.frozenRows !== undefined) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns !== undefined) sheet.setFrozenColumns(plan.frozenColumns);
  for (const spec of plan.columnWidths ?? []) {
    const { start, count } = parseColumnSpan(spec.columns);
    sheet.setColumnWidths(start, count, spec.width);
  }
  for (const span of plan.hiddenColumns ?? []) {
    const { start, count } = parseColumnSpan(span);
    sheet.hideColumns(start, count);
  }
  for (const span of plan.hiddenRows ?? []) {
    const { start, count } = parseRowSpan(span);
    sheet.hideRows(start, count);
  }
  if (plan.charts) replaceCharts(sheet, plan.charts, sheets);
}

interface RectanglePart<T> {
  range: GridRange;
  /** The value for the cell at (row, column) counted from the part's top-left corner. */
  value: (row: number, column: number) => T;
}

/**
 * Writes several parts as one rectangle in one set call. When the parts leave holes, the rectangle is
 * read first (one more call) so the holes keep their current content.
 */
function writeRectangle<T>(
  sheet: Sheet,
  parts: RectanglePart<T>[],
  read: (range: Range) => T[][],
  write: (range: Range, grid: T[][]) => void,
): void {
  const box = boundingRange(parts.map((part) => part.range));
  const covered: boolean[][] = Array.from({ length: box.numRows }, () =>
    new Array<boolean>(box.numColumns).fill(false),
  );
  for (const { range } of parts) {
    for (let r = 0; r < range.numRows; r++) {
      for (let c = 0; c < range.numColumns; c++) covered[range.row - box.row + r][range.column - box.column + c] = true;
    }
  }
  const range = sheet.getRange(box.row, box.column, box.numRows, box.numColumns);
  const holes = covered.some((row) => row.includes(false));
  const grid: T[][] = holes
    ? read(range).map((row) => [...row])
    : Array.from({ length: box.numRows }, () => new Array<T>(box.numColumns));
  for (const part of parts) {
    for (let r = 0; r < part.range.numRows; r++) {
      for (let c = 0; c < part.range.numColumns; c++) {
        grid[part.range.row - box.row + r][part.range.column - box.column + c] = part.value(r, c);
      }
    }
  }
  write(range, grid);
}

/** A serial date as the Date that Apps Script reads as that calendar day. */
function serialToScriptDate(serial: number): Date {
  const [year, month, day] = fromSerialDate(serial).split('-').map(Number);
  return new Date(year, month - 1, day);
}

function buildValidation(app: App, spec: DataValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  let builder = app.newDataValidation();
  const rule = spec.rule;
  if (rule.kind === 'list') {
    builder = builder.requireValueInList(rule.values, rule.showDropdown ?? true);
  } else if (rule.kind === 'checkbox') {
    builder = builder.requireCheckbox();
  } else if (rule.kind === 'date') {
    if (rule.onOrAfter !== undefined && rule.onOrBefore !== undefined) {
      builder = builder.requireDateBetween(serialToScriptDate(rule.onOrAfter), serialToScriptDate(rule.onOrBefore));
    } else if (rule.onOrAfter !== undefined) {
      builder = builder.requireDateOnOrAfter(serialToScriptDate(rule.onOrAfter));
    } else if (rule.onOrBefore !== undefined) {
      builder = builder.requireDateOnOrBefore(serialToScriptDate(rule.onOrBefore));
    } else {
      builder = builder.requireDate();
    }
  } else if (rule.min !== undefined && rule.max !== undefined) {
    builder = builder.requireNumberBetween(rule.min, rule.max);
  } else if (rule.min !== undefined) {
    builder = builder.requireNumberGreaterThanOrEqualTo(rule.min);
  } else if (rule.max !== undefined) {
    builder = builder.requireNumberLessThanOrEqualTo(rule.max);
  } else {
    // Any number: Sheets has no "is a number" rule, so use the widest bounds it takes.
    builder = builder.requireNumberBetween(-Number.MAX_VALUE, Number.MAX_VALUE);
  }
  builder = builder.setAllowInvalid(!spec.reject);
  if (spec.helpText) builder = builder.setHelpText(spec.helpText);
  return builder.build();
}

function buildConditionalFormats(
  app: App,
  sheet: Sheet,
  specs: ConditionalFormatSpec[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  if (specs.length === 0) return [];
  // All rules' ranges in one call, then handed out in order.
  const ranges = sheet.getRangeList(specs.flatMap((spec) => spec.ranges)).getRanges();
  let next = 0;
  return specs.map((spec) => {
    let builder = app.newConditionalFormatRule();
    const when = spec.when;
    if (when.kind === 'textEquals') builder = builder.whenTextEqualTo(when.text);
    else if (when.kind === 'textContains') builder = builder.whenTextContains(when.text);
    else if (when.kind === 'numberLessThan') builder = builder.whenNumberLessThan(when.value);
    else if (when.kind === 'numberGreaterThanOrEqual') builder = builder.whenNumberGreaterThanOrEqualTo(when.value);
    else builder = builder.whenFormulaSatisfied(when.formula);
    if (spec.style.background) builder = builder.setBackground(spec.style.background);
    if (spec.style.fontColor) builder = builder.setFontColor(spec.style.fontColor);
    if (spec.style.bold !== undefined) builder = builder.setBold(spec.style.bold);
    builder = builder.setRanges(ranges.slice(next, next + spec.ranges.length));
    next += spec.ranges.length;
    return builder.build();
  });
}

function applyProtections(app: App, sheet: Sheet, plan: SheetPlan): void {
  const ours = (sheet.getProtections(app.ProtectionType.RANGE) as GoogleAppsScript.Spreadsheet.Protection[])
    .map((protection) => ({ protection, description: protection.getDescription() }))
    .filter(({ description }) => description.endsWith(PROTECTION_MARKER));
  const specs = plan.protections ?? [];
  specs.forEach((spec, i) => {
    const range = sheet.getRange(spec.range);
    const reused = ours[i];
    const description = spec.description.endsWith(PROTECTION_MARKER)
      ? spec.description
      : spec.description + PROTECTION_MARKER;
    const protection = reused ? reused.protection.setRange(range) : range.protect();
    if (reused?.description !== description) protection.setDescription(description);
    protection.setWarningOnly(spec.warningOnly);
  });
  for (const leftover of ours.slice(specs.length)) leftover.protection.remove();
}

function replaceCharts(sheet: Sheet, charts: ChartSpec[], sheets: Map<SheetKey, Sheet>): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  for (const spec of charts) {
    const start = sheet.newChart();
    let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder =
      spec.type === 'line' ? start.asLineChart() : start.asColumnChart();
    for (const ref of spec.ranges) {
      const source = ref.sheet === undefined ? sheet : (sheets.get(ref.sheet) as Sheet);
      builder = builder.addRange(source.getRange(ref.range));
    }
    const anchor = parseCell(spec.anchor);
    builder = builder
      .setPosition(anchor.row, anchor.column, 0, 0)
      .setOption('title', spec.title)
      .setOption('width', spec.width)
      .setOption('height', spec.height);
    sheet.insertChart(builder.build());
  }
}

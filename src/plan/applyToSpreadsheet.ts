/**
 * Carries out a plan on Google Sheets through SpreadsheetApp in batch calls. The number of calls
 * depends on the plan's shape (blocks, formats, rules, sheets), never on how many rows a block holds,
 * so a KPI map of 60 KPIs costs what one of 3 does (test/applyToSpreadsheet.test.ts counts them).
 *
 * A tab grows (insertRowsAfter/insertColumnsAfter) before anything is written beyond its grid.
 *
 * Call withDocumentLock around readSnapshot + planning + this, so nobody writes in between: sheets
 * are found by the ids the snapshot read (SheetPlan.sheetId; the Sheet objects readSnapshot found are
 * reused), or by their key when a plan gives none. New sheets are listed in the add-on's index on the
 * spreadsheet (addonSheets.ts).
 * A new sheet is inserted under the plan's name straight away; names are only looked up when Sheets
 * refuses it as taken. Per sheet, the aspects a plan gives are batched like this:
 * - every range the sheet plan writes (blocks, rectangles, rule ranges, protected ranges) is fetched
 *   in one getRangeList call (rangeBatch.ts), not with a getRange each;
 * - values, formulas: one setValues/setFormulas per block. Formulas are never merged into setValues:
 *   setFormulas is the documented way to write formulas in English syntax whatever the locale;
 * - number formats, validations, notes: each written as ONE rectangle covering all its specs
 *   (setNumberFormats/setDataValidations/setNotes), reading the rectangle first only when the specs
 *   leave holes in it, so cells the plan does not mention keep what they had. A sheet created by this
 *   apply has no validations or notes anywhere, so their holes are filled blank without reading;
 * - conditional formats and charts: replaced as a whole (the add-on owns its sheets' rules and charts);
 * - protections: the add-on's own (description ending in PROTECTION_MARKER) are reused or removed,
 *   anyone else's are left alone (a sheet created by this apply has none to read).
 * Formatting (every aspect but values and formulas) is written only when it differs from what the last
 * apply gave the sheet: the add-on's index keeps a fingerprint of it (planLook).
 */
import {
  blockRange,
  boundingRange,
  parseCell,
  parseColumnSpan,
  parseRange,
  parseRowSpan,
  rangeA1,
  type GridRange,
} from './a1.ts';
import {
  forgetAddonSheets,
  locateAddonSheets,
  rememberedAddonSheets,
  saveAddonSheets,
  type AddonSheets,
} from './addonSheets.ts';
import { growthNeeded, planExtent } from './planGrid.ts';
import { toLiteralInput } from './literalText.ts';
import { RangeBatch } from './rangeBatch.ts';
import { fromSerialDate } from './serialDate.ts';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type GridSize } from './sheetsLimits.ts';
import { fnv1a } from './hash.ts';
import {
  type ApplyResult,
  type CellValue,
  type ChartSpec,
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type Plan,
  type ProtectionSpec,
  type SheetKey,
  type SheetPlan,
  type ValueBlock,
} from './types.ts';
import { validatePlan } from './validatePlan.ts';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Appended to every protection description the add-on writes, so it finds its own again (in any language). */
export const PROTECTION_MARKER = ' (Social KPI Kit)';

/** Most "Name (n)" variants tried when a tab name is taken by a sheet the add-on did not create. */
const MAX_NAME_TRIES = 50;

export function applyPlanToSpreadsheet(app: App, spreadsheet: Spreadsheet, plan: Plan): ApplyResult {
  validatePlan(plan);
  const sheets = new Map<SheetKey, Sheet>();
  const created: ApplyResult['created'] = [];
  // What readSnapshot found in this run; otherwise looked up only when a plan needs it.
  let found: AddonSheets | undefined = rememberedAddonSheets(spreadsheet);
  forgetAddonSheets(spreadsheet);
  const addon = () => (found ??= locateAddonSheets(spreadsheet));
  for (const sheetPlan of plan.sheets) {
    let sheet: Sheet | null | undefined = null;
    if (typeof sheetPlan.sheetId === 'number') {
      const known = found?.sheets.get(sheetPlan.key);
      sheet = known?.sheetId === sheetPlan.sheetId ? known.sheet : spreadsheet.getSheetById(sheetPlan.sheetId);
      if (!sheet)
        throw new Error(`The tab "${sheetPlan.name}" was deleted while the add-on was working: please run it again.`);
    } else if (sheetPlan.sheetId === undefined) {
      sheet = addon().sheets.get(sheetPlan.key)?.sheet;
    }
    if (!sheet) {
      if (!sheetPlan.create) {
        throw new Error(`The sheet "${sheetPlan.name}" is missing. Run the goal wizard again to rebuild it.`);
      }
      // Sheets puts a new tab after the active one and activates it, so the plan's new tabs stay in order.
      const inserted = insertSheetNamed(spreadsheet, sheetPlan.name);
      sheet = inserted.sheet;
      addon().sheets.set(sheetPlan.key, { sheet, sheetId: sheet.getSheetId() });
      created.push({ key: sheetPlan.key, name: inserted.name });
    }
    sheets.set(sheetPlan.key, sheet);
  }
  const createdKeys = new Set(created.map((entry) => entry.key));
  const looks = new Map<SheetKey, string>();
  try {
    for (const sheetPlan of plan.sheets) {
      const isNew = createdKeys.has(sheetPlan.key);
      const look = planLook(sheetPlan);
      const known = found?.sheets.get(sheetPlan.key);
      // The formatting the last apply gave this sheet is what the plan asks for: only cells are written.
      const unchanged = !isNew && known?.look === look;
      const toApply = unchanged ? withoutLook(sheetPlan) : sheetPlan;
      applySheet(app, sheets.get(sheetPlan.key) as Sheet, toApply, sheets, isNew, known?.used);
      looks.set(sheetPlan.key, look);
    }
    for (const named of plan.namedRanges ?? []) {
      // setNamedRange is not documented to replace an existing name, so an old one is removed first.
      if (spreadsheet.getRangeByName(named.name)) spreadsheet.removeNamedRange(named.name);
      spreadsheet.setNamedRange(named.name, (sheets.get(named.sheet) as Sheet).getRange(named.range));
    }
    // Sheets activates the tab insertSheet adds, and nothing after it changes the active tab: when the
    // tab to bring to the front is the last one inserted, it is in front already.
    const last = created.length > 0 ? created[created.length - 1].key : undefined;
    const inFront = plan.sheets.find((sheetPlan) => sheetPlan.key === last)?.hidden === true ? undefined : last;
    if (plan.activate !== undefined && plan.activate !== inFront) (sheets.get(plan.activate) as Sheet).activate();
  } finally {
    // The index lists the sheets created (even when a later write failed, so the next run finds them
    // instead of adding more) and the formatting each sheet got: one call, only when it changed.
    if (looks.size > 0 || created.length > 0) {
      const index = addon();
      for (const [key, look] of looks) {
        const entry = index.sheets.get(key);
        if (entry) entry.look = look;
      }
      saveAddonSheets(spreadsheet, index);
    }
  }
  return { created };
}

/** The aspects of a sheet plan that are formatting: written again only when they change (see planLook). */
const LOOK_ASPECTS = [
  'hidden',
  'numberFormats',
  'validations',
  'notes',
  'conditionalFormats',
  'protections',
  'frozenRows',
  'frozenColumns',
  'columnWidths',
  'hiddenColumns',
  'hiddenRows',
  'charts',
] as const satisfies readonly (keyof SheetPlan)[];

/**
 * A fingerprint of a sheet plan's formatting (64 bits: two FNV-1a hashes). The index keeps the one each
 * sheet last got; a re-run whose plan gives the same formatting writes only cells, so a review that
 * changes one target costs a few calls, not a rewrite of every format, rule and protection. Formatting a
 * user changed by hand in between stays as they left it until the add-on's own formatting changes.
 */
export function planLook(plan: SheetPlan): string {
  const text = JSON.stringify(LOOK_ASPECTS.map((aspect) => plan[aspect] ?? null));
  return fnv1a(text) + fnv1a(text, 0x01000193);
}

function withoutLook(plan: SheetPlan): SheetPlan {
  const reduced: SheetPlan = { ...plan };
  for (const aspect of LOOK_ASPECTS) delete reduced[aspect];
  return reduced;
}

/**
 * Inserts a tab with the wanted name, or "Name (2)", "Name (3)"... when a tab of the user's already
 * has it. A plan computed from a snapshot names a free tab, so the name is tried straight away (Sheets
 * refuses a taken name with an error) and tab names are only looked up when it was refused.
 */
function insertSheetNamed(spreadsheet: Spreadsheet, wanted: string): { sheet: Sheet; name: string } {
  try {
    return { sheet: spreadsheet.insertSheet(wanted), name: wanted };
  } catch (error) {
    // Refused for another reason than the name (e.g. the spreadsheet is full): say so.
    if (!spreadsheet.getSheetByName(wanted)) throw error;
  }
  const name = freeSheetName(spreadsheet, wanted);
  return { sheet: spreadsheet.insertSheet(name), name };
}

/** The wanted name, or "Name (2)", "Name (3)"... when a tab of the user's already has it. */
function freeSheetName(spreadsheet: Spreadsheet, wanted: string): string {
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
  throw new Error(`Could not find a free tab name like "${wanted}": rename some of your tabs and try again.`);
}

/**
 * Grows the tab so every range of the plan is inside its grid: Sheets refuses a range outside it ("The
 * coordinates of the range are outside the dimensions of the sheet."). A tab this apply created is
 * 1000 × 26, so its size is known without asking; an existing tab's is read (a call per dimension the
 * plan reaches beyond the data readSnapshot found there).
 */
function growToFit(sheet: Sheet, plan: SheetPlan, isNew: boolean, used: GridSize | undefined): void {
  const extent = planExtent(plan);
  // Within the data readSnapshot found, the grid is big enough without asking.
  if (!isNew && used && extent.rows <= used.rows && extent.columns <= used.columns) return;
  const grid = isNew
    ? { rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS }
    : {
        rows: used && extent.rows <= used.rows ? used.rows : sheet.getMaxRows(),
        columns: used && extent.columns <= used.columns ? used.columns : sheet.getMaxColumns(),
      };
  const growth = growthNeeded(extent, grid);
  if (growth.rows > 0) sheet.insertRowsAfter(grid.rows, growth.rows);
  if (growth.columns > 0) sheet.insertColumnsAfter(grid.columns, growth.columns);
}

function applySheet(
  app: App,
  sheet: Sheet,
  plan: SheetPlan,
  sheets: Map<SheetKey, Sheet>,
  isNew: boolean,
  used?: GridSize,
): void {
  if (plan.hidden === true) sheet.hideSheet();
  if (plan.hidden === false) sheet.showSheet();
  growToFit(sheet, plan, isNew, used);

  // Every range this sheet's plan writes is registered first and fetched in one call.
  const batch = new RangeBatch(sheet);
  // A tab this apply created is empty: its value blocks go in as one rectangle (blank between them; the
  // formulas are written after the values), one setValues instead of one per block.
  const valueBlocks = isNew && (plan.values?.length ?? 0) > 1 ? [mergedBlock(plan.values ?? [])] : (plan.values ?? []);
  const valueKeys = valueBlocks.map((block) => batch.add(blockRange(block.start, block.values)));
  const formulaKeys = (plan.formulas ?? []).map((block) => batch.add(blockRange(block.start, block.formulas)));
  const formats = plan.numberFormats?.length
    ? rectangle<string>(
        batch,
        plan.numberFormats.map((spec) => ({ range: parseRange(spec.range), value: () => spec.format })),
      )
    : null;
  const validations = plan.validations?.length
    ? rectangle<GoogleAppsScript.Spreadsheet.DataValidation | null>(
        batch,
        plan.validations.map((spec) => {
          const rule = buildValidation(app, spec);
          return { range: parseRange(spec.range), value: () => rule };
        }),
      )
    : null;
  const notes = plan.notes?.length
    ? rectangle<string>(
        batch,
        plan.notes.map((block) => ({
          range: blockRange(block.start, block.notes),
          value: (row: number, column: number) => block.notes[row][column],
        })),
      )
    : null;
  const ruleKeys = (plan.conditionalFormats ?? []).map((spec) => spec.ranges.map((range) => batch.add(range)));
  const protectionKeys = (plan.protections ?? []).map((spec) => batch.add(spec.range));
  // A chart's ranges on this sheet come with the batch too; one on another sheet is fetched there.
  const chartKeys = (plan.charts ?? []).map((spec) =>
    spec.ranges.map((ref) => (ref.sheet === undefined ? batch.add(ref.range) : null)),
  );
  batch.fetch();

  valueBlocks.forEach((block, i) =>
    batch.get(valueKeys[i]).setValues(block.values.map((row) => row.map(toLiteralInput))),
  );
  (plan.formulas ?? []).forEach((block, i) => batch.get(formulaKeys[i]).setFormulas(block.formulas));

  if (formats) {
    writeRectangle(
      batch,
      formats,
      (range) => range.getNumberFormats(),
      (range, grid) => range.setNumberFormats(grid),
    );
  }
  if (validations) {
    writeRectangle(
      batch,
      validations,
      (range) => range.getDataValidations(),
      (range, grid) => range.setDataValidations(grid),
      isNew ? { blank: null } : undefined,
    );
  }
  if (notes) {
    writeRectangle(
      batch,
      notes,
      (range) => range.getNotes(),
      (range, grid) => range.setNotes(grid),
      isNew ? { blank: '' } : undefined,
    );
  }

  if (plan.conditionalFormats) {
    sheet.setConditionalFormatRules(
      buildConditionalFormats(
        app,
        plan.conditionalFormats,
        ruleKeys.map((keys) => keys.map((key) => batch.get(key))),
      ),
    );
  }
  if (plan.protections) {
    applyProtections(
      app,
      sheet,
      plan.protections,
      protectionKeys.map((key) => batch.get(key)),
      isNew,
    );
  }

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
  if (plan.charts) {
    replaceCharts(sheet, plan.charts, (chart, index) => {
      const key = chartKeys[chart][index];
      const ref = (plan.charts as ChartSpec[])[chart].ranges[index];
      return key === null ? (sheets.get(ref.sheet as SheetKey) as Sheet).getRange(ref.range) : batch.get(key);
    });
  }
}

/** Value blocks as one block over their bounding rectangle, null (blank) where none of them writes. */
function mergedBlock(blocks: readonly ValueBlock[]): ValueBlock {
  const ranges = blocks.map((block) => blockRange(block.start, block.values));
  const box = boundingRange(ranges);
  const values: CellValue[][] = Array.from({ length: box.numRows }, () =>
    new Array<CellValue>(box.numColumns).fill(null),
  );
  blocks.forEach((block, i) =>
    block.values.forEach((row, r) =>
      row.forEach((value, c) => (values[ranges[i].row - box.row + r][ranges[i].column - box.column + c] = value)),
    ),
  );
  return { start: rangeA1({ ...box, numRows: 1, numColumns: 1 }), values };
}

interface RectanglePart<T> {
  range: GridRange;
  /** The value for the cell at (row, column) counted from the part's top-left corner. */
  value: (row: number, column: number) => T;
}

/** Several parts to write as one rectangle: its range in the batch, and whether the parts leave holes. */
interface Rectangle<T> {
  key: string;
  box: GridRange;
  holes: boolean;
  parts: RectanglePart<T>[];
}

function rectangle<T>(batch: RangeBatch, parts: RectanglePart<T>[]): Rectangle<T> {
  const box = boundingRange(parts.map((part) => part.range));
  const covered: boolean[][] = Array.from({ length: box.numRows }, () =>
    new Array<boolean>(box.numColumns).fill(false),
  );
  for (const { range } of parts) {
    for (let r = 0; r < range.numRows; r++) {
      for (let c = 0; c < range.numColumns; c++) covered[range.row - box.row + r][range.column - box.column + c] = true;
    }
  }
  return { key: batch.add(box), box, holes: covered.some((row) => row.includes(false)), parts };
}

/**
 * Writes a rectangle's parts in one set call. When the parts leave holes, the rectangle is read first
 * (one more call) so the holes keep their current content, unless `fresh` says what every cell of the
 * sheet holds now: a tab this apply created holds no validation and no note anywhere.
 */
function writeRectangle<T>(
  batch: RangeBatch,
  { key, box, holes, parts }: Rectangle<T>,
  read: (range: Range) => T[][],
  write: (range: Range, grid: T[][]) => void,
  fresh?: { blank: T },
): void {
  const range = batch.get(key);
  const grid: T[][] =
    holes && !fresh
      ? read(range).map((row) => [...row])
      : Array.from({ length: box.numRows }, () => new Array<T>(box.numColumns).fill(fresh?.blank as T));
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

/** The rules, each with the ranges fetched for it (in the order of spec.ranges). */
function buildConditionalFormats(
  app: App,
  specs: ConditionalFormatSpec[],
  ranges: Range[][],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return specs.map((spec, i) => {
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
    builder = builder.setRanges(ranges[i]);
    return builder.build();
  });
}

/**
 * Reuses the add-on's own protections on the sheet (or removes the ones no longer planned) and leaves
 * everyone else's alone. A sheet created by this very apply has no protections yet, so none are read.
 */
function applyProtections(app: App, sheet: Sheet, specs: ProtectionSpec[], ranges: Range[], isNew: boolean): void {
  const existing = isNew ? [] : (sheet.getProtections(app.ProtectionType.RANGE) as Protection[]);
  const ours = existing
    .map((protection) => ({ protection, description: protection.getDescription() }))
    .filter(({ description }) => description.endsWith(PROTECTION_MARKER));
  specs.forEach((spec, i) => {
    const range = ranges[i];
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

/** The colour of a chart's reference line (the target): Sheets' grey. */
export const REFERENCE_COLOR = '#5f6368';

/** `range(chart, index)`: the Range of a chart's index-th data range. */
function replaceCharts(sheet: Sheet, charts: ChartSpec[], range: (chart: number, index: number) => Range): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  charts.forEach((spec, chart) => {
    const start = sheet.newChart();
    let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder =
      spec.type === 'line' ? start.asLineChart() : start.asColumnChart();
    spec.ranges.forEach((_, index) => {
      builder = builder.addRange(range(chart, index));
    });
    const anchor = parseCell(spec.anchor);
    builder = builder
      .setPosition(anchor.row, anchor.column, 0, 0)
      .setOption('title', spec.title)
      .setOption('width', spec.width)
      .setOption('height', spec.height);
    // Options only shape the chart the builder makes: no call to the document.
    if (spec.valueAxis) {
      const { min, max, percent } = spec.valueAxis;
      builder = builder.setOption('vAxis', {
        viewWindow: { min, max },
        ...(percent ? { format: 'percent' } : {}),
      });
    }
    if (spec.legend) builder = builder.setOption('legend', { position: spec.legend });
    if (spec.referenceSeries?.length) {
      builder = builder.setOption(
        'series',
        Object.fromEntries(
          spec.referenceSeries.map((index) => [index, { color: REFERENCE_COLOR, lineDashStyle: [6, 4] }]),
        ),
      );
    }
    sheet.insertChart(builder.build());
  });
}

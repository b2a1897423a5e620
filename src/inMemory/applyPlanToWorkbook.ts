/**
 * Carries out a plan on the in-memory workbook with the same meaning applyPlanToSpreadsheet gives it on
 * Google Sheets: sheets found by id or key (created under a free name when missing), strings written as
 * literal text, formulas evaluated, formats/validations/notes written cell by cell over the plan's
 * ranges (other cells keep theirs), conditional formats and charts replaced, the add-on's protections
 * replaced. A tab grows to what the plan needs before anything is written, and the workbook refuses what
 * Sheets refuses (cells outside the grid or over 50,000 characters, bad number formats and colours).
 * All writes go in one HyperFormula batch, so formulas are evaluated once at the end.
 */
import { blockRange, parseColumnSpan, parseRange, parseRowSpan } from '../plan/a1.ts';
import { toLiteralInput } from '../plan/literalText.ts';
import { planExtent } from '../plan/planGrid.ts';
import { checkColour, checkNumberFormat } from '../plan/sheetsLimits.ts';
import type { ApplyResult, Plan, SheetKey, SheetPlan } from '../plan/types.ts';
import { validatePlan } from '../plan/validatePlan.ts';
import type { SheetState, ValidationRuleSpec, Workbook } from './workbook.ts';

/** Most "Name (n)" variants tried when a tab name is taken by a sheet the add-on did not create. */
const MAX_NAME_TRIES = 50;

export function applyPlanToWorkbook(workbook: Workbook, plan: Plan): ApplyResult {
  validatePlan(plan);
  const sheets = new Map<SheetKey, SheetState>();
  const created: ApplyResult['created'] = [];
  for (const sheetPlan of plan.sheets) {
    let sheet: SheetState | undefined;
    if (typeof sheetPlan.sheetId === 'number') {
      sheet = workbook.sheetById(sheetPlan.sheetId);
      if (!sheet)
        throw new Error(`The tab "${sheetPlan.name}" was deleted while the add-on was working: please run it again.`);
    } else if (sheetPlan.sheetId === undefined) {
      sheet = workbook.sheetByKey(sheetPlan.key);
    }
    if (!sheet) {
      if (!sheetPlan.create)
        throw new Error(`The sheet "${sheetPlan.name}" is missing. Run the goal wizard again to rebuild it.`);
      sheet = workbook.addSheet(freeSheetName(workbook, sheetPlan.name), sheetPlan.key);
      created.push({ key: sheetPlan.key, name: sheet.name });
    }
    sheets.set(sheetPlan.key, sheet);
  }
  workbook.hf.batch(() => {
    for (const sheetPlan of plan.sheets) applySheet(workbook, sheets.get(sheetPlan.key) as SheetState, sheetPlan);
  });
  for (const named of plan.namedRanges ?? []) workbook.namedRanges.set(named.name, { ...named });
  if (plan.activate !== undefined) workbook.activeSheetId = (sheets.get(plan.activate) as SheetState).sheetId;
  return { created };
}

function freeSheetName(workbook: Workbook, wanted: string): string {
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    if (!workbook.hasSheetNamed(name)) return name;
  }
  throw new Error(`Could not find a free tab name like "${wanted}": rename some of your tabs and try again.`);
}

/** Calls `visit` for every cell (1-based row, column) of an A1 range. */
function eachCell(a1: string, visit: (row: number, column: number) => void): void {
  const range = parseRange(a1);
  for (let r = 0; r < range.numRows; r++) {
    for (let c = 0; c < range.numColumns; c++) visit(range.row + r, range.column + c);
  }
}

/** The index of an equal rule in the sheet's table, adding it when new. */
function ruleIndex(sheet: SheetState, rule: ValidationRuleSpec): number {
  const text = JSON.stringify(rule);
  const found = sheet.validationRules.findIndex((existing) => JSON.stringify(existing) === text);
  if (found >= 0) return found;
  sheet.validationRules.push(rule);
  return sheet.validationRules.length - 1;
}

function applySheet(workbook: Workbook, sheet: SheetState, plan: SheetPlan): void {
  if (plan.hidden !== undefined) sheet.hidden = plan.hidden;
  const engine = workbook.engineId(sheet);
  workbook.growSheet(sheet, planExtent(plan));
  for (const spec of plan.numberFormats ?? []) checkNumberFormat(spec.format);
  for (const spec of plan.conditionalFormats ?? []) {
    if (spec.style.background !== undefined) checkColour(spec.style.background);
    if (spec.style.fontColor !== undefined) checkColour(spec.style.fontColor);
  }

  for (const block of plan.values ?? []) {
    const { row, column } = blockRange(block.start, block.values);
    block.values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        workbook.checkCell(sheet, row + r, column + c, value);
        const attributes = sheet.cells.get(`${row + r},${column + c}`);
        if (attributes?.typedFormula) delete attributes.typedFormula;
      }),
    );
    const contents = block.values.map((cells) =>
      cells.map((value) => (value === null || value === '' ? null : toLiteralInput(value))),
    );
    workbook.hf.setCellContents({ sheet: engine, row: row - 1, col: column - 1 }, contents);
  }
  for (const block of plan.formulas ?? []) {
    const { row, column } = blockRange(block.start, block.formulas);
    block.formulas.forEach((cells, r) =>
      cells.forEach((formula, c) => {
        if (formula === '') workbook.writeRaw(sheet, row + r, column + c, null);
        else workbook.writeFormula(sheet, row + r, column + c, formula);
      }),
    );
  }
  for (const spec of plan.numberFormats ?? []) {
    eachCell(spec.range, (row, column) => (workbook.attributes(sheet, row, column).format = spec.format));
  }
  for (const spec of plan.validations ?? []) {
    const index = ruleIndex(sheet, { rule: spec.rule, helpText: spec.helpText, reject: spec.reject });
    eachCell(spec.range, (row, column) => (workbook.attributes(sheet, row, column).validation = index));
  }
  for (const block of plan.notes ?? []) {
    const { row, column } = blockRange(block.start, block.notes);
    block.notes.forEach((cells, r) =>
      cells.forEach((note, c) => {
        workbook.checkCell(sheet, row + r, column + c, note);
        const attributes = workbook.attributes(sheet, row + r, column + c);
        if (note) attributes.note = note;
        else delete attributes.note;
      }),
    );
  }
  if (plan.conditionalFormats) sheet.conditionalFormats = structuredClone(plan.conditionalFormats);
  if (plan.protections) sheet.protections = structuredClone(plan.protections);
  if (plan.frozenRows !== undefined) sheet.frozenRows = plan.frozenRows;
  if (plan.frozenColumns !== undefined) sheet.frozenColumns = plan.frozenColumns;
  for (const spec of plan.columnWidths ?? []) {
    const { start, count } = parseColumnSpan(spec.columns);
    for (let c = start; c < start + count; c++) sheet.columnWidths.set(c, spec.width);
  }
  for (const span of plan.hiddenColumns ?? []) {
    const { start, count } = parseColumnSpan(span);
    for (let c = start; c < start + count; c++) sheet.hiddenColumns.add(c);
  }
  for (const span of plan.hiddenRows ?? []) {
    const { start, count } = parseRowSpan(span);
    for (let r = start; r < start + count; r++) sheet.hiddenRows.add(r);
  }
  if (plan.charts) sheet.charts = structuredClone(plan.charts);
}

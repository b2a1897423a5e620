/**
 * Checks a plan's shape before anything is written, so a malformed plan fails whole with a message
 * saying what is wrong, instead of half-applied. Both appliers call it first. Pure.
 */
import { parseCell, parseColumnSpan, parseRange, parseRowSpan } from './a1.ts';
import type { Plan, SheetPlan } from './types.ts';

const NAMED_RANGE = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function checkGrid(where: string, grid: readonly (readonly unknown[])[]): void {
  if (grid.length === 0 || grid[0].length === 0) throw new Error(`${where} is empty: give at least one cell.`);
  const width = grid[0].length;
  grid.forEach((row, i) => {
    if (row.length !== width) {
      throw new Error(`${where} is not a rectangle: row ${i + 1} has ${row.length} cells, the first has ${width}.`);
    }
  });
}

function checkSheet(sheet: SheetPlan, keys: Set<string>): void {
  const at = `Sheet "${sheet.key}"`;
  if (!sheet.name.trim()) throw new Error(`${at} has no name: give the tab name to use when it is created.`);
  for (const [i, block] of (sheet.values ?? []).entries()) {
    const where = `${at}, value block ${i + 1} at ${block.start}`;
    parseCell(block.start);
    checkGrid(where, block.values);
    for (const row of block.values) {
      for (const value of row) {
        const ok =
          value === null ||
          typeof value === 'string' ||
          typeof value === 'boolean' ||
          (typeof value === 'number' && Number.isFinite(value));
        if (!ok)
          throw new Error(`${where} holds ${String(value)}: cells hold text, finite numbers, true/false or null.`);
      }
    }
  }
  for (const [i, block] of (sheet.formulas ?? []).entries()) {
    const where = `${at}, formula block ${i + 1} at ${block.start}`;
    parseCell(block.start);
    checkGrid(where, block.formulas);
    for (const formula of block.formulas.flat()) {
      if (formula !== '' && !formula.startsWith('=')) {
        throw new Error(`${where} holds "${formula}", which is not a formula: formulas start with "=".`);
      }
    }
  }
  for (const [i, block] of (sheet.notes ?? []).entries()) {
    parseCell(block.start);
    checkGrid(`${at}, note block ${i + 1} at ${block.start}`, block.notes);
  }
  for (const spec of sheet.numberFormats ?? []) parseRange(spec.range);
  for (const spec of sheet.validations ?? []) {
    parseRange(spec.range);
    if (spec.rule.kind === 'list' && spec.rule.values.length === 0) {
      throw new Error(`${at}: the dropdown on ${spec.range} has no values to choose from.`);
    }
  }
  for (const spec of sheet.conditionalFormats ?? []) {
    if (spec.ranges.length === 0) throw new Error(`${at}: a conditional format has no range.`);
    spec.ranges.forEach(parseRange);
  }
  const descriptions = new Set<string>();
  for (const spec of sheet.protections ?? []) {
    parseRange(spec.range);
    if (descriptions.has(spec.description)) {
      throw new Error(`${at}: two protections are described "${spec.description}"; descriptions must differ.`);
    }
    descriptions.add(spec.description);
  }
  for (const spec of sheet.columnWidths ?? []) parseColumnSpan(spec.columns);
  (sheet.hiddenColumns ?? []).forEach(parseColumnSpan);
  (sheet.hiddenRows ?? []).forEach(parseRowSpan);
  for (const chart of sheet.charts ?? []) {
    parseCell(chart.anchor);
    if (chart.ranges.length === 0) throw new Error(`${at}: the chart "${chart.title}" has no data range.`);
    for (const ref of chart.ranges) {
      parseRange(ref.range);
      if (ref.sheet !== undefined && !keys.has(ref.sheet)) {
        throw new Error(`${at}: the chart "${chart.title}" reads sheet "${ref.sheet}", which the plan does not have.`);
      }
    }
  }
}

/** Throws an Error naming the first problem; returns quietly when the plan can be applied. */
export function validatePlan(plan: Plan): void {
  const keys = new Set<string>();
  for (const sheet of plan.sheets) {
    if (keys.has(sheet.key)) throw new Error(`The plan has sheet "${sheet.key}" twice: give each sheet once.`);
    keys.add(sheet.key);
  }
  for (const sheet of plan.sheets) checkSheet(sheet, keys);
  for (const named of plan.namedRanges ?? []) {
    if (!NAMED_RANGE.test(named.name) || /^[A-Za-z]{1,3}[0-9]+$/.test(named.name)) {
      throw new Error(`"${named.name}" cannot name a range: use letters, digits and _ and not a cell address.`);
    }
    if (!keys.has(named.sheet))
      throw new Error(`The named range "${named.name}" is on sheet "${named.sheet}", which the plan does not have.`);
    parseRange(named.range);
  }
  if (plan.activate !== undefined && !keys.has(plan.activate)) {
    throw new Error(`The plan activates sheet "${plan.activate}", which it does not have.`);
  }
}

/**
 * How big a tab must be for a sheet plan: the last row and column anything in the plan touches (cells,
 * formats, validations, notes, rule and protection ranges, frozen, hidden and sized rows and columns,
 * chart ranges on the same tab and chart anchors). Both appliers grow a tab to this size before they
 * write (Sheets refuses a range outside the grid; see SHEETS_RULES.outsideGrid in sheetsLimits.ts). Pure.
 */
import { blockRange, parseCell, parseColumnSpan, parseRange, parseRowSpan, type GridRange } from './a1.ts';
import type { GridSize } from './sheetsLimits.ts';
import type { SheetPlan } from './types.ts';

/** The rows and columns a tab needs so that every range of the plan is inside its grid. */
export function planExtent(plan: SheetPlan): GridSize {
  const ranges: GridRange[] = [
    ...(plan.values ?? []).map((block) => blockRange(block.start, block.values)),
    ...(plan.formulas ?? []).map((block) => blockRange(block.start, block.formulas)),
    ...(plan.notes ?? []).map((block) => blockRange(block.start, block.notes)),
    ...(plan.numberFormats ?? []).map((spec) => parseRange(spec.range)),
    ...(plan.validations ?? []).map((spec) => parseRange(spec.range)),
    ...(plan.conditionalFormats ?? []).flatMap((spec) => spec.ranges.map(parseRange)),
    ...(plan.protections ?? []).map((spec) => parseRange(spec.range)),
    ...(plan.charts ?? []).flatMap((chart) => [
      { ...parseCell(chart.anchor), numRows: 1, numColumns: 1 },
      ...chart.ranges.filter((ref) => ref.sheet === undefined).map((ref) => parseRange(ref.range)),
    ]),
  ];
  let rows = Math.max(plan.frozenRows ?? 0, 1);
  let columns = Math.max(plan.frozenColumns ?? 0, 1);
  for (const range of ranges) {
    rows = Math.max(rows, range.row + range.numRows - 1);
    columns = Math.max(columns, range.column + range.numColumns - 1);
  }
  for (const span of [...(plan.hiddenColumns ?? []), ...(plan.columnWidths ?? []).map((spec) => spec.columns)]) {
    const { start, count } = parseColumnSpan(span);
    columns = Math.max(columns, start + count - 1);
  }
  for (const span of plan.hiddenRows ?? []) {
    const { start, count } = parseRowSpan(span);
    rows = Math.max(rows, start + count - 1);
  }
  return { rows, columns };
}

/** Rows and columns to add to a grid so it holds the extent (0 when it already does). */
export function growthNeeded(extent: GridSize, grid: GridSize): GridSize {
  return { rows: Math.max(0, extent.rows - grid.rows), columns: Math.max(0, extent.columns - grid.columns) };
}

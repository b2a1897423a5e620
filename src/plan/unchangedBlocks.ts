/**
 * Drops the value and formula blocks of a sheet plan that the sheet already holds exactly, as the
 * snapshot read under the same document lock shows it: writing them again would change nothing and
 * cost a call each. A re-run at a review rewrites only the rows and headers that changed. Pure.
 *
 * A cell counts as unchanged when:
 * - a value cell: the sheet has no formula there and the same value ('' for null or '');
 * - a formula cell: the sheet has that exact formula ('' : the cell is empty).
 * Value cells that a formula block of the same plan covers are not compared: the applier writes
 * formulas after values, so the formula decides what the cell ends up holding. For the same reason a
 * formula block that overlaps a value block still being written is kept, unchanged or not.
 */
import { blockRange, type GridRange } from './a1.ts';
import type { SheetSnapshot } from './snapshot.ts';
import type { CellValue, SheetPlan } from './types.ts';

function snapshotCell(sheet: SheetSnapshot, row: number, column: number): { value: CellValue; formula: string } {
  return {
    value: sheet.values[row - 1]?.[column - 1] ?? '',
    formula: sheet.formulas[row - 1]?.[column - 1] ?? '',
  };
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function withoutUnchangedBlocks(plan: SheetPlan, sheet: SheetSnapshot | undefined): SheetPlan {
  if (!sheet) return plan;
  const formulaCells = new Set<string>();
  for (const block of plan.formulas ?? []) {
    const r = blockRange(block.start, block.formulas);
    for (let i = 0; i < r.numRows; i++) {
      for (let j = 0; j < r.numColumns; j++) formulaCells.add(`${r.row + i},${r.column + j}`);
    }
  }
  const values = plan.values?.filter((block) => {
    const r = blockRange(block.start, block.values);
    return block.values.some((cells, i) =>
      cells.some((wanted, j) => {
        const row = r.row + i;
        const column = r.column + j;
        if (formulaCells.has(`${row},${column}`)) return false;
        const now = snapshotCell(sheet, row, column);
        return now.formula !== '' || now.value !== (wanted ?? '');
      }),
    );
  });
  const written = (values ?? []).map((block) => blockRange(block.start, block.values));
  const formulas = plan.formulas?.filter((block) => {
    const r = blockRange(block.start, block.formulas);
    if (written.some((w) => overlaps(w, r))) return true;
    return block.formulas.some((cells, i) =>
      cells.some((wanted, j) => {
        const now = snapshotCell(sheet, r.row + i, r.column + j);
        return wanted === '' ? now.formula !== '' || now.value !== '' : now.formula !== wanted;
      }),
    );
  });
  return {
    ...plan,
    ...(values ? { values } : {}),
    ...(formulas ? { formulas } : {}),
  };
}

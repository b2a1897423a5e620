/**
 * The first cell of a plan that would hold more text than a Sheets cell can (50,000 characters), so
 * the caller refuses the whole plan before anything is written: appliers write tab after tab, and a
 * cell refused halfway would leave the earlier tabs changed. Pure.
 */
import { SHEETS_CELL_LIMIT } from '../shared/fieldLimits.ts';
import { cellA1, parseCell } from './a1.ts';
import type { Plan } from './types.ts';

export interface OversizedCell {
  sheet: string;
  cell: string;
  length: number;
}

export function oversizedCell(plan: Plan, limit = SHEETS_CELL_LIMIT): OversizedCell | null {
  for (const sheet of plan.sheets) {
    const blocks = [
      ...(sheet.values ?? []).map((block) => ({ start: block.start, grid: block.values })),
      ...(sheet.formulas ?? []).map((block) => ({ start: block.start, grid: block.formulas })),
      ...(sheet.notes ?? []).map((block) => ({ start: block.start, grid: block.notes })),
    ];
    for (const { start, grid } of blocks) {
      const origin = parseCell(start);
      for (const [r, row] of grid.entries()) {
        for (const [c, value] of row.entries()) {
          if (typeof value === 'string' && value.length > limit) {
            return { sheet: sheet.name, cell: cellA1(origin.row + r, origin.column + c), length: value.length };
          }
        }
      }
    }
  }
  return null;
}

/**
 * "Prepare for sharing" on the in-memory workbook (tests and the local preview). HyperFormula is GPL:
 * like src/inMemory, this module is never imported by src/main.ts.
 */
import { applyPlanToWorkbook } from '../inMemory/applyPlanToWorkbook.ts';
import type { Workbook } from '../inMemory/workbook.ts';
import { rangeA1 } from '../plan/a1.ts';
import { toLiteralInput } from '../plan/literalText.ts';
import type { CellValue } from '../plan/types.ts';
import type { SheetGrid } from './sharingChanges.ts';
import type { SharingDocument } from './sharingDocument.ts';

export function workbookSharingDocument(workbook: Workbook): SharingDocument {
  return {
    readSheets(): SheetGrid[] {
      return workbook.listSheets().map((info) => {
        const a1 = rangeA1({ row: 1, column: 1, numRows: info.rows, numColumns: info.columns });
        return {
          sheetId: info.sheetId,
          name: info.name,
          values: workbook.getValues(info.name, a1),
          formulas: workbook.getFormulas(info.name, a1),
        };
      });
    },
    write(sheetId, writes) {
      const sheet = workbook.sheetById(sheetId);
      if (!sheet) throw new Error(`A sheet disappeared while preparing for sharing (id ${sheetId}). Try again.`);
      // Empty cells first, then content: HyperFormula drops an array formula's spill when a cell in it
      // is written afterwards, while Sheets' setFormulas writes the whole rectangle at once.
      workbook.hf.batch(() => {
        for (const pass of ['clear', 'fill'] as const) {
          for (const write of writes) {
            const grid: readonly (readonly CellValue[])[] = 'formulas' in write ? write.formulas : write.values;
            grid.forEach((cells, r) =>
              cells.forEach((cell, c) => {
                const [row, column] = [write.row + r, write.column + c];
                const empty = cell === '' || cell === null;
                if (pass === 'clear' && empty) workbook.writeRaw(sheet, row, column, null);
                if (pass === 'fill' && !empty) {
                  if ('formulas' in write) workbook.writeFormula(sheet, row, column, String(cell));
                  else workbook.writeRaw(sheet, row, column, toLiteralInput(cell));
                }
              }),
            );
          }
        }
      });
    },
    snapshot: () => workbook.snapshot(),
    applyPlan(plan) {
      applyPlanToWorkbook(workbook, plan);
    },
  };
}

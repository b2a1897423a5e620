/**
 * The spreadsheet door (src/door/spreadsheetDoor.ts) on the in-memory workbook: the tests, the sidebar's
 * local server and the preview run the commands through it. HyperFormula is GPL: like the rest of
 * src/inMemory, never imported by src/main.ts.
 */
import { cellA1 } from '../plan/a1.ts';
import type { SpreadsheetDoor, TabCells } from '../door/spreadsheetDoor.ts';
import { rangeA1 } from '../plan/a1.ts';
import { toLiteralInput } from '../plan/literalText.ts';
import type { CellValue } from '../plan/types.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';
import { applyPlanToWorkbook } from './applyPlanToWorkbook.ts';
import type { Workbook } from './workbook.ts';

export interface WorkbookDoorOptions {
  /** The user's locale, e.g. 'da-DK' (decides the default language); the browser's when left out. */
  locale?: string;
  /** 'YYYY-MM-DD' today; the browser's date when left out (tests fix it so dates stay valid). */
  today?: string;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function workbookDoor(workbook: Workbook, options: WorkbookDoorOptions = {}): SpreadsheetDoor {
  const userLocale = () => options.locale ?? (typeof navigator === 'undefined' ? null : navigator.language);
  return {
    readSnapshot: () => workbook.snapshot(),
    applyPlan: (plan) => applyPlanToWorkbook(workbook, plan),
    // One page, one user: nothing else writes in between.
    withLock: (work) => work(),
    activate(key) {
      const sheet = workbook.sheetByKey(key);
      if (sheet) workbook.activeSheetId = sheet.sheetId;
      return sheet !== undefined;
    },
    userLocale,
    today: () => options.today ?? localToday(),
    language: () => commandLanguage({ snapshot: workbook.snapshot(), userLocale: userLocale() }),
    readSheets() {
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
    readTab(sheetId) {
      const info = workbook.listSheets().find((sheet) => sheet.sheetId === sheetId);
      if (!info) return null;
      const a1 = rangeA1({ row: 1, column: 1, numRows: info.rows, numColumns: info.columns });
      return { values: workbook.getValues(info.name, a1), formulas: workbook.getFormulas(info.name, a1) } as TabCells;
    },
    tabNotes(sheetId) {
      const sheet = workbook.sheetById(sheetId);
      return sheet ? tabCells(workbook, sheet.name, (cell) => cell.note ?? '') : null;
    },
    writeTab(sheetId, write) {
      const sheet = workbook.sheetById(sheetId);
      if (!sheet) throw new Error(`A tab was deleted while the add-on was working (id ${sheetId}). Try again.`);
      const rowsBefore = sheet.maxRows;
      workbook.growSheet(sheet, { rows: write.rows, columns: write.columns });
      for (const { column, format } of write.grownFormats ?? [])
        for (let row = rowsBefore + 1; row <= sheet.maxRows; row++)
          workbook.attributes(sheet, row, column).format = format;
      workbook.hf.batch(() => {
        for (const rectangle of write.rectangles) {
          rectangle.cells.forEach((cells, r) =>
            cells.forEach((cell, c) => {
              const [row, column] = [rectangle.row + r, rectangle.column + c];
              if (cell !== null && typeof cell === 'object') workbook.writeFormula(sheet, row, column, cell.formula);
              else {
                workbook.checkCell(sheet, row, column, cell);
                workbook.writeRaw(sheet, row, column, cell === null || cell === '' ? null : toLiteralInput(cell));
              }
              const note = rectangle.notes?.[r]?.[c];
              if (note !== undefined) {
                const attributes = workbook.attributes(sheet, row, column);
                if (note) attributes.note = note;
                else delete attributes.note;
              }
            }),
          );
        }
      });
      for (const column of write.hideColumns ?? []) sheet.hiddenColumns.add(column);
    },
    displayValues: (name) => tabCells(workbook, name, (cell) => cell.display),
  };
}

/** Every cell of a tab, A1 to the last cell with content (as Range.getDataRange reads it), or null without the tab. */
function tabCells(
  workbook: Workbook,
  name: string,
  pick: (cell: ReturnType<Workbook['getCell']>) => string,
): string[][] | null {
  if (!workbook.hasSheetNamed(name)) return null;
  const { height, width } = workbook.hf.getSheetDimensions(workbook.engineId(workbook.sheet(name)));
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => pick(workbook.getCell(name, cellA1(r + 1, c + 1)))),
  );
}

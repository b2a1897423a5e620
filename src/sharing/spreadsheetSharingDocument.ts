/**
 * "Prepare for sharing" on Google Sheets. Reading costs one getSheets call plus five calls per tab
 * (id, name, data range, values, formulas), whatever the number of rows; writing costs two calls per
 * rectangle (getRange + setFormulas or setValues).
 */
import { applyPlanToSpreadsheet } from '../plan/applyToSpreadsheet.ts';
import { toLiteralInput } from '../plan/literalText.ts';
import { readSnapshot } from '../plan/readSnapshot.ts';
import { dateToSerial } from '../plan/serialDate.ts';
import type { CellValue } from '../plan/types.ts';
import type { SheetGrid } from './sharingChanges.ts';
import type { SharingDocument } from './sharingDocument.ts';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function toCellValue(value: unknown, timeZone: string): CellValue {
  if (value instanceof Date) return dateToSerial(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

export function spreadsheetSharingDocument(app: App, spreadsheet: Spreadsheet): SharingDocument {
  const sheetsById = new Map<number, Sheet>();
  let timeZone: string | undefined;
  return {
    readSheets(): SheetGrid[] {
      timeZone ??= spreadsheet.getSpreadsheetTimeZone();
      const zone = timeZone;
      return spreadsheet.getSheets().map((sheet) => {
        const sheetId = sheet.getSheetId();
        sheetsById.set(sheetId, sheet);
        const range = sheet.getDataRange();
        return {
          sheetId,
          name: sheet.getName(),
          values: range.getValues().map((row) => row.map((value) => toCellValue(value, zone))),
          formulas: range.getFormulas(),
        };
      });
    },
    write(sheetId, writes) {
      const sheet = sheetsById.get(sheetId);
      if (!sheet) throw new Error(`A sheet disappeared while preparing for sharing (id ${sheetId}). Try again.`);
      for (const write of writes) {
        if ('formulas' in write) {
          sheet
            .getRange(write.row, write.column, write.formulas.length, write.formulas[0].length)
            .setFormulas(write.formulas);
        } else {
          sheet
            .getRange(write.row, write.column, write.values.length, write.values[0].length)
            .setValues(write.values.map((row) => row.map(toLiteralInput)));
        }
      }
    },
    snapshot: () => readSnapshot(spreadsheet),
    applyPlan(plan) {
      applyPlanToSpreadsheet(app, spreadsheet, plan);
    },
  };
}

/**
 * Reads what a plan builder needs from a Google spreadsheet, in a number of calls that depends on the
 * number of tabs but never on rows or KPIs: the time zone, the add-on's sheets (one metadata query for
 * the whole spreadsheet), per add-on sheet its id, name, hidden flag, values and formulas (one data
 * range), and the names of the other tabs.
 */
import { findAddonSheets } from './addonSheets.ts';
import { locateRowKeys } from './rowKeys.ts';
import { dateToSerial } from './serialDate.ts';
import type { SheetSnapshot, SpreadsheetSnapshot } from './snapshot.ts';
import type { CellValue } from './types.ts';

/** A value from getValues as plan data: Dates become serial numbers in the spreadsheet's time zone. */
function toCellValue(value: unknown, timeZone: string): CellValue {
  if (value instanceof Date) return dateToSerial(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

export function readSnapshot(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SpreadsheetSnapshot {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets: SheetSnapshot[] = [];
  const addonNames = new Set<string>();
  for (const [key, sheet] of findAddonSheets(spreadsheet)) {
    const name = sheet.getName();
    addonNames.add(name);
    const range = sheet.getDataRange();
    const values = range.getValues().map((row) => row.map((value) => toCellValue(value, timeZone)));
    sheets.push({
      key,
      sheetId: sheet.getSheetId(),
      name,
      hidden: sheet.isSheetHidden(),
      values,
      formulas: range.getFormulas(),
      ...locateRowKeys(values),
    });
  }
  // Tab names are unique in a spreadsheet, so the other tabs are told apart by name: no id per tab.
  const otherSheetNames = spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => !addonNames.has(name));
  return { sheets, otherSheetNames, timeZone };
}

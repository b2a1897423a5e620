/**
 * Reads what a plan builder needs from a Google spreadsheet, in a number of calls that depends on the
 * number of tabs but never on rows or KPIs: the time zone, the add-on's sheets (metadata), every tab's
 * id and name, and per add-on sheet its hidden flag, values and formulas.
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
  const addon = findAddonSheets(spreadsheet);
  const addonIds = new Map<string, number>();
  for (const [key, sheet] of addon) addonIds.set(key, sheet.getSheetId());
  const addonIdSet = new Set(addonIds.values());

  const names = new Map<number, string>();
  const otherSheetNames: string[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const id = sheet.getSheetId();
    const name = sheet.getName();
    names.set(id, name);
    if (!addonIdSet.has(id)) otherSheetNames.push(name);
  }

  const sheets: SheetSnapshot[] = [];
  for (const [key, sheet] of addon) {
    const sheetId = addonIds.get(key) as number;
    const range = sheet.getDataRange();
    const values = range.getValues().map((row) => row.map((value) => toCellValue(value, timeZone)));
    const formulas = range.getFormulas();
    sheets.push({
      key,
      sheetId,
      name: names.get(sheetId) ?? sheet.getName(),
      hidden: sheet.isSheetHidden(),
      values,
      formulas,
      ...locateRowKeys(values),
    });
  }
  return { sheets, otherSheetNames, timeZone };
}

/**
 * Reads what a plan builder needs from a Google spreadsheet, in a number of calls that depends on the
 * number of the add-on's tabs but never on rows or KPIs: the time zone, where the add-on's sheets are
 * (addonSheets.ts: one index on the spreadsheet, then each sheet by id), per add-on sheet its name,
 * hidden flag, values and formulas (one data range). The names of the other tabs are read only when a planner asks
 * for them (snapshot.otherSheetNames), which it does only to name a tab it is about to create: a re-run
 * whose tabs all exist does not pay a call per tab for them.
 */
import { locateAddonSheets } from './addonSheets.ts';
import { locateRowKeys } from './rowKeys.ts';
import { dateToSerial } from './serialDate.ts';
import type { SheetSnapshot, SpreadsheetSnapshot } from './snapshot.ts';
import type { CellValue } from './types.ts';

/** A value from getValues as plan data: Dates become serial numbers in the spreadsheet's time zone. */
export function toCellValue(value: unknown, timeZone: string): CellValue {
  if (value instanceof Date) return dateToSerial(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

export function readSnapshot(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SpreadsheetSnapshot {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets: SheetSnapshot[] = [];
  const addonNames = new Set<string>();
  for (const [key, found] of locateAddonSheets(spreadsheet, true).sheets) {
    const { sheet, sheetId } = found;
    const name = sheet.getName();
    addonNames.add(name);
    const range = sheet.getDataRange();
    const values = range.getValues().map((row) => row.map((value) => toCellValue(value, timeZone)));
    // The grid holds at least the data: the apply that follows need not ask for its size to write inside it.
    found.used = { rows: values.length, columns: values[0]?.length ?? 0 };
    sheets.push({
      key,
      sheetId,
      name,
      hidden: sheet.isSheetHidden(),
      values,
      formulas: range.getFormulas(),
      ...locateRowKeys(values),
    });
  }
  let otherSheetNames: string[] | undefined;
  const snapshot = { sheets, timeZone } as SpreadsheetSnapshot;
  // Tab names are unique in a spreadsheet, so the other tabs are told apart by name: no id per tab.
  Object.defineProperty(snapshot, 'otherSheetNames', {
    enumerable: true,
    get: () =>
      (otherSheetNames ??= spreadsheet
        .getSheets()
        .map((sheet) => sheet.getName())
        .filter((name) => !addonNames.has(name))),
  });
  return snapshot;
}

/**
 * The spreadsheet door (src/door/spreadsheetDoor.ts) on Google Sheets: the one module that calls
 * SpreadsheetApp, LockService, Session and Utilities for the commands. Reading every tab costs one
 * getSheets call plus five calls per tab (id, name, data range, values, formulas), whatever the number of
 * rows; writing a rectangle costs two (getRange + setFormulas or setValues). Nothing runs at load.
 */
import type { Language } from '../catalog/types.ts';
import type { CommandDialogs, SpreadsheetDoor, WrittenCell } from '../door/spreadsheetDoor.ts';
import { findAddonSheets } from '../plan/addonSheets.ts';
import { applyPlanToSpreadsheet } from '../plan/applyToSpreadsheet.ts';
import { withDocumentLock, type LockServices } from '../plan/documentLock.ts';
import { toLiteralInput } from '../plan/literalText.ts';
import { readSnapshot, toCellValue } from '../plan/readSnapshot.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What setValues is handed for a cell: literal text escaped, a formula as itself. */
function writtenInput(cell: WrittenCell): string | number | boolean {
  return cell !== null && typeof cell === 'object' ? cell.formula : toLiteralInput(cell);
}

/** A tab read by readTab: the sheet, its data range and how far it reaches. */
interface ReadTab {
  sheet: Sheet;
  range: Range | null;
  rows: number;
  columns: number;
}

/** What the door calls; the globals on Google Sheets, the SpreadsheetApp stand-in in tests. */
export interface AppsScriptServices {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  lock: LockServices['lock'];
  /** Session.getActiveUserLocale(), or null when unknown. */
  userLocale(): string | null;
  /** Utilities.formatDate(date, timeZone, 'yyyy-MM-dd'). */
  isoDate(date: Date, timeZone: string): string;
}

export function appsScriptDoor(services: AppsScriptServices): SpreadsheetDoor {
  const { app, spreadsheet } = services;
  // Read once per run: readSnapshot reads it anyway, so today() and readSheets() do not ask again.
  let timeZone: string | undefined;
  const zone = () => (timeZone ??= spreadsheet.getSpreadsheetTimeZone());
  const sheetsById = new Map<number, Sheet>();
  const tabs = new Map<number, ReadTab>();
  const tabOf = (sheetId: number): ReadTab | null => {
    const known = tabs.get(sheetId);
    if (known) return known;
    const sheet = spreadsheet.getSheetById(sheetId);
    if (!sheet) return null;
    const tab: ReadTab = { sheet, range: null, rows: 0, columns: 0 };
    tabs.set(sheetId, tab);
    return tab;
  };
  const door: SpreadsheetDoor = {
    readSnapshot() {
      const snapshot = readSnapshot(spreadsheet);
      timeZone = snapshot.timeZone;
      return snapshot;
    },
    applyPlan: (plan) => applyPlanToSpreadsheet(app, spreadsheet, plan),
    withLock: (work, language) =>
      withDocumentLock({ lock: services.lock, app, language: () => language ?? door.language() }, work),
    activate(key) {
      const sheet = findAddonSheets(spreadsheet).get(key);
      if (sheet) sheet.activate();
      return sheet !== undefined;
    },
    userLocale: () => services.userLocale(),
    today: () => services.isoDate(new Date(), zone()),
    // The map's tab only (one finder query, three calls per add-on tab, two for its cells), not every
    // add-on tab as readSnapshot does.
    language(): Language {
      const map = findAddonSheets(spreadsheet).get('kpiMap');
      return commandLanguage({ mapCells: map ? map.getDataRange().getValues() : null, userLocale: door.userLocale() });
    },
    readSheets() {
      const timeZone = zone();
      return spreadsheet.getSheets().map((sheet) => {
        const sheetId = sheet.getSheetId();
        sheetsById.set(sheetId, sheet);
        const range = sheet.getDataRange();
        return {
          sheetId,
          name: sheet.getName(),
          values: range.getValues().map((row) => row.map((value) => toCellValue(value, timeZone))),
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
    displayValues: (name) => spreadsheet.getSheetByName(name)?.getDataRange().getDisplayValues() ?? null,
    readTab(sheetId) {
      const tab = tabOf(sheetId);
      if (!tab) return null;
      const timeZone = zone();
      tab.range = tab.sheet.getDataRange();
      const values = tab.range.getValues().map((row) => row.map((value) => toCellValue(value, timeZone)));
      tab.rows = values.length;
      tab.columns = values[0]?.length ?? 0;
      return { values, formulas: tab.range.getFormulas() };
    },
    tabNotes(sheetId) {
      const tab = tabOf(sheetId);
      if (!tab) return null;
      tab.range ??= tab.sheet.getDataRange();
      return tab.range.getNotes();
    },
    writeTab(sheetId, write) {
      const tab = tabOf(sheetId);
      if (!tab) throw new Error(`A tab was deleted while the add-on was working (id ${sheetId}). Try again.`);
      const { sheet } = tab;
      // The grid holds at least what was read: its size is asked for only when the write reaches past that.
      if (write.rows > tab.rows) {
        const rows = sheet.getMaxRows();
        if (rows < write.rows) {
          sheet.insertRowsAfter(rows, write.rows - rows);
          for (const { column, format } of write.grownFormats ?? [])
            sheet.getRange(rows + 1, column, write.rows - rows, 1).setNumberFormat(format);
        }
      }
      if (write.columns > tab.columns) {
        const columns = sheet.getMaxColumns();
        if (columns < write.columns) sheet.insertColumnsAfter(columns, write.columns - columns);
      }
      for (const rectangle of write.rectangles) {
        const range = sheet.getRange(
          rectangle.row,
          rectangle.column,
          rectangle.cells.length,
          rectangle.cells[0].length,
        );
        range.setValues(rectangle.cells.map((row) => row.map(writtenInput)));
        if (rectangle.notes) range.setNotes(rectangle.notes);
      }
      for (const column of write.hideColumns ?? []) sheet.hideColumns(column);
    },
  };
  return door;
}

/** The open spreadsheet, through the Apps Script globals. */
export function activeSpreadsheetDoor(): SpreadsheetDoor {
  return appsScriptDoor({
    app: SpreadsheetApp,
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
    lock: LockService,
    userLocale: () => Session.getActiveUserLocale() || null,
    isoDate: (date, timeZone) => Utilities.formatDate(date, timeZone, 'yyyy-MM-dd'),
  });
}

/** ui.alert (scope script.container.ui), asked for only when a dialog is shown. */
export function appsScriptDialogs(): CommandDialogs {
  const ui = () => SpreadsheetApp.getUi();
  return {
    alert(title, message) {
      const shown = ui();
      shown.alert(title, message, shown.ButtonSet.OK);
    },
    confirm(title, message) {
      const shown = ui();
      return shown.alert(title, message, shown.ButtonSet.OK_CANCEL) === shown.Button.OK;
    },
    // The command's result is in front of the user already (Build report brings its tab to the front).
    status: () => undefined,
  };
}

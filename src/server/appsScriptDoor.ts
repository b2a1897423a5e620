/**
 * The spreadsheet door (src/door/spreadsheetDoor.ts) on Google Sheets: the one module that calls
 * SpreadsheetApp, LockService, Session and Utilities for the commands. Reading every tab costs one
 * getSheets call plus five calls per tab (id, name, data range, values, formulas), whatever the number of
 * rows; writing a rectangle costs two (getRange + setFormulas or setValues). Nothing runs at load.
 */
import type { Language } from '../catalog/types.ts';
import type { CommandDialogs, SpreadsheetDoor } from '../door/spreadsheetDoor.ts';
import { findAddonSheets } from '../plan/addonSheets.ts';
import { applyPlanToSpreadsheet } from '../plan/applyToSpreadsheet.ts';
import { withDocumentLock, type LockServices } from '../plan/documentLock.ts';
import { toLiteralInput } from '../plan/literalText.ts';
import { readSnapshot, toCellValue } from '../plan/readSnapshot.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
    notes: (name) => spreadsheet.getSheetByName(name)?.getDataRange().getNotes() ?? null,
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

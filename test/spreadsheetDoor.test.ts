/**
 * The one spreadsheet door (src/door/spreadsheetDoor.ts) behaves the same on Google Sheets (its Apps Script
 * implementation over the SpreadsheetApp stand-in) and on the in-memory workbook of the tests and the
 * preview: the commands written once against it see one spreadsheet, whichever is behind the door.
 */
import { describe, expect, it } from 'vitest';
import { createWizardServer } from '../src/commands/wizardServer.ts';
import { MENU_COMMANDS } from '../src/commands/menuCommands.ts';
import type { SpreadsheetDoor } from '../src/door/spreadsheetDoor.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import { findSheet } from '../src/plan/snapshot.ts';
import { REPORT_TEXTS } from '../src/report/reportTexts.ts';
import { SHARING_TEXTS } from '../src/sharing/sharingTexts.ts';
import { SHEET_TEXTS } from '../src/wizard/sheetTexts.ts';
import { countingDoor } from './support/countingDoor.ts';
import { createCountingServices } from './support/countingSpreadsheetApp.ts';
import { newWorkbook } from './support/kpiMapWorkbook.ts';
import { wizardInput } from './support/wizardFixtures.ts';
import { createImportServer } from '../src/commands/importServer.ts';
import type { ImportTarget } from '../src/shared/importApi.ts';
import { toSerialDate } from '../src/plan/serialDate.ts';
import { IMPORT_RECORD_KEY } from '../src/wizard/importRecordColumn.ts';
import { importMapInput, monthsBatch } from './support/importFixtures.ts';

const TODAY = '2026-03-01';

const DOORS: [string, () => SpreadsheetDoor][] = [
  ['Google Sheets', () => ({ ...countingDoor(createCountingServices(['Sheet1']), 'da_DK'), today: () => TODAY })],
  ['the in-memory workbook', () => workbookDoor(newWorkbook(), { locale: 'da_DK', today: TODAY })],
];

describe.each(DOORS)('the spreadsheet door on %s', (_, open) => {
  it("has no KPI map to bring to the front before the wizard ran, and speaks the user's language", () => {
    const door = open();
    expect(door.activate('kpiMap')).toBe(false);
    expect(door.language()).toBe('da');
    expect(findSheet(door.readSnapshot(), 'kpiMap')).toBeUndefined();
  });

  it("lets the wizard build the map, which then brings it to the front and speaks the map's language", () => {
    const door = open();
    const summary = createWizardServer(door).applyWizard(wizardInput({}, 'nl'));
    expect(summary.messages).toEqual([]);
    const t = SHEET_TEXTS.nl;
    expect(summary.sheetsCreated).toEqual([t.dataName, t.mapName]);
    expect(door.activate('kpiMap')).toBe(true);
    expect(door.language()).toBe('nl');
    expect(findSheet(door.readSnapshot(), 'kpiMap')?.name).toBe(t.mapName);
  });

  it('reads every tab, and writes formulas and literal text into any of them', () => {
    const door = open();
    const sheet1 = door.readSheets().find((grid) => grid.name === 'Sheet1');
    if (!sheet1) throw new Error('No Sheet1');
    door.write(sheet1.sheetId, [
      { row: 1, column: 1, values: [['=typed as text', 5]] },
      { row: 2, column: 1, formulas: [['=B1*2']] },
    ]);
    const after = door.readSheets().find((grid) => grid.sheetId === sheet1.sheetId);
    expect(after?.formulas[0].slice(0, 2)).toEqual(['', '']);
    expect(after?.values[0].slice(0, 2)).toEqual(['=typed as text', 5]);
    expect(after?.formulas[1][0]).toBe('=B1*2');
  });

  it('runs work under its lock and hands back what the work returns', () => {
    expect(open().withLock(() => 42, 'en')).toBe(42);
    expect(open().withLock(() => 'no language given')).toBe('no language given');
  });

  it('gives the menu commands their dialogs: nothing to prepare for sharing is said, not asked', () => {
    const said: string[] = [];
    const asked: string[] = [];
    MENU_COMMANDS.prepareForSharing(open(), {
      alert: (title, message) => void said.push(`${title}: ${message}`),
      confirm: (_title, message) => (asked.push(message), true),
      status: (message) => void said.push(message),
    });
    expect(asked).toEqual([]);
    expect(said).toEqual([`${SHARING_TEXTS.da.title}: ${SHARING_TEXTS.da.nothing}`]);
  });
});

describe('a command written once', () => {
  it('builds the same KPI map and report through either door, and says so in the same words', () => {
    const tabs = DOORS.map(([, open]) => {
      const door = open();
      expect(createWizardServer(door).applyWizard(wizardInput({}, 'en')).messages).toEqual([]);
      const said: string[] = [];
      MENU_COMMANDS.buildReport(door, {
        alert: (_title, message) => void said.push(message),
        confirm: () => true,
        status: (message) => void said.push(message),
      });
      expect(said).toEqual([REPORT_TEXTS.en.built(REPORT_TEXTS.en.sheetName)]);
      return door.readSheets().map((grid) => ({ name: grid.name, formulas: grid.formulas }));
    });
    expect(tabs[0].map((tab) => tab.name)).toEqual(['Sheet1', 'KPI data', 'KPI map', REPORT_TEXTS.en.sheetName]);
    expect(tabs[0]).toEqual(tabs[1]);
  });

  it('imports an export and undoes it the same way through either door, reading and writing "KPI data" only', () => {
    const tabs = DOORS.map(([, open]) => {
      const door = open();
      expect(createWizardServer(door).applyWizard(importMapInput()).messages).toEqual([]);
      // "KPI data" as a user sees it: without the hidden record column, and without blank rows at the end.
      const dataTab = () => {
        const values = door.readSheets().find((grid) => grid.name === 'KPI data')?.values ?? [];
        const hidden = values[0].indexOf(IMPORT_RECORD_KEY);
        const rows = values.map((row) => row.filter((_, i) => i !== hidden));
        while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
        return rows;
      };
      const before = dataTab();
      const server = createImportServer(door);
      const target = server.getImportContext(null).target as ImportTarget;
      const summary = server.applyImport(monthsBatch(2, 0, target), false);
      expect(summary.written).toBe(8);
      const imported = dataTab();
      // A second file whose Instagram engagements come from another export column: flagged with a note.
      const views = { ...monthsBatch(3, 0, target) };
      views.values = views.values.map((value) => ({ ...value, sourceColumn: 'Views' }));
      server.applyImport(views, false);
      expect(server.undoImport(target).message).toMatch(/^Undone/);
      expect(dataTab()).toEqual(imported);
      // One import is undone, not the one before it.
      expect(server.undoImport(target).message).toBe('There is no import to undo.');
      expect(dataTab()).toEqual(imported);
      return { before, imported };
    });
    // The same numbers in the same cells on both, dates included (an ISO date typed is a date on both).
    expect(tabs[0].imported).toEqual(tabs[1].imported);
    expect(tabs[0].imported[2][0]).toBe(toSerialDate('2022-01-01'));
    expect(tabs[0].before).toEqual(tabs[1].before);
  });
});

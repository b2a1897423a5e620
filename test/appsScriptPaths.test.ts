/**
 * Every Apps Script path, through the server functions Apps Script calls, on the strict SpreadsheetApp
 * stand-in (it refuses what Sheets refuses: test/support/countingSpreadsheetApp.ts): the goal wizard's
 * first run and re-run, Build report, Prepare for sharing and its undo, at 3, 20 and 60 KPIs, in English,
 * Danish and Dutch, on a spreadsheet where the user already has tabs of other sizes. And the wizard's
 * server module itself: the user's locale, "today" in the spreadsheet's time zone, activating the map.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../src/catalog/types.ts';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { buildReport } from '../src/server/report.ts';
import { prepareForSharing, undoPrepareForSharing } from '../src/server/sharing.ts';
import { activateKpiMap, applyWizard, getWizardModel } from '../src/server/wizard.ts';
import type { WizardInput } from '../src/shared/wizardApi.ts';
import { columnsForKpis } from '../src/wizard/dataColumns.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { withAppsScriptGlobals } from './support/appsScriptGlobals.ts';
import { createCountingServices, type CountingServices } from './support/countingSpreadsheetApp.ts';
import { applyWizardTo } from './support/kpiMapWorkbook.ts';
import { inputWithKpis } from './support/manyKpis.ts';

const LOCALES: Record<Language, string> = { en: 'en_GB', da: 'da_DK', nl: 'nl_NL' };

/** Dialogs answer OK; every message shown is kept. */
function okDialogs(messages: string[]) {
  return {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' },
    Button: { OK: 'OK', CANCEL: 'CANCEL' },
    alert: (_title: string, message: string) => {
      messages.push(message);
      return 'OK';
    },
  };
}

/**
 * A spreadsheet where the user already works: "Sheet1" (a new tab), "Small" shrunk to 100 × 5 with a
 * custom function in it, and "Full", a 1000 × 26 tab with content up to its last row and column.
 */
function userSpreadsheet(): CountingServices {
  const services = createCountingServices(['Sheet1']);
  const small = services.state.addSheet('Small', 100, 5);
  small.type(1, 1, 'Clicks');
  small.type(1, 2, 'Impressions');
  small.type(1, 3, 'CTR');
  small.type(2, 1, 30);
  small.type(2, 2, 1200);
  small.type(2, 3, '=CTR(A2,B2)');
  small.type(100, 5, 'last cell');
  const full = services.state.addSheet('Full');
  for (let column = 1; column <= 26; column++) full.type(1000, column, column);
  for (let row = 1; row <= 1000; row += 37) full.type(row, 26, `row ${row}`);
  return services;
}

function inputIn(language: Language, count: number): WizardInput {
  return { ...inputWithKpis(count), language };
}

describe.each([3, 20, 60])('every Apps Script path on the strict stand-in, %i KPIs', (count) => {
  it.each(['en', 'da', 'nl'] as const)('in %s: wizard, re-run, report, prepare for sharing and undo', (language) => {
    const services = userSpreadsheet();
    const messages: string[] = [];
    const run = <T>(work: () => T) => withAppsScriptGlobals(services, LOCALES[language], okDialogs(messages), work);

    const first = run(() => applyWizard(inputIn(language, count)));
    expect(first.ok, first.messages.map((m) => m.message).join(' ')).toBe(true);
    expect(first.rowsAdded).toBe(count);
    expect(first.sheetsCreated).toHaveLength(3);

    const model = run(() => getWizardModel(null));
    expect(model.language).toBe(language);
    expect(model.current?.kpis).toHaveLength(count);
    const again = run(() => applyWizard(model.current as WizardInput));
    expect(again).toMatchObject({ ok: true, rowsAdded: 0, rowsUpdated: count, sheetsCreated: [] });

    run(() => buildReport());
    expect(services.state.sheetWithKey('report').charts.length).toBeGreaterThan(0);

    run(() => prepareForSharing());
    const small = services.state.sheetNamed('Small');
    expect(small.cell(2, 3).formula).not.toContain('CTR(');
    run(() => undoPrepareForSharing());
    expect(small.cell(2, 3).formula).toBe('=CTR(A2,B2)');

    // The user's tabs keep their size and content.
    const full = services.state.sheetNamed('Full');
    expect([small.maxRows, small.maxColumns, full.maxRows, full.maxColumns]).toEqual([100, 5, 1000, 26]);
    expect(small.cell(100, 5).value).toBe('last cell');
    expect(full.cell(1000, 26).value).toBe('row 1000');
    // The data tab is as wide as its columns, and no wider than it needs to be.
    const data = services.state.sheetWithKey('kpiData');
    expect(data.maxColumns).toBe(Math.max(26, data.extent().columns));
    expect(data.maxRows).toBe(1000);
  });
});

describe('the data sheets grow with the data', () => {
  it('a re-run that finds data near the end of the data tab grows it and extends formats and validations', () => {
    const services = createCountingServices(['Sheet1']);
    const run = <T>(work: () => T) => withAppsScriptGlobals(services, 'en_GB', okDialogs([]), work);
    run(() => applyWizard(inputWithKpis(3)));
    const data = services.state.sheetWithKey('kpiData');
    expect(data.numberFormats.get('1000,1')).toBe('yyyy-mm-dd');
    expect(data.validations.get('1000,1')?.criteria).toBe('requireDate');
    data.type(950, 1, 46_000);
    run(() => applyWizard(inputWithKpis(3)));
    expect(data.maxRows).toBe(1150);
    expect(data.numberFormats.get('1150,1')).toBe('yyyy-mm-dd');
    expect(data.validations.get('1150,1')?.criteria).toBe('requireDate');
    expect(data.cell(950, 1).value).toBe(46_000);
  });

  it('the in-memory workbook (and so the preview) does the same', () => {
    const { workbook } = applyWizardTo(inputWithKpis(60));
    const name = workbook.snapshot().sheets.find((sheet) => sheet.key === 'kpiData')?.name as string;
    // Period, channel, one column per input the 60 KPIs read, the note column and the import's hidden record.
    const ids = inputWithKpis(60).kpis.map((choice) => choice.kpiId);
    const columns = 4 + columnsForKpis(ids).filter((spec) => spec.sheet === 'kpiData').length;
    expect(workbook.gridSize(name)).toEqual({ rows: 1000, columns });
    workbook.setCell(name, 'A950', 46_000);
    applyPlanToWorkbook(workbook, buildKpiMapPlan(inputWithKpis(60), workbook.snapshot()).plan);
    expect(workbook.gridSize(name)).toEqual({ rows: 1150, columns });
    expect(workbook.getCell(name, 'A1150').format).toBe('yyyy-mm-dd');
    expect(() => workbook.setCell(name, 'A1151', 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('the wizard on Google Sheets (src/server/wizard.ts)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("speaks the user's locale and takes today in the spreadsheet's time zone", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T05:00:00Z'));
    const services = createCountingServices(['Sheet1']);
    const model = (zone: string, locale: string) => {
      services.state.timeZone = zone;
      return withAppsScriptGlobals(services, locale, okDialogs([]), () => getWizardModel(null));
    };
    expect(model('Pacific/Kiritimati', 'da_DK')).toMatchObject({ language: 'da', today: '2026-03-01' });
    expect(model('Pacific/Pago_Pago', 'nl_BE')).toMatchObject({ language: 'nl', today: '2026-02-28' });
    expect(model('Europe/Copenhagen', 'fr_FR')).toMatchObject({ language: 'en', today: '2026-03-01' });
    // A language chosen in the sidebar wins over the locale.
    const chosen = withAppsScriptGlobals(services, 'da_DK', okDialogs([]), () => getWizardModel('nl'));
    expect(chosen.language).toBe('nl');
  });

  it('builds the map, brings it to the front when asked, and says so in the user language when there is none', () => {
    const services = createCountingServices(['Sheet1']);
    const run = <T>(locale: string, work: () => T) => withAppsScriptGlobals(services, locale, okDialogs([]), work);
    expect(() => run('da_DK', () => activateKpiMap())).toThrow(
      'Der er endnu intet KPI-kort: kør målguiden og anvend den først.',
    );
    const summary = run('da_DK', () => applyWizard(inputIn('da', 3)));
    expect(summary).toMatchObject({ ok: true, mapSheetName: 'KPI-kort' });
    const map = services.state.sheetWithKey('kpiMap');
    expect(services.state.active).toBe(map.id);
    services.state.active = services.state.sheetNamed('Sheet1').id;
    run('da_DK', () => activateKpiMap());
    expect(services.state.active).toBe(map.id);
  });

  it('writes nothing when the input is invalid', () => {
    const services = createCountingServices(['Sheet1']);
    const summary = withAppsScriptGlobals(services, 'en_GB', okDialogs([]), () =>
      applyWizard({ ...inputWithKpis(3), kpis: [] }),
    );
    expect(summary.ok).toBe(false);
    expect(summary.messages.length).toBeGreaterThan(0);
    expect(services.state.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });
});

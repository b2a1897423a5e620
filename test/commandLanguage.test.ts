/**
 * One language for every message a command shows, by one rule: the KPI map's language, else the
 * user's. A Danish or Dutch workbook opened by someone whose Google account (or browser) is English:
 * Build report, Prepare for sharing and its undo, the goal wizard and the "someone else is updating"
 * message all speak the workbook's language, on Google Sheets and in the local preview.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MENU_ACTIONS } from '../preview/app/menuActions.ts';
import type { Language } from '../src/catalog/types.ts';
import { LOCK_TEXTS, LOCK_TIMEOUT_MS, withDocumentLock } from '../src/plan/documentLock.ts';
import { applyPlanToSpreadsheet } from '../src/plan/applyToSpreadsheet.ts';
import { readSnapshot } from '../src/plan/readSnapshot.ts';
import { REPORT_TEXTS } from '../src/report/reportTexts.ts';
import { buildReport } from '../src/server/report.ts';
import { prepareForSharing, undoPrepareForSharing } from '../src/server/sharing.ts';
import { applyWizard, getWizardModel } from '../src/server/wizard.ts';
import { SHARING_TEXTS } from '../src/sharing/sharingTexts.ts';
import { commandLanguage, mapLanguage } from '../src/wizard/commandLanguage.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { settingsCellText } from '../src/wizard/mapLayout.ts';
import { applyWizardTo } from './support/kpiMapWorkbook.ts';
import { recordingUi, withAppsScriptGlobals, type Dialog } from './support/appsScriptGlobals.ts';
import { createCountingServices, type CountingServices } from './support/countingSpreadsheetApp.ts';
import { kpi, wizardInput } from './support/wizardFixtures.ts';

const ENGLISH_USER = 'en_US';
const BUSY = (language: Language) => LOCK_TEXTS[language].busy(LOCK_TIMEOUT_MS / 1000);

/** A spreadsheet with a KPI map the wizard built in `language`, and a user tab with a CTR formula. */
function workbookIn(language: Language): CountingServices {
  const services = createCountingServices(['Numbers']);
  const numbers = services.state.sheets[0];
  numbers.type(2, 1, 30);
  numbers.type(2, 2, 1200);
  numbers.type(2, 3, '=CTR(A2,B2)');
  const input = wizardInput({ kpis: [kpi('follower_count'), kpi('cpc', { baseline: '2', target: '1' })] }, language);
  withDocumentLock(services, () =>
    applyPlanToSpreadsheet(
      services.app,
      services.spreadsheet,
      buildKpiMapPlan(input, readSnapshot(services.spreadsheet)).plan,
    ),
  );
  services.resetLog();
  return services;
}

/** Someone else holds the document lock. */
function holdLock(services: CountingServices): void {
  services.lock.getDocumentLock()!.waitLock(1);
}

/** Runs a command as Apps Script would, for an English-speaking user, answering every dialog with OK. */
function run(services: CountingServices, command: () => unknown): { dialogs: Dialog[]; error: string | null } {
  const { ui, dialogs } = recordingUi('OK');
  const scope = globalThis as Record<string, unknown>;
  const saved = scope.Utilities;
  scope.Utilities = { formatDate: () => '2026-03-01' };
  try {
    withAppsScriptGlobals(services, ENGLISH_USER, ui, command);
    return { dialogs, error: null };
  } catch (error) {
    return { dialogs, error: (error as Error).message };
  } finally {
    scope.Utilities = saved;
  }
}

describe('the language rule', () => {
  const danishMap = applyWizardTo(wizardInput({}, 'da')).workbook.snapshot();

  it("is the wizard's own switch, else the map's language, else the user's, else English", () => {
    expect(commandLanguage({ asked: 'nl', snapshot: danishMap, userLocale: 'en_US' })).toBe('nl');
    expect(commandLanguage({ asked: null, snapshot: danishMap, userLocale: 'nl_NL' })).toBe('da');
    expect(commandLanguage({ snapshot: applyWizardTo(wizardInput()).workbook.snapshot(), userLocale: 'da' })).toBe(
      'en',
    );
    expect(commandLanguage({ snapshot: null, userLocale: 'nl-BE' })).toBe('nl');
    expect(commandLanguage({ userLocale: 'de_DE' })).toBe('en');
  });

  it('knows the map by its headers when its settings name a language we do not speak', () => {
    const { workbook } = applyWizardTo(wizardInput({}, 'da'));
    const settings = workbook.snapshot().sheets.find((sheet) => sheet.key === 'kpiMap')!;
    const column = settings.values[0].findIndex((text) => String(text).startsWith('socialKpiKit.settings'));
    const at = `${String.fromCharCode(65 + column)}1`;
    workbook.setCell(settings.name, at, settingsCellText({ language: 'fr' as Language } as never));
    expect(mapLanguage(workbook.snapshot())).toBe('da');
    expect(commandLanguage({ snapshot: workbook.snapshot(), userLocale: 'nl_NL' })).toBe('da');
  });
});

describe.each(['da', 'nl'] as const)('a workbook built in %s, opened by an English-speaking user', (language) => {
  it("Build report says that someone else is updating in the workbook's language", () => {
    const services = workbookIn(language);
    holdLock(services);
    expect(run(services, buildReport).error).toBe(BUSY(language));
  });

  it("Prepare for sharing asks, reports and undoes in the workbook's language", () => {
    const services = workbookIn(language);
    const t = SHARING_TEXTS[language];
    const prepared = run(services, prepareForSharing);
    expect(prepared.error).toBeNull();
    expect(prepared.dialogs.map((dialog) => dialog.title)).toEqual([t.title, t.title]);
    expect(prepared.dialogs[0].message.split('\n')[0]).toBe(t.intro(1));
    expect(prepared.dialogs[1].message).toBe(t.done(1, 0));
    const undone = run(services, undoPrepareForSharing);
    expect(undone.dialogs).toEqual([{ title: t.undoTitle, message: t.undone(1) }]);
  });

  it("Prepare for sharing and its undo say that someone else is updating in the workbook's language", () => {
    const services = workbookIn(language);
    holdLock(services);
    const prepared = run(services, prepareForSharing);
    expect(prepared.dialogs[0].title).toBe(SHARING_TEXTS[language].title);
    expect(prepared.error).toBe(BUSY(language));
    expect(run(services, undoPrepareForSharing).error).toBe(BUSY(language));
    expect(services.state.sheets[0].cell(2, 3).formula).toBe('=CTR(A2,B2)');
  });

  it("the goal wizard opens in the workbook's language, and a busy lock is explained in it", () => {
    const services = workbookIn(language);
    let opened: Language | null = null;
    run(services, () => (opened = getWizardModel(null).language));
    expect(opened).toBe(language);
    holdLock(services);
    const applied = run(services, () => applyWizard(wizardInput({}, language)));
    expect(applied.error).toBe(BUSY(language));
  });

  it("the local preview's menu speaks the workbook's language whatever the browser's", () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    const { workbook } = applyWizardTo(wizardInput({}, language));
    workbook.setCell('Sheet1', 'A1', 30);
    workbook.setCell('Sheet1', 'B1', 1200);
    workbook.setCell('Sheet1', 'C1', '=CTR(A1,B1)');
    const asked: string[] = [];
    const t = SHARING_TEXTS[language];
    expect(MENU_ACTIONS.prepareForSharing(workbook, (message) => (asked.push(message), true))).toBe(t.done(1, 0));
    expect(asked[0].split('\n')[0]).toBe(t.intro(1));
    expect(MENU_ACTIONS.undoPrepareForSharing(workbook, () => true)).toBe(t.undone(1));
    expect(MENU_ACTIONS.buildReport(workbook, () => true)).toBe(
      REPORT_TEXTS[language].built(REPORT_TEXTS[language].sheetName),
    );
  });
});

describe('without a KPI map', () => {
  it("every message is in the user's language", () => {
    const services = createCountingServices(['Sheet1']);
    const first = run(services, buildReport);
    expect(first.dialogs.map((dialog) => dialog.message)).toEqual([REPORT_TEXTS.en.missingMap]);
    holdLock(services);
    expect(run(services, buildReport).error).toBe(BUSY('en'));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * The wizard's server functions as Apps Script calls them: the one module here that touches
 * SpreadsheetApp, LockService, Session, Utilities and HtmlService. Everything else is in
 * wizardServer.ts and runs in Node too. Nothing runs at load.
 */
import { findAddonSheets } from '../plan/addonSheets.ts';
import { applyPlanToSpreadsheet } from '../plan/applyToSpreadsheet.ts';
import { withDocumentLock } from '../plan/documentLock.ts';
import { readSnapshot } from '../plan/readSnapshot.ts';
import type {
  ApplySummary,
  Language,
  ServerApi,
  WizardInput,
  WizardModel,
  WizardPreview,
} from '../shared/wizardApi.ts';
import { createWizardServer, type WizardWorkbook } from './wizardServer.ts';

/** The open spreadsheet as a WizardWorkbook (the import's server uses it too). */
export function activeWorkbook(): WizardWorkbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // The time zone readSnapshot read, so "today" does not ask for it again.
  let timeZone: string | undefined;
  return {
    readSnapshot: () => {
      const snapshot = readSnapshot(spreadsheet);
      timeZone = snapshot.timeZone;
      return snapshot;
    },
    applyPlan: (plan) => applyPlanToSpreadsheet(SpreadsheetApp, spreadsheet, plan),
    withLock: (work, language) =>
      withDocumentLock({ lock: LockService, app: SpreadsheetApp, language: () => language }, work),
    activate: (key) => {
      const sheet = findAddonSheets(spreadsheet).get(key);
      if (sheet) sheet.activate();
      return sheet !== undefined;
    },
    userLocale: () => Session.getActiveUserLocale() || null,
    today: () => Utilities.formatDate(new Date(), (timeZone ??= spreadsheet.getSpreadsheetTimeZone()), 'yyyy-MM-dd'),
  };
}

function server(): ServerApi {
  return createWizardServer(activeWorkbook());
}

export function getWizardModel(language: Language | null): WizardModel {
  return server().getWizardModel(language ?? null);
}

export function previewWizard(input: WizardInput): WizardPreview {
  return server().previewWizard(input);
}

export function applyWizard(input: WizardInput): ApplySummary {
  return server().applyWizard(input);
}

export function activateKpiMap(): void {
  server().activateKpiMap();
}

/** Opens the goal wizard in the sidebar (the menu item "Open goal wizard"). */
export function showWizard(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Social KPI Kit');
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * The wizard's server functions as Apps Script calls them: the wizard of src/commands/wizardServer.ts
 * through the Google Sheets door (appsScriptDoor.ts), and the sidebar itself (HtmlService). Nothing runs at load.
 */
import { createWizardServer } from '../commands/wizardServer.ts';
import type {
  ApplySummary,
  Language,
  ServerApi,
  WizardInput,
  WizardModel,
  WizardPreview,
} from '../shared/wizardApi.ts';
import { activeSpreadsheetDoor } from './appsScriptDoor.ts';

function server(): ServerApi {
  return createWizardServer(activeSpreadsheetDoor());
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

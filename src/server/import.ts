/**
 * The import's server functions as Apps Script calls them (google.script.run from dist/import-<language>.html, and
 * the menu item "Import analytics export…"). The logic is in importServer.ts and runs in Node too; this
 * module only gives it the open spreadsheet's door. Nothing runs at load.
 */
import {
  importPage,
  type ImportBatch,
  type ImportContext,
  type ImportPreview,
  type ImportSummary,
  type ImportTarget,
} from '../shared/importApi.ts';
import type { Language } from '../shared/wizardApi.ts';
import { createImportServer } from '../commands/importServer.ts';
import { activeSpreadsheetDoor } from './appsScriptDoor.ts';

function server() {
  return createImportServer(activeSpreadsheetDoor());
}

export function getImportContext(language: Language | null): ImportContext {
  return server().getImportContext(language ?? null);
}

export function previewImport(batch: ImportBatch): ImportPreview {
  return server().previewImport(batch);
}

export function applyImport(batch: ImportBatch, overwriteTyped: boolean): ImportSummary {
  return server().applyImport(batch, overwriteTyped);
}

export function undoImport(target: ImportTarget): ImportSummary {
  return server().undoImport(target);
}

export function readImportTab(name: string): string[][] {
  return server().readImportTab(name);
}

/**
 * Opens the import panel in the sidebar (the menu item "Import analytics export…"), in the page of the
 * command's language (the map's, else the user's): each page carries one language's words.
 */
export function showImport(): void {
  const page = importPage(activeSpreadsheetDoor().language());
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle('Social KPI Kit');
  SpreadsheetApp.getUi().showSidebar(html);
}

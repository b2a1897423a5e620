/**
 * The import's server functions as Apps Script calls them (google.script.run from dist/import.html, and
 * the menu item "Import analytics export…"). The logic is in importServer.ts and runs in Node too; this
 * module only gives it the open spreadsheet. Nothing runs at load.
 */
import type { ImportBatch, ImportContext, ImportPreview, ImportSummary } from '../shared/importApi.ts';
import type { Language } from '../shared/wizardApi.ts';
import { createImportServer, type ImportWorkbook } from './importServer.ts';
import { activeWorkbook } from './wizard.ts';

/** The open spreadsheet as an ImportWorkbook: the wizard's door, plus a tab's cells as shown. */
function activeImportWorkbook(): ImportWorkbook {
  return {
    ...activeWorkbook(),
    displayValues: (name) =>
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)?.getDataRange().getDisplayValues() ?? null,
  };
}

function server() {
  return createImportServer(activeImportWorkbook());
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

export function undoImport(): ImportSummary {
  return server().undoImport();
}

export function readImportTab(name: string): string[][] {
  return server().readImportTab(name);
}

/** Opens the import panel in the sidebar (the menu item "Import analytics export…"). */
export function showImport(): void {
  const html = HtmlService.createHtmlOutputFromFile('import').setTitle('Social KPI Kit');
  SpreadsheetApp.getUi().showSidebar(html);
}

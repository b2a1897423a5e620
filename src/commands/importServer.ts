/**
 * The import's server calls (ImportApi) as plain logic over a workbook, like wizardServer.ts: the same
 * code runs on Google Sheets (src/server/import.ts) and on the in-memory workbook (tests, the local
 * preview). Every entry point checks its payload's shape first (importPayload.ts); writes run read →
 * plan → apply under the workbook's lock, which flushes before it lets go.
 */
import type { Language } from '../catalog/types.ts';
import { buildImportContext, importCadence } from '../import/writePlanContext.ts';
import { buildImportPlan, buildUndoPlan, changesNotes, previewImportPlan } from '../import/writePlan.ts';
import { findSheet } from '../plan/snapshot.ts';
import { IMPORT_TEXTS } from '../import/writePlanTexts.ts';
import type { ImportApi, ImportBatch, ImportContext, ImportPreview, ImportSummary } from '../shared/importApi.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';
import { checkImportBatch, checkOverwriteTyped, checkTabName } from '../server/importPayload.ts';
import { checkLanguageArgument, PayloadError } from '../server/payloadShape.ts';
import type { SpreadsheetDoor } from '../door/spreadsheetDoor.ts';

/** What the import needs from a spreadsheet: the door's reads and writes, and a tab's cells as shown. */
export type ImportWorkbook = Pick<
  SpreadsheetDoor,
  'readSnapshot' | 'applyPlan' | 'withLock' | 'userLocale' | 'today' | 'displayValues' | 'notes'
>;

const refusedSummary = (messages: { message: string }[]): ImportSummary => ({
  written: 0,
  keptTyped: 0,
  message: messages.map((m) => m.message).join(' '),
});

export function createImportServer(workbook: ImportWorkbook): ImportApi {
  const usersLanguage = () => commandLanguage({ userLocale: workbook.userLocale() });
  // The map's language (its numbers and labels are in it), else the user's.
  const languageOf = (snapshot: ReturnType<ImportWorkbook['readSnapshot']>, asked: Language | null = null) =>
    commandLanguage({ asked, snapshot, userLocale: workbook.userLocale() });
  return {
    getImportContext(language: Language | null): ImportContext {
      const asked = checkLanguageArgument(language, usersLanguage());
      const snapshot = workbook.readSnapshot();
      return buildImportContext(snapshot, languageOf(snapshot, asked));
    },

    previewImport(payload: ImportBatch): ImportPreview {
      const checked = checkImportBatch(payload, usersLanguage());
      if (!checked.ok) return { cells: [], newRows: 0, message: checked.messages.map((m) => m.message).join(' ') };
      const snapshot = workbook.readSnapshot();
      const language = languageOf(snapshot);
      return previewImportPlan(snapshot, checked.value, { language, cadence: importCadence(snapshot, language) });
    },

    applyImport(payload: ImportBatch, overwriteTyped: boolean): ImportSummary {
      const checked = checkImportBatch(payload, usersLanguage());
      if (!checked.ok) return refusedSummary(checked.messages);
      const overwrite = checkOverwriteTyped(overwriteTyped, usersLanguage());
      if (!overwrite.ok) return refusedSummary(overwrite.messages);
      return workbook.withLock(() => {
        const snapshot = workbook.readSnapshot();
        const language = languageOf(snapshot);
        const options = { language, cadence: importCadence(snapshot, language) };
        let built = buildImportPlan(snapshot, checked.value, overwrite.value, options);
        // A note is about to change: read what "KPI data" holds, so a note a user typed there is kept.
        const dataTab = findSheet(snapshot, 'kpiData')?.name;
        if (changesNotes(built.plan) && dataTab !== undefined)
          built = buildImportPlan(snapshot, checked.value, overwrite.value, {
            ...options,
            notes: workbook.notes(dataTab),
          });
        if (built.plan) workbook.applyPlan(built.plan);
        return built.summary;
      }, usersLanguage());
    },

    undoImport(): ImportSummary {
      return workbook.withLock(() => {
        const snapshot = workbook.readSnapshot();
        const built = buildUndoPlan(snapshot, languageOf(snapshot));
        if (built.plan) workbook.applyPlan(built.plan);
        return built.summary;
      }, usersLanguage());
    },

    readImportTab(name: string): string[][] {
      const checked = checkTabName(name, usersLanguage());
      if (!checked.ok) throw new PayloadError(checked.messages);
      const cells = workbook.displayValues(checked.value);
      if (cells === null) throw new Error(IMPORT_TEXTS[usersLanguage()].noTab(checked.value));
      return cells;
    },
  };
}

/**
 * The import's server calls (ImportApi) as plain logic over a workbook, like wizardServer.ts: the same
 * code runs on Google Sheets (src/server/import.ts) and on the in-memory workbook (tests, the local
 * preview). Every entry point checks its payload's shape first (importPayload.ts); writes run read →
 * plan → write under the workbook's lock, which flushes before it lets go.
 *
 * Opening the panel reads the add-on's tabs (the map's cadence, channels and language, "KPI data"'s columns
 * and record); its answer names the "KPI data" tab by id (ImportTarget). Preview, Import and Undo import read
 * and write that one tab only, so each costs the same few calls whatever the number of rows
 * (bench/README.md). When the tab is gone or no longer holds "KPI data" (a panel left open across a
 * rebuild), it is found again through the add-on's index.
 */
import type { Language } from '../catalog/types.ts';
import type { SpreadsheetDoor, TabCells } from '../door/spreadsheetDoor.ts';
import { buildImportContext } from '../import/writePlanContext.ts';
import { buildImportPlan, buildUndoPlan, previewImportPlan, type ImportWrite } from '../import/writePlan.ts';
import { findSheet, type SheetSnapshot } from '../plan/snapshot.ts';
import { IMPORT_TEXTS } from '../import/writePlanTexts.ts';
import type {
  ImportApi,
  ImportBatch,
  ImportContext,
  ImportPreview,
  ImportSummary,
  ImportTarget,
} from '../shared/importApi.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';
import { KEY_PREFIX } from '../wizard/dataColumns.ts';
import { readDataLayout } from '../wizard/mapLayout.ts';
import { checkImportBatch, checkImportTarget, checkOverwriteTyped, checkTabName } from '../server/importPayload.ts';
import { checkLanguageArgument, PayloadError } from '../server/payloadShape.ts';

/** What the import needs from a spreadsheet: the door's reads and writes, and a tab's cells as shown. */
export type ImportWorkbook = Pick<
  SpreadsheetDoor,
  'readSnapshot' | 'withLock' | 'userLocale' | 'displayValues' | 'readTab' | 'tabNotes' | 'writeTab'
>;

const refusedSummary = (messages: { message: string }[]): ImportSummary => ({
  written: 0,
  keptTyped: 0,
  message: messages.map((m) => m.message).join(' '),
});

/** A tab read by id as the plan builders read an add-on sheet. */
function asDataSheet(sheetId: number, cells: TabCells): SheetSnapshot {
  return { key: 'kpiData', sheetId, name: '', hidden: false, ...cells, keyColumn: null, headerRow: null, rows: [] };
}

/** Whether a tab's key row is that of "KPI data": input columns, and none of "KPI answers"' answer columns. */
function holdsKpiData(sheet: SheetSnapshot): boolean {
  const layout = readDataLayout(sheet);
  const keys = [...layout.columns.keys()];
  return (
    layout.found === 'keys' &&
    keys.some((key) => key.startsWith(`${KEY_PREFIX}input.`)) &&
    !keys.some((key) => key.startsWith(`${KEY_PREFIX}answer.`))
  );
}

/** "KPI data": the target's tab when it still holds it, else the add-on's "KPI data" wherever it is now. */
function dataTab(workbook: ImportWorkbook, target: ImportTarget): SheetSnapshot | null {
  const cells = workbook.readTab(target.sheetId);
  if (cells) {
    const sheet = asDataSheet(target.sheetId, cells);
    if (holdsKpiData(sheet)) return sheet;
  }
  return findSheet(workbook.readSnapshot(), 'kpiData') ?? null;
}

/** Builds a write; when it changes a note, builds it again over the tab's notes so a user's own note is kept. */
function withNotes(
  workbook: ImportWorkbook,
  sheet: SheetSnapshot | null,
  build: (notes?: string[][] | null) => ImportWrite,
): ImportSummary {
  let built = build();
  if (built.changesNotes && sheet) built = build(workbook.tabNotes(sheet.sheetId));
  if (built.write && sheet) workbook.writeTab(sheet.sheetId, built.write);
  return built.summary;
}

export function createImportServer(workbook: ImportWorkbook): ImportApi {
  const usersLanguage = () => commandLanguage({ userLocale: workbook.userLocale() });
  return {
    getImportContext(language: Language | null): ImportContext {
      const asked = checkLanguageArgument(language, usersLanguage());
      const snapshot = workbook.readSnapshot();
      // The map's language (its numbers and labels are in it), else the one asked for, else the user's.
      return buildImportContext(snapshot, commandLanguage({ asked, snapshot, userLocale: workbook.userLocale() }));
    },

    previewImport(payload: ImportBatch): ImportPreview {
      const checked = checkImportBatch(payload, usersLanguage());
      if (!checked.ok) return { cells: [], newRows: 0, message: checked.messages.map((m) => m.message).join(' ') };
      const { target } = checked.value;
      return previewImportPlan(dataTab(workbook, target), checked.value, target);
    },

    applyImport(payload: ImportBatch, overwriteTyped: boolean): ImportSummary {
      const checked = checkImportBatch(payload, usersLanguage());
      if (!checked.ok) return refusedSummary(checked.messages);
      const overwrite = checkOverwriteTyped(overwriteTyped, usersLanguage());
      if (!overwrite.ok) return refusedSummary(overwrite.messages);
      const { target } = checked.value;
      return workbook.withLock(() => {
        const sheet = dataTab(workbook, target);
        return withNotes(workbook, sheet, (notes) =>
          buildImportPlan(sheet, checked.value, overwrite.value, { ...target, notes }),
        );
      }, target.language);
    },

    undoImport(payload: ImportTarget): ImportSummary {
      const checked = checkImportTarget(payload, usersLanguage());
      if (!checked.ok) return refusedSummary(checked.messages);
      const target = checked.value;
      return workbook.withLock(() => {
        const sheet = dataTab(workbook, target);
        return withNotes(workbook, sheet, (notes) => buildUndoPlan(sheet, target.language, notes));
      }, target.language);
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

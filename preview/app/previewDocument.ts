import { setSheetFunctionLanguage } from '../../src/functions/messages.ts';
import { Workbook } from '../../src/inMemory/workbook.ts';
import type { ServerApi } from '../../src/shared/wizardApi.ts';
import { createLocalServer } from '../../sidebar/localServer.ts';
import { createLocalImportServer } from '../../sidebar/localImportServer.ts';
import type { ImportApi } from '../../src/shared/importApi.ts';
import { loadExampleData } from './exampleData.ts';
import { MENU_ACTIONS } from './menuActions.ts';
import { WorkbookGridModel } from './workbookGridModel.ts';

/**
 * The spreadsheet the preview shows: the in-memory workbook, where the browser stores it, and the
 * add-on's real server code running against it (the same local server the sidebar's tests use).
 */
export interface PreviewDocument {
  grid: WorkbookGridModel;
  /** The tab to show first: the one in front when the page was left. */
  initialSheet(): number;
  /** The tab the add-on brought to the front since the last call (activateKpiMap, a build), if any. */
  takeActivation(): number | null;
  /** Remembers the tab the user is on, so a reload opens it again. */
  setActiveSheet(index: number): void;
  /** The add-on's server functions, called synchronously. */
  server: ServerApi;
  /** The import's server functions (issue 12), on the same workbook. */
  importServer: ImportApi;
  /** Runs another menu item (build report, prepare for sharing); its message, or null when the preview has none. */
  runMenuAction(functionName: string, ask: (message: string) => boolean): string | null;
  /**
   * Fills the KPI data sheet with the example year (building a sample KPI map first when there is none);
   * the message says what happened or why not.
   */
  loadExampleData(): string;
  /** Writes a block of typed inputs (values or formulas) into a tab, creating the tab if needed. */
  writeBlock(sheetName: string, row: number, column: number, inputs: string[][]): void;
  save(): void;
  clearSaved(): void;
}

export const STORAGE_KEY = 'socialKpiKit.preview.workbook';

/** The stored workbook, or a new spreadsheet with one empty "Sheet1", as Google Sheets starts. */
function restore(): Workbook {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved !== null) {
    try {
      return Workbook.fromJSON(JSON.parse(saved));
    } catch (error) {
      console.warn('The stored workbook could not be read; starting with a new one.', error);
    }
  }
  const workbook = new Workbook();
  workbook.addSheet('Sheet1');
  return workbook;
}

export function openDocument(): PreviewDocument {
  const workbook = restore();
  const grid = new WorkbookGridModel(workbook);
  const { server, door } = createLocalServer({ workbook });
  // No spreadsheet locale to ask here: the sheet functions' messages follow the page's (the wizard's) language.
  setSheetFunctionLanguage(server.getWizardModel(null).language);
  let shownSheetId = workbook.activeSheetId;
  return {
    grid,
    server,
    importServer: createLocalImportServer(workbook),
    initialSheet: () => Math.max(0, grid.indexOfSheetId(workbook.activeSheetId)),
    takeActivation() {
      if (workbook.activeSheetId === shownSheetId) return null;
      shownSheetId = workbook.activeSheetId;
      const index = grid.indexOfSheetId(shownSheetId);
      return index < 0 ? null : index;
    },
    setActiveSheet(index) {
      workbook.activeSheetId = shownSheetId = grid.sheetIdAt(index);
    },
    runMenuAction(functionName, ask) {
      const action = MENU_ACTIONS[functionName];
      return action === undefined ? null : action(workbook, ask);
    },
    loadExampleData: () => loadExampleData(door, server),
    writeBlock(sheetName, row, column, inputs) {
      if (!workbook.hasSheetNamed(sheetName)) workbook.addSheet(sheetName);
      const sheet = workbook.sheet(sheetName);
      // Pasting below or beyond the last row or column adds rows and columns, as Sheets does on a paste.
      const width = Math.max(0, ...inputs.map((line) => line.length));
      workbook.growSheet(sheet, { rows: row + inputs.length, columns: column + width });
      workbook.hf.batch(() =>
        inputs.forEach((line, r) =>
          line.forEach((text, c) => {
            if (text.startsWith('=')) workbook.writeFormula(sheet, row + r + 1, column + c + 1, text);
            else workbook.writeRaw(sheet, row + r + 1, column + c + 1, text === '' ? null : text);
          }),
        ),
      );
    },
    save() {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(workbook.toJSON()));
    },
    clearSaved() {
      localStorage.removeItem(STORAGE_KEY);
    },
  };
}

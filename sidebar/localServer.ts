/**
 * The server of pages without google.script.run (the browser tests and the local preview): the real
 * server code (createWizardServer) through the in-memory workbook's door, in the page.
 * Imported only by the local entry (local.ts), so none of it reaches the pushed dist/sidebar.html.
 */
import { createWizardServer } from '../src/commands/wizardServer.ts';
import type { SpreadsheetDoor } from '../src/door/spreadsheetDoor.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { workbookDoor, type WorkbookDoorOptions } from '../src/inMemory/workbookDoor.ts';
import type { ServerApi } from '../src/shared/wizardApi.ts';
import { localServerApi, type AsyncServerApi } from './serverApi.ts';

export interface LocalServerOptions extends WorkbookDoorOptions {
  /** The workbook to work on; a new spreadsheet (one empty "Sheet1") when left out. */
  workbook?: Workbook;
}

export interface LocalServer {
  /** The real server functions, called synchronously. */
  server: ServerApi;
  /** The same as the sidebar sees them: asynchronous, payloads through JSON like google.script.run. */
  api: AsyncServerApi;
  workbook: Workbook;
  /** The workbook's door, for the preview's other commands. */
  door: SpreadsheetDoor;
}

export function createLocalServer(options: LocalServerOptions = {}): LocalServer {
  const workbook = options.workbook ?? new Workbook();
  if (!options.workbook) workbook.addSheet('Sheet1');
  const door = workbookDoor(workbook, options);
  const server = createWizardServer(door);
  return { server, api: localServerApi(server), workbook, door };
}

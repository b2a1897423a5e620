/**
 * The import's server where google.script.run is absent (the local preview, the browser tests): the real
 * server code (createImportServer) against the in-memory workbook, through the in-memory door.
 */
import type { Workbook } from '../src/inMemory/workbook.ts';
import { workbookDoor, type WorkbookDoorOptions } from '../src/inMemory/workbookDoor.ts';
import { createImportServer } from '../src/commands/importServer.ts';
import type { ImportApi } from '../src/shared/importApi.ts';

export function createLocalImportServer(workbook: Workbook, options: WorkbookDoorOptions = {}): ImportApi {
  return createImportServer(workbookDoor(workbook, options));
}

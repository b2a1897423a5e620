/**
 * The import's server where google.script.run is absent (the local preview, the browser tests): the real
 * server code (createImportServer) against the in-memory workbook, through the wizard's in-memory door.
 */
import { cellA1 } from '../src/plan/a1.ts';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { createImportServer, type ImportWorkbook } from '../src/server/importServer.ts';
import type { ImportApi } from '../src/shared/importApi.ts';
import { inMemoryWizardWorkbook, type LocalServerOptions } from './localServer.ts';

/** A tab's cells as shown (what Range.getDisplayValues gives on Sheets), from A1 to the last cell with content. */
export function workbookDisplayValues(workbook: Workbook, name: string): string[][] | null {
  if (!workbook.hasSheetNamed(name)) return null;
  const sheet = workbook.sheet(name);
  const { height, width } = workbook.hf.getSheetDimensions(workbook.engineId(sheet));
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => workbook.getCell(name, cellA1(r + 1, c + 1)).display),
  );
}

export function inMemoryImportWorkbook(workbook: Workbook, options: LocalServerOptions = {}): ImportWorkbook {
  return {
    ...inMemoryWizardWorkbook(workbook, options),
    displayValues: (name) => workbookDisplayValues(workbook, name),
  };
}

export function createLocalImportServer(workbook: Workbook, options: LocalServerOptions = {}): ImportApi {
  return createImportServer(inMemoryImportWorkbook(workbook, options));
}

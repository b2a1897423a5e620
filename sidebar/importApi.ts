/**
 * The import panel's server calls (ImportApi of src/shared/importApi.ts) as promises: google.script.run in
 * Apps Script, else a local server (the preview and the browser tests run the real server code in the page),
 * with the same helpers as the wizard's calls (serverApi.ts).
 */
import type { ImportApi } from '../src/shared/importApi.ts';
import { localApi, scriptRunApi, type AsyncApi } from './serverApi.ts';

export type AsyncImportApi = AsyncApi<ImportApi>;

const IMPORT_FUNCTIONS: readonly (keyof ImportApi)[] = [
  'getImportContext',
  'previewImport',
  'applyImport',
  'undoImport',
  'readImportTab',
];

export function googleScriptRunImportApi(
  run: google.script.RunnerFunctions & google.script.PublicEndpoints,
): AsyncImportApi {
  return scriptRunApi<ImportApi>(run, IMPORT_FUNCTIONS);
}

/** A synchronous ImportApi (the real server code in the page) behaving like google.script.run: async, through JSON. */
export function localImportApi(server: ImportApi): AsyncImportApi {
  return localApi(server, IMPORT_FUNCTIONS);
}

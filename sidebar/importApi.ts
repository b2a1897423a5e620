/**
 * The import panel's server calls (ImportApi of src/shared/importApi.ts) as promises: google.script.run in
 * Apps Script, else a local server (the preview and the browser tests run the real server code in the page).
 * Payloads go through JSON both ways locally, as over google.script.run.
 */
import type { ImportApi } from '../src/shared/importApi.ts';

export type AsyncImportApi = {
  [Name in keyof ImportApi]: (...args: Parameters<ImportApi[Name]>) => Promise<ReturnType<ImportApi[Name]>>;
};

const IMPORT_FUNCTIONS: readonly (keyof ImportApi)[] = [
  'getImportContext',
  'previewImport',
  'applyImport',
  'undoImport',
  'readImportTab',
];

type Runner = google.script.RunnerFunctions & google.script.PublicEndpoints;

export function googleScriptRunImportApi(run: Runner): AsyncImportApi {
  const call = (name: keyof ImportApi, args: unknown[]) =>
    new Promise((resolve, reject) => {
      const runner = run
        .withSuccessHandler((value: unknown) => resolve(value))
        .withFailureHandler((error: Error) => reject(error)) as unknown as Record<string, (...a: unknown[]) => void>;
      runner[name](...args);
    });
  return Object.fromEntries(
    IMPORT_FUNCTIONS.map((name) => [name, (...args: unknown[]) => call(name, args)]),
  ) as unknown as AsyncImportApi;
}

/** A synchronous ImportApi (the real server code in the page) behaving like google.script.run. */
export function localImportApi(server: ImportApi): AsyncImportApi {
  const call = async (name: keyof ImportApi, args: unknown[]): Promise<unknown> => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const wireArgs = JSON.parse(JSON.stringify(args)) as unknown[];
    const result = (server[name] as (...a: unknown[]) => unknown)(...wireArgs);
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  };
  return Object.fromEntries(
    IMPORT_FUNCTIONS.map((name) => [name, (...args: unknown[]) => call(name, args)]),
  ) as unknown as AsyncImportApi;
}

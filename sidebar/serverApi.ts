/**
 * The one module that touches google.script.run: every server function of ServerApi as a promise.
 * In Apps Script it calls the server; where google.script.run is absent (tests, the local preview)
 * it uses the local server registered by the local build (sidebar/localServer.ts), which runs the
 * real server code against the in-memory workbook. That module is imported only by the local
 * entry, so the pushed dist/sidebar.html never contains it.
 */
import type { ServerApi } from '../src/shared/wizardApi.ts';

/** ServerApi as the browser sees it: the same functions, answered asynchronously. */
export type AsyncServerApi = {
  [Name in keyof ServerApi]: (...args: Parameters<ServerApi[Name]>) => Promise<ReturnType<ServerApi[Name]>>;
};

const SERVER_FUNCTIONS: readonly (keyof ServerApi)[] = [
  'getWizardModel',
  'previewWizard',
  'applyWizard',
  'activateKpiMap',
];

/** Apps Script runs at most 10 google.script.run calls of one user at a time; more queue here. */
export const MAX_CONCURRENT_CALLS = 10;

type Runner = google.script.RunnerFunctions & google.script.PublicEndpoints;

/** Limits how many calls run at once; the rest wait their turn in order. */
export function limitConcurrency(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** Any set of server functions as the browser sees them: the same functions, answered asynchronously. */
export type AsyncApi<Api> = {
  [Name in keyof Api]: Api[Name] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** The functions `names` over google.script.run, at most `limit` at once. */
export function scriptRunApi<Api>(
  run: Runner,
  names: readonly (keyof Api & string)[],
  limit = MAX_CONCURRENT_CALLS,
): AsyncApi<Api> {
  const queue = limitConcurrency(limit);
  const call = (name: string, args: unknown[]): Promise<unknown> =>
    queue(
      () =>
        new Promise((resolve, reject) => {
          const runner = run
            .withSuccessHandler((value: unknown) => resolve(value))
            .withFailureHandler((error: Error) => reject(error)) as unknown as Record<
            string,
            (...a: unknown[]) => void
          >;
          runner[name](...args);
        }),
    );
  return Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => call(name, args)])) as AsyncApi<Api>;
}

export function googleScriptRunApi(run: Runner, limit = MAX_CONCURRENT_CALLS): AsyncServerApi {
  return scriptRunApi<ServerApi>(run, SERVER_FUNCTIONS, limit) as unknown as AsyncServerApi;
}

/**
 * Wraps a synchronous ServerApi (the real server code, run in the page) so it behaves like
 * google.script.run: asynchronous, and with payloads passed through JSON both ways, so anything
 * that would not survive the real wire fails here too.
 */
export function localApi<Api>(server: Api, names: readonly (keyof Api & string)[]): AsyncApi<Api> {
  const call = async (name: keyof Api & string, args: unknown[]): Promise<unknown> => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const wireArgs = JSON.parse(JSON.stringify(args)) as unknown[];
    const result = (server[name] as (...a: unknown[]) => unknown)(...wireArgs);
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  };
  return Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => call(name, args)])) as AsyncApi<Api>;
}

export function localServerApi(server: ServerApi): AsyncServerApi {
  return localApi(server, SERVER_FUNCTIONS) as unknown as AsyncServerApi;
}

let registeredLocalServer: AsyncServerApi | null = null;

/** Called by the local build only: the server to use where google.script.run is absent. */
export function registerLocalServer(server: AsyncServerApi): void {
  registeredLocalServer = server;
}

/** The server of this page: google.script.run in Apps Script, else the registered local one. */
export function serverApi(): AsyncServerApi {
  const run = typeof google !== 'undefined' ? google.script?.run : undefined;
  if (run) return googleScriptRunApi(run);
  if (registeredLocalServer) return registeredLocalServer;
  throw new Error('No server: google.script.run is missing and no local server was registered.');
}

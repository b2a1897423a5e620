/**
 * Runs server code that reads Apps Script's globals (SpreadsheetApp, Session, LockService) against the
 * counting fake, a chosen user locale and a stand-in for the dialogs, then puts the globals back.
 */
import type { CountingServices } from './countingSpreadsheetApp.ts';

export function withAppsScriptGlobals<T>(services: CountingServices, locale: string, ui: object, work: () => T): T {
  const app = new Proxy(services.app, {
    get: (target, property) => (property === 'getUi' ? () => ui : Reflect.get(target, property)),
  });
  const scope = globalThis as Record<string, unknown>;
  const saved = { SpreadsheetApp: scope.SpreadsheetApp, Session: scope.Session, LockService: scope.LockService };
  Object.assign(scope, {
    SpreadsheetApp: app,
    Session: { getActiveUserLocale: () => locale },
    LockService: services.lock,
  });
  try {
    return work();
  } finally {
    Object.assign(scope, saved);
  }
}

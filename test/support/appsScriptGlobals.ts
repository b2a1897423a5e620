/**
 * Runs server code that reads Apps Script's globals (SpreadsheetApp, Session, LockService, Utilities)
 * against the counting fake, a chosen user locale and a stand-in for the dialogs, then puts the globals back.
 */
import type { CountingServices } from './countingSpreadsheetApp.ts';

export function withAppsScriptGlobals<T>(services: CountingServices, locale: string, ui: object, work: () => T): T {
  const app = new Proxy(services.app, {
    get: (target, property) => (property === 'getUi' ? () => ui : Reflect.get(target, property)),
  });
  const scope = globalThis as Record<string, unknown>;
  const saved = {
    SpreadsheetApp: scope.SpreadsheetApp,
    Session: scope.Session,
    LockService: scope.LockService,
    Utilities: scope.Utilities,
  };
  Object.assign(scope, {
    SpreadsheetApp: app,
    Session: { getActiveUserLocale: () => locale },
    LockService: services.lock,
    Utilities: { formatDate },
  });
  try {
    return work();
  } finally {
    Object.assign(scope, saved);
  }
}

/** One dialog ui.alert showed. */
export interface Dialog {
  title: string;
  message: string;
}

/** A stand-in for SpreadsheetApp.getUi() whose alerts are recorded and answered with `answer`. */
export function recordingUi(answer: 'OK' | 'CANCEL' = 'OK'): { ui: object; dialogs: Dialog[] } {
  const dialogs: Dialog[] = [];
  const ui = {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' },
    Button: { OK: 'OK', CANCEL: 'CANCEL' },
    alert: (title: string, message: string) => {
      dialogs.push({ title, message });
      return answer;
    },
  };
  return { ui, dialogs };
}

/** Utilities.formatDate for the one pattern the add-on uses: the calendar day in a time zone. */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (pattern !== 'yyyy-MM-dd') throw new Error(`The Utilities stand-in only formats yyyy-MM-dd, not ${pattern}.`);
  // en-CA writes dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * The server of pages without google.script.run (the browser tests and the local preview): the real
 * server code (createWizardServer) against an in-memory workbook backed by HyperFormula, in the page.
 * Imported only by the local entry (local.ts), so none of it reaches the pushed dist/sidebar.html.
 */
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { createWizardServer, type WizardWorkbook } from '../src/server/wizardServer.ts';
import type { ServerApi } from '../src/shared/wizardApi.ts';
import { localServerApi, type AsyncServerApi } from './serverApi.ts';

export interface LocalServerOptions {
  /** The workbook to work on; a new spreadsheet (one empty "Sheet1") when left out. */
  workbook?: Workbook;
  /** The user's locale, e.g. 'da-DK' (decides the default language); the browser's when left out. */
  locale?: string;
  /** 'YYYY-MM-DD' today; the browser's date when left out (tests fix it so dates stay valid). */
  today?: string;
}

export interface LocalServer {
  /** The real server functions, called synchronously. */
  server: ServerApi;
  /** The same as the sidebar sees them: asynchronous, payloads through JSON like google.script.run. */
  api: AsyncServerApi;
  workbook: Workbook;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The in-memory workbook as the wizard server sees a spreadsheet. */
export function inMemoryWizardWorkbook(workbook: Workbook, options: LocalServerOptions = {}): WizardWorkbook {
  return {
    readSnapshot: () => workbook.snapshot(),
    applyPlan: (plan) => applyPlanToWorkbook(workbook, plan),
    // One page, one user: nothing else writes in between.
    withLock: (work) => work(),
    activate: (key) => {
      const sheet = workbook.sheetByKey(key);
      if (sheet) workbook.activeSheetId = sheet.sheetId;
      return sheet !== undefined;
    },
    userLocale: () => options.locale ?? (typeof navigator === 'undefined' ? null : navigator.language),
    today: () => options.today ?? localToday(),
  };
}

export function createLocalServer(options: LocalServerOptions = {}): LocalServer {
  const workbook = options.workbook ?? new Workbook();
  if (!options.workbook) workbook.addSheet('Sheet1');
  const server = createWizardServer(inMemoryWizardWorkbook(workbook, options));
  return { server, api: localServerApi(server), workbook };
}

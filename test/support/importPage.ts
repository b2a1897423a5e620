/**
 * The pushed import page (dist/import-<language>.html) in Chromium as Apps Script serves it: from an http origin
 * (a Blob URL worker needs one; a file:// page has none), at the sidebar's 300 px, with a google.script.run that
 * answers at once. For the browser test of its worker (test/importWorker.e2e.test.ts) and the bench
 * (bench/importReader.ts).
 */
import type { Browser, Page } from 'playwright-core';
import type { ImportContext } from '../../src/shared/importApi.ts';

/** google.script.run of the import page, answering on the next tick; nothing is written; every tab holds `tab`. */
export function importScriptRun(context: ImportContext, tab: string[][] = []): string {
  return `
    window.google = { script: { run: (function runner(ok, fail) {
      const answer = (value) => () => setTimeout(() => ok(value), 0);
      return {
        withSuccessHandler: (handler) => runner(handler, fail),
        withFailureHandler: (handler) => runner(ok, handler),
        getImportContext: answer(${JSON.stringify(context)}),
        previewImport: answer({ cells: [], newRows: 0, message: '' }),
        applyImport: answer({ written: 0, keptTyped: 0, message: '' }),
        undoImport: answer({ written: 0, keptTyped: 0, message: '' }),
        readImportTab: answer(${JSON.stringify(tab)}),
      };
    })() } };
  `;
}

/**
 * Opens `html` (a built import page) with `initScripts` run first in it; resolves once a file can be picked.
 * The page's uncaught errors go to `errors`.
 */
export async function openImportPage(
  browser: Browser,
  html: string,
  initScripts: string[],
  errors: string[] = [],
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 720 } });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('http://import.test/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  for (const script of initScripts) await page.addInitScript(script);
  await page.goto('http://import.test/import.html');
  await page.locator('#import-files:not([disabled])').waitFor();
  return page;
}

/**
 * SpreadsheetApp calls per menu command, counted on the SpreadsheetApp stand-in of test/support through the
 * server functions Apps Script calls (src/server/*.ts), for 3, 20 and 60 KPIs. Lock and builder calls
 * (validation, conditional-format and chart rules, built in the script) are not counted. Not a test.
 * Run: npx tsx bench/calls.ts
 */
import { buildReport } from '../src/server/report.ts';
import { prepareForSharing, undoPrepareForSharing } from '../src/server/sharing.ts';
import { applyWizard, getWizardModel } from '../src/server/wizard.ts';
import { applyImport, getImportContext, previewImport, undoImport } from '../src/server/import.ts';
import type { ImportContext, ImportTarget } from '../src/shared/importApi.ts';
import { importMapInput, monthsBatch } from '../test/support/importFixtures.ts';
import { createCountingServices, type CountingServices } from '../test/support/countingSpreadsheetApp.ts';
import { inputWithKpis } from '../test/support/manyKpis.ts';

/** Runs `work` with Apps Script's globals standing in; returns the document calls it made. */
function counted(services: CountingServices, work: () => unknown): number {
  const ui = {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' },
    Button: { OK: 'OK', CANCEL: 'CANCEL' },
    alert: () => 'OK',
  };
  const app = new Proxy(services.app, {
    get: (target, property) => (property === 'getUi' ? () => ui : Reflect.get(target, property)),
  });
  const scope = globalThis as Record<string, unknown>;
  Object.assign(scope, {
    SpreadsheetApp: app,
    Session: { getActiveUserLocale: () => 'en_GB' },
    LockService: services.lock,
    Utilities: { formatDate: (date: Date) => date.toISOString().slice(0, 10) },
  });
  services.resetLog();
  work();
  return services.documentCalls();
}

for (const count of [3, 20, 60]) {
  const services = createCountingServices(['Sheet1']);
  const sheet = services.state.sheets[0];
  sheet.type(1, 1, 30);
  sheet.type(1, 2, 1200);
  sheet.type(1, 3, '=CTR(A1,B1)');
  const input = inputWithKpis(count);
  const figures = {
    'wizard first run': counted(services, () => applyWizard(input)),
    'open wizard again': counted(services, () => getWizardModel(null)),
    'wizard re-run': counted(services, () => applyWizard(input)),
    'review (one target changed)': counted(services, () =>
      applyWizard({ ...input, kpis: [{ ...input.kpis[0], target: '3.5%' }, ...input.kpis.slice(1)] }),
    ),
    'Build report': counted(services, () => buildReport()),
    'Build report again': counted(services, () => buildReport()),
    'Prepare for sharing (scan, confirm, apply)': counted(services, () => prepareForSharing()),
    'Undo prepare for sharing': counted(services, () => undoPrepareForSharing()),
  };
  console.log(`${count} KPIs: ${JSON.stringify(figures)}`);
}

// The import of analytics exports (issue 12): calls per import for 3, 12 and 60 months × 2 channels × 2 inputs,
// into a map of 2 KPIs on Instagram; the same for every size (constant in the number of rows).
for (const months of [3, 12, 60]) {
  const services = createCountingServices(['Sheet1']);
  counted(services, () => applyWizard(importMapInput()));
  let context: ImportContext | null = null;
  const opened = counted(services, () => (context = getImportContext(null)));
  const target = (context as ImportContext | null)?.target as ImportTarget;
  const figures = {
    'open the import panel (getImportContext)': opened,
    preview: counted(services, () => previewImport(monthsBatch(months, 0, target))),
    'first import': counted(services, () => applyImport(monthsBatch(months, 0, target), false)),
    're-import, numbers changed': counted(services, () => applyImport(monthsBatch(months, 7, target), false)),
    'Undo import': counted(services, () => undoImport(target)),
    // Every value now from another export column (Meta's "Impressions" became "Views"): flag notes on the
    // cells, so the tab's notes are read first (a note a user typed there is kept) and written with the values.
    'import with a changed source column': counted(services, () => {
      // The month after the last one imported, from the renamed columns: the periods before came from the old ones.
      const renamed = monthsBatch(months + 1, 3, target);
      renamed.values = renamed.values
        .slice(-4)
        .map((value) => ({ ...value, sourceColumn: `${value.sourceColumn} (new)` }));
      const summary = applyImport(renamed, false);
      if (summary.written !== 4) throw new Error(`The renamed month was not imported: ${summary.message}`);
    }),
  };
  console.log(`import of ${months} months: ${JSON.stringify(figures)}`);
}

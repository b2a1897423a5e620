/** The Google Sheets door (src/server/appsScriptDoor.ts) over the SpreadsheetApp stand-in, so its calls are counted. */
import type { SpreadsheetDoor } from '../../src/door/spreadsheetDoor.ts';
import { appsScriptDoor } from '../../src/server/appsScriptDoor.ts';
import type { CountingServices } from './countingSpreadsheetApp.ts';

export function countingDoor(services: CountingServices, userLocale: string | null = 'en_GB'): SpreadsheetDoor {
  return appsScriptDoor({
    app: services.app,
    spreadsheet: services.spreadsheet,
    lock: services.lock,
    userLocale: () => userLocale,
    isoDate: (date) => date.toISOString().slice(0, 10),
  });
}

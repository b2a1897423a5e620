/**
 * commandLanguage for a Google spreadsheet, before a command has read anything else: finds the KPI map
 * by its metadata and reads only that tab's cells (one finder query, three calls per add-on tab, two
 * for the map's cells), not every add-on tab as readSnapshot does.
 */
import type { Language } from '../catalog/types.ts';
import { findAddonSheets } from '../plan/addonSheets.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';

export function spreadsheetLanguage(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  userLocale: string | null,
): Language {
  const map = findAddonSheets(spreadsheet).get('kpiMap');
  return commandLanguage({ mapCells: map ? map.getDataRange().getValues() : null, userLocale });
}

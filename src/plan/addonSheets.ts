/**
 * Finds the add-on's sheets in a Google spreadsheet by their developer metadata key, whatever the tabs
 * are called now. One finder query for the whole spreadsheet plus three calls per add-on sheet (value,
 * location, sheet): independent of rows and KPIs.
 */
import { SHEET_KEY_METADATA, type SheetKey } from './types.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Key → sheet. When a key is found twice (a user duplicated the tab and the copy kept the metadata),
 * the first one the finder returns (the oldest metadata) is the add-on's; the copy is the user's.
 */
export function findAddonSheets(spreadsheet: Spreadsheet): Map<SheetKey, Sheet> {
  const found = new Map<SheetKey, Sheet>();
  const metadata = spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_KEY_METADATA).find();
  for (const entry of metadata) {
    const key = entry.getValue();
    const sheet = entry.getLocation().getSheet();
    if (key && sheet && !found.has(key)) found.set(key, sheet);
  }
  return found;
}

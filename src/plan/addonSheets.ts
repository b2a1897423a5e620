/**
 * Finds the add-on's sheets in a Google spreadsheet, whatever the tabs are called now.
 *
 * The marker is one developer metadata entry on the spreadsheet itself, SHEET_INDEX_METADATA, whose value
 * lists the add-on's sheets by id: {"kpiMap":{"id":123,"look":"…"},…}. Finding them costs a fixed few calls
 * (getDeveloperMetadata, getKey/getValue of the entry, getSheetById per sheet), where a metadata entry on
 * each sheet cost three calls per sheet (value, location, sheet) plus the sheet's id. Sheet ids survive
 * renames and moves; a duplicated tab gets a new id, so a copy is the user's; a deleted tab is simply
 * not found. Beside each id the index keeps a fingerprint of the formatting the add-on last gave the
 * sheet (planLook in applyToSpreadsheet.ts), so a re-run whose formatting did not change skips writing it. Spreadsheets made before the index existed carry SHEET_KEY_METADATA on each sheet: they are
 * read that way once, and the next apply writes the index (one call).
 *
 * Within one script run, readSnapshot locates the sheets and applyPlanToSpreadsheet reuses what it found
 * (the Sheet objects and the index entry) instead of asking again; the apply forgets it when done.
 */
import type { GridSize } from './sheetsLimits.ts';
import { SHEET_KEY_METADATA, type SheetKey } from './types.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** The spreadsheet-level developer metadata key whose value is the JSON index { key: sheetId }. */
export const SHEET_INDEX_METADATA = 'socialKpiKit.sheets';

/** One of the add-on's sheets as found. */
export interface AddonSheet {
  sheet: Sheet;
  sheetId: number;
  /** The fingerprint of the formatting the last apply gave it (planLook), when known. */
  look?: string;
  /** Rows and columns with content when read: the tab's grid is at least this big. */
  used?: GridSize;
}

export interface AddonSheets {
  /** Key → the add-on's sheet, in the order the sheets were created. */
  sheets: Map<SheetKey, AddonSheet>;
  /** The index entry (null when the spreadsheet has none yet) and the JSON it holds. */
  entry: DeveloperMetadata | null;
  stored: string;
}

/** What the index keeps per sheet. */
interface IndexEntry {
  id: number;
  look?: string;
}

const located = new WeakMap<Spreadsheet, AddonSheets>();

/** The index as stored, keys in the order the sheets were created. */
function indexText(sheets: Map<SheetKey, AddonSheet>): string {
  const index: Record<string, IndexEntry> = {};
  for (const [key, { sheetId, look }] of sheets)
    index[key] = look === undefined ? { id: sheetId } : { id: sheetId, look };
  return JSON.stringify(index);
}

function parseIndex(text: string): [SheetKey, IndexEntry][] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object') return [];
    const entries: [SheetKey, IndexEntry][] = [];
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      const entry = value as Partial<IndexEntry> | null;
      if (entry && Number.isInteger(entry.id)) {
        entries.push([
          key,
          typeof entry.look === 'string' ? { id: entry.id as number, look: entry.look } : { id: entry.id as number },
        ]);
      }
    }
    return entries;
  } catch {
    return [];
  }
}

/** Reads where the add-on's sheets are; `remember` keeps it for the apply that follows in this run. */
export function locateAddonSheets(spreadsheet: Spreadsheet, remember = false): AddonSheets {
  const found: AddonSheets = { sheets: new Map(), entry: null, stored: '' };
  found.entry = spreadsheet.getDeveloperMetadata().find((entry) => entry.getKey() === SHEET_INDEX_METADATA) ?? null;
  if (found.entry) {
    found.stored = found.entry.getValue() ?? '';
    for (const [key, { id, look }] of parseIndex(found.stored)) {
      const sheet = spreadsheet.getSheetById(id);
      if (sheet) found.sheets.set(key, look === undefined ? { sheet, sheetId: id } : { sheet, sheetId: id, look });
    }
  } else {
    // Made before the index: a metadata entry on each sheet. When a key is found twice (a user duplicated
    // the tab and the copy kept the metadata), the first one the finder returns (the oldest) is the add-on's.
    for (const entry of spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_KEY_METADATA).find()) {
      const key = entry.getValue();
      const sheet = entry.getLocation().getSheet();
      if (key && sheet && !found.sheets.has(key)) found.sheets.set(key, { sheet, sheetId: sheet.getSheetId() });
    }
  }
  if (remember) located.set(spreadsheet, found);
  return found;
}

/** What readSnapshot found earlier in this run (undefined when it did not run). */
export function rememberedAddonSheets(spreadsheet: Spreadsheet): AddonSheets | undefined {
  return located.get(spreadsheet);
}

/** Key → sheet (a fresh look). */
export function findAddonSheets(spreadsheet: Spreadsheet): Map<SheetKey, Sheet> {
  return new Map([...locateAddonSheets(spreadsheet).sheets].map(([key, { sheet }]) => [key, sheet]));
}

/** Forgets what readSnapshot found, so the next run looks again. */
export function forgetAddonSheets(spreadsheet: Spreadsheet): void {
  located.delete(spreadsheet);
}

/** Records the add-on's sheets in the index after an apply: one call, only when it changed. */
export function saveAddonSheets(spreadsheet: Spreadsheet, found: AddonSheets): void {
  const text = indexText(found.sheets);
  if (text === found.stored) return;
  if (found.entry) found.entry.setValue(text);
  else spreadsheet.addDeveloperMetadata(SHEET_INDEX_METADATA, text);
}

/**
 * The one rule for the language of everything a command shows: the goal wizard, Build report,
 * Prepare for sharing and its undo, and the "someone else is updating" message of the document lock.
 *
 * 1. The language the user just chose in the wizard's own switch (it becomes the map's language when applied);
 * 2. else the KPI map's language, stored with the map when the wizard built it, so a Danish workbook
 *    speaks Danish to everyone who opens it, whatever their browser or account says;
 * 3. else the user's locale ('da', 'da_DK', 'nl-BE', ...) when it is one of ours;
 * 4. else English.
 * Pure.
 */
import { LANGUAGES, type Language } from '../catalog/types.ts';
import { locateRowKeys } from '../plan/rowKeys.ts';
import type { SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { CellValue } from '../plan/types.ts';
import { mapLanguage, mapSheetLanguage } from './currentChoices.ts';

export { mapLanguage };

export interface LanguageSources {
  /** What the wizard's language switch asks for, or null. */
  asked?: string | null;
  /** The spreadsheet as read; null or left out when the command has not read it. */
  snapshot?: SpreadsheetSnapshot | null;
  /**
   * Or only the KPI map tab's cells (getDataRange().getValues()), for a command that needs its language
   * before it reads anything else; null when there is no map.
   */
  mapCells?: readonly (readonly CellValue[])[] | null;
  /** Session.getActiveUserLocale() or the browser's language. */
  userLocale?: string | null;
}

/** 'da', 'da_DK', 'nl-BE' → the language, when it is one of ours. */
function languageOfLocale(locale: unknown): Language | null {
  const base = String(locale ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return LANGUAGES.includes(base as Language) ? (base as Language) : null;
}

/** The map's language from its tab's cells alone. */
function mapLanguageOfCells(cells: readonly (readonly CellValue[])[]): Language | null {
  const values = cells.map((row) => [...row]);
  return mapSheetLanguage({
    key: 'kpiMap',
    sheetId: 0,
    name: '',
    hidden: false,
    values,
    formulas: [],
    ...locateRowKeys(values),
  });
}

export function commandLanguage(sources: LanguageSources): Language {
  const ofMap = sources.snapshot
    ? mapLanguage(sources.snapshot)
    : sources.mapCells
      ? mapLanguageOfCells(sources.mapCells)
      : null;
  return languageOfLocale(sources.asked) ?? ofMap ?? languageOfLocale(sources.userLocale) ?? 'en';
}

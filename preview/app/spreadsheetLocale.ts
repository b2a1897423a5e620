/**
 * The preview spreadsheet's locale (issue 13 §7): Sheets shows numbers and dates by the spreadsheet's
 * locale (File → Settings → Locale; "the actual rendering of the format depends on the spreadsheet's
 * locale", https://developers.google.com/sheets/api/guides/formats), not by the browser's. The preview's
 * workbook keeps one (Workbook.locale) and shows every cell by it (src/inMemory/formatValue.ts).
 *
 * Decisions:
 * - A new preview spreadsheet is en_US, as a new Sheets file of a Google account in English (United States).
 * - When the goal wizard creates the KPI map, the locale follows the map's language: en → en_US,
 *   da → da_DK, nl → nl_NL (the countries of the source articles; English takes Sheets' default
 *   locale). A user who set the locale under File → Settings keeps it: the wizard never overrides a choice.
 * - File → Settings offers the locales the add-on is written for, and a few neighbours, as Sheets lists
 *   them (country names, the language in brackets where a country has more than one).
 */
import type { Language } from '../../src/catalog/types.ts';
import type { Workbook } from '../../src/inMemory/workbook.ts';
import { commandLanguage } from '../../src/wizard/commandLanguage.ts';

export const LOCALE_OF_LANGUAGE: Record<Language, string> = { en: 'en_US', da: 'da_DK', nl: 'nl_NL' };

/** The choices under File → Settings → Locale, as Sheets names them. */
export const PREVIEW_LOCALES: readonly { id: string; name: string }[] = [
  { id: 'da_DK', name: 'Denmark' },
  { id: 'nl_NL', name: 'Netherlands' },
  { id: 'nl_BE', name: 'Belgium (Dutch)' },
  { id: 'de_DE', name: 'Germany' },
  { id: 'sv_SE', name: 'Sweden' },
  { id: 'nb_NO', name: 'Norway' },
  { id: 'en_GB', name: 'United Kingdom' },
  { id: 'en_US', name: 'United States' },
];

function hasMap(workbook: Workbook): boolean {
  return workbook.sheetByKey('kpiMap') !== undefined;
}

/**
 * Runs `work` (something that may create the KPI map: the wizard's apply, loading example data) and,
 * when it created the map and nobody chose a locale, gives the spreadsheet the map's language's locale.
 */
export function withMapLocale<T>(workbook: Workbook, work: () => T): T {
  const before = hasMap(workbook);
  const result = work();
  if (!before && hasMap(workbook) && !workbook.localeChosen) {
    workbook.locale = LOCALE_OF_LANGUAGE[commandLanguage({ snapshot: workbook.snapshot(), userLocale: null })];
  }
  return result;
}

/** File → Settings: the locale (the time zone shown, as it is fixed here). Calls `changed` when saved. */
export function openSettingsDialog(workbook: Workbook, changed: () => void): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'settings-dialog';
  dialog.setAttribute('aria-labelledby', 'settings-title');
  const title = document.createElement('h2');
  title.id = 'settings-title';
  title.textContent = 'Settings for this spreadsheet';
  const form = document.createElement('form');
  form.method = 'dialog';
  const label = document.createElement('label');
  label.textContent = 'Locale';
  const select = document.createElement('select');
  select.name = 'locale';
  const known = PREVIEW_LOCALES.some((locale) => locale.id === workbook.locale);
  for (const locale of known ? PREVIEW_LOCALES : [...PREVIEW_LOCALES, { id: workbook.locale, name: workbook.locale }]) {
    const option = document.createElement('option');
    option.value = locale.id;
    option.textContent = locale.name;
    option.selected = locale.id === workbook.locale;
    select.append(option);
  }
  label.append(select);
  const hint = document.createElement('p');
  hint.className = 'settings-hint';
  hint.textContent = `The locale decides how numbers and dates are shown, e.g. 1,200.50 or 1.200,50. Time zone: ${workbook.timeZone}.`;
  const buttons = document.createElement('div');
  buttons.className = 'settings-buttons';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  const save = document.createElement('button');
  save.type = 'submit';
  save.className = 'primary';
  save.textContent = 'Save settings';
  buttons.append(cancel, save);
  form.append(label, hint, buttons);
  dialog.append(title, form);
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', () => {
    workbook.locale = select.value;
    workbook.localeChosen = true;
    changed();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  select.focus();
  return dialog;
}

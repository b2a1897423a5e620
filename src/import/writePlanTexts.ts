/** What the import's server side says, in the map's language (en/da/nl). Pure data. */
import type { Language } from '../catalog/types.ts';

export interface ImportTexts {
  noMap: string;
  noValues: string;
  preview: (values: number, differ: number, typed: number, newRows: number) => string;
  noColumn: (inputs: string) => string;
  imported: (written: number, keptTyped: number, newRows: number) => string;
  nothingToUndo: string;
  undone: (restored: number, kept: number) => string;
  /** The note on a "KPI data" cell whose value comes from another export column than the period before. */
  sourceChanged: (before: string, period: string, now: string) => string;
  noTab: (name: string) => string;
}

/** "1 value", "2 values": the count with the word in its number. */
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const IMPORT_TEXTS: Record<Language, ImportTexts> = {
  en: {
    noMap: 'There is no "KPI data" tab yet: run the goal wizard and apply it first, then import.',
    noValues: 'The files hold no numbers for the columns of "KPI data".',
    preview: (values, differ, typed, newRows) =>
      `${n(values, 'value', 'values')} to write: ${differ} differ from what "KPI data" holds, ${typed} of them typed by hand; ${n(newRows, 'new row', 'new rows')}.`,
    noColumn: (inputs) => `"KPI data" has no column for ${inputs}: those numbers are left out.`,
    imported: (written, keptTyped, newRows) =>
      `Imported ${n(written, 'value', 'values')} (${n(newRows, 'new row', 'new rows')}).` +
      (keptTyped > 0 ? ` ${n(keptTyped, 'value you typed was', 'values you typed were')} kept.` : ''),
    nothingToUndo: 'There is no import to undo.',
    undone: (restored, kept) =>
      `Undone: ${n(restored, 'cell is', 'cells are')} as before the import.` +
      (kept > 0
        ? ` ${n(kept, 'cell changed since the import was', 'cells changed since the import were')} left as they are.`
        : ''),
    sourceChanged: (before, period, now) =>
      `Social KPI Kit: from ${period} this value comes from the export column "${now}"; before, from "${before}". The numbers may not compare.`,
    noTab: (name) => `There is no tab called "${name}" in this spreadsheet.`,
  },
  da: {
    noMap: 'Der er endnu ingen fane "KPI-data": kør målguiden og anvend den først, og importér så.',
    noValues: 'Filerne indeholder ingen tal til kolonnerne i "KPI-data".',
    preview: (values, differ, typed, newRows) =>
      `${n(values, 'værdi', 'værdier')} skrives: ${differ} afviger fra det, der står i "KPI-data", heraf ${typed} tastet i hånden; ${n(newRows, 'ny række', 'nye rækker')}.`,
    noColumn: (inputs) => `"KPI-data" har ingen kolonne til ${inputs}: de tal udelades.`,
    imported: (written, keptTyped, newRows) =>
      `Importerede ${n(written, 'værdi', 'værdier')} (${n(newRows, 'ny række', 'nye rækker')}).` +
      (keptTyped > 0 ? ` ${n(keptTyped, 'værdi', 'værdier')}, du har tastet, blev bevaret.` : ''),
    nothingToUndo: 'Der er ingen import at fortryde.',
    undone: (restored, kept) =>
      `Fortrudt: ${n(restored, 'celle', 'celler')} er som før importen.` +
      (kept > 0 ? ` ${n(kept, 'celle', 'celler')}, der er ændret siden importen, blev ikke rørt.` : ''),
    sourceChanged: (before, period, now) =>
      `Social KPI Kit: fra ${period} kommer værdien fra eksportkolonnen "${now}"; før fra "${before}". Tallene er måske ikke sammenlignelige.`,
    noTab: (name) => `Der er ingen fane med navnet "${name}" i regnearket.`,
  },
  nl: {
    noMap: 'Er is nog geen tabblad "KPI-gegevens": doorloop eerst de doelenwizard, en importeer daarna.',
    noValues: 'De bestanden bevatten geen getallen voor de kolommen van "KPI-gegevens".',
    preview: (values, differ, typed, newRows) =>
      `${n(values, 'waarde', 'waarden')} te schrijven: ${differ} wijken af van wat in "KPI-gegevens" staat, waarvan ${typed} met de hand getypt; ${n(newRows, 'nieuwe rij', 'nieuwe rijen')}.`,
    noColumn: (inputs) => `"KPI-gegevens" heeft geen kolom voor ${inputs}: die getallen worden overgeslagen.`,
    imported: (written, keptTyped, newRows) =>
      `${n(written, 'waarde', 'waarden')} geïmporteerd (${n(newRows, 'nieuwe rij', 'nieuwe rijen')}).` +
      (keptTyped > 0
        ? ` ${n(keptTyped, 'waarde', 'waarden')} die u typte, ${keptTyped === 1 ? 'is' : 'zijn'} behouden.`
        : ''),
    nothingToUndo: 'Er is geen import om ongedaan te maken.',
    undone: (restored, kept) =>
      `Ongedaan gemaakt: ${n(restored, 'cel is', 'cellen zijn')} weer zoals vóór de import.` +
      (kept > 0
        ? ` ${n(kept, 'cel', 'cellen')} die sinds de import ${kept === 1 ? 'is' : 'zijn'} gewijzigd, ${kept === 1 ? 'is' : 'zijn'} gelaten zoals ze waren.`
        : ''),
    sourceChanged: (before, period, now) =>
      `Social KPI Kit: vanaf ${period} komt deze waarde uit de exportkolom "${now}"; daarvoor uit "${before}". De getallen zijn mogelijk niet vergelijkbaar.`,
    noTab: (name) => `Er is geen tabblad met de naam "${name}" in deze spreadsheet.`,
  },
};

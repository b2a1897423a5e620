/** The import panel's words in English, Danish and Dutch. */
import type { Language } from '../../src/catalog/types.ts';

export interface ImportStrings {
  title: string;
  intro: string;
  chooseFiles: string;
  orTab: string;
  tabNone: string;
  readTab: string;
  reading: (name: string) => string;
  /** The progress bar's label while the reader parses a file's lines, then adds up its rows per period. */
  parsing: (name: string) => string;
  adding: (rows: number) => string;
  /** The reader stopped in the middle of a file (the browser ended it): nothing was read, nothing written. */
  readerStopped: (name: string) => string;
  loading: string;
  found: string;
  unreadable: (n: number) => string;
  line: (line: number, reason: string) => string;
  chooseReading: string;
  useReading: string;
  mappingTitle: string;
  mappingIntro: string;
  channel: string;
  grain: string;
  grains: Record<'posts' | 'days' | 'overview' | 'followers' | 'visitors', string>;
  dateColumn: string;
  noDate: string;
  notImported: string;
  useMapping: string;
  remembered: string;
  whereTitle: string;
  whereLine: (column: string, target: string, channel: string, periods: string) => string;
  previewTitle: string;
  now: string;
  incoming: string;
  blank: string;
  differs: string;
  typedTag: string;
  sourceChanged: (before: string) => string;
  overwriteTyped: (n: number) => string;
  importButton: string;
  undoButton: string;
  importing: string;
  untrackedTitle: string;
  untrackedLine: (column: string, kpis: string) => string;
  untrackedNone: (column: string) => string;
  tooBig: (name: string) => string;
  failed: (detail: string) => string;
  removeFile: (name: string) => string;
  moreRows: (n: number) => string;
  example: (cells: string) => string;
  leftOut: (n: number) => string;
  leftOutLine: (column: string, target: string, reason: string) => string;
  /** The warning on a file whose first or last period it covers only in part, and what the panel does. */
  partial: (periods: string, imported: boolean) => string;
  partialImport: (n: number) => string;
}

const EN: ImportStrings = {
  title: 'Import analytics export',
  intro:
    'Pick the CSV files you downloaded from each platform, or a tab you brought in with File → Import (XLS, XLSX).',
  chooseFiles: 'CSV files',
  orTab: 'Or a tab of this spreadsheet',
  tabNone: 'Choose a tab',
  readTab: 'Read tab',
  reading: (name) => `Reading ${name}…`,
  parsing: (name) => `Reading the rows of ${name}…`,
  adding: (rows) => `Adding up ${rows.toLocaleString('en-US')} rows by period…`,
  readerStopped: (name) => `${name} could not be read to the end. Pick it again; nothing was written.`,
  loading: 'Loading…',
  found: 'What was found',
  unreadable: (n) => `${n} ${n === 1 ? 'row' : 'rows'} could not be read; the rest is imported.`,
  line: (line, reason) => `Line ${line}: ${reason}`,
  chooseReading: 'Which reading is right?',
  useReading: 'Use this reading',
  mappingTitle: 'Map the columns',
  mappingIntro: 'These headers are not known. Say once which column fills which "KPI data" column.',
  channel: 'Channel',
  grain: 'One row is',
  grains: {
    posts: 'a post',
    days: 'a day',
    overview: 'an overview',
    followers: 'followers on a day',
    visitors: 'visitors on a day',
  },
  dateColumn: 'Date column',
  noDate: 'No date column',
  notImported: 'Not imported',
  useMapping: 'Use this mapping',
  remembered: 'The mapping is remembered in this spreadsheet for the next file with the same headers.',
  whereTitle: 'Which columns go where',
  whereLine: (column, target, channel, periods) => `${column} → ${target} · ${channel} · ${periods}`,
  previewTitle: 'Preview',
  now: 'Now',
  incoming: 'Import',
  blank: '(blank)',
  differs: 'differs',
  typedTag: 'typed by hand',
  sourceChanged: (before) => `Was filled from "${before}" before`,
  overwriteTyped: (n) => (n === 1 ? 'Overwrite the value typed by hand' : `Overwrite the ${n} values typed by hand`),
  importButton: 'Import',
  undoButton: 'Undo import',
  importing: 'Writing to KPI data…',
  untrackedTitle: 'Columns the map does not track',
  untrackedLine: (column, kpis) => `${column}: would feed ${kpis}`,
  untrackedNone: (column) => `${column}: no KPI uses it`,
  tooBig: (name) => `${name} is over 50 MB: export a shorter period and try again. Nothing was written.`,
  failed: (detail) => `Something went wrong: ${detail}`,
  removeFile: (name) => `Remove ${name}`,
  moreRows: (n) => `${n} more periods and channels without differing numbers are not shown.`,
  example: (cells) => `e.g. ${cells}`,
  leftOut: (n) => (n === 1 ? '1 column is not imported:' : `${n} columns are not imported:`),
  leftOutLine: (column, target, reason) => `${column} → ${target}: ${reason}`,
  partial: (periods, imported) =>
    `The file covers ${periods} only in part: importing would replace the whole period's numbers with part of them. ` +
    (imported ? 'They are imported, as you chose.' : 'They are left out.'),
  partialImport: (n) => (n === 1 ? 'Import this period anyway' : 'Import these periods anyway'),
};

const DA: ImportStrings = {
  title: 'Importér analyseeksport',
  intro:
    'Vælg de CSV-filer, du har hentet fra hver platform, eller en fane, du har hentet ind med Filer → Importér (XLS, XLSX).',
  chooseFiles: 'CSV-filer',
  orTab: 'Eller en fane i regnearket',
  tabNone: 'Vælg en fane',
  readTab: 'Læs fanen',
  reading: (name) => `Læser ${name}…`,
  parsing: (name) => `Læser rækkerne i ${name}…`,
  adding: (rows) => `Lægger ${rows.toLocaleString('da-DK')} rækker sammen pr. periode…`,
  readerStopped: (name) => `${name} kunne ikke læses til ende. Vælg filen igen; intet blev skrevet.`,
  loading: 'Indlæser…',
  found: 'Det blev fundet',
  unreadable: (n) => `${n} ${n === 1 ? 'række' : 'rækker'} kunne ikke læses; resten importeres.`,
  line: (line, reason) => `Linje ${line}: ${reason}`,
  chooseReading: 'Hvilken læsning er rigtig?',
  useReading: 'Brug denne læsning',
  mappingTitle: 'Tilknyt kolonnerne',
  mappingIntro:
    'Disse overskrifter kendes ikke. Angiv én gang, hvilken kolonne der udfylder hvilken kolonne i "KPI-data".',
  channel: 'Kanal',
  grain: 'Én række er',
  grains: {
    posts: 'et opslag',
    days: 'en dag',
    overview: 'et overblik',
    followers: 'følgere på en dag',
    visitors: 'besøgende på en dag',
  },
  dateColumn: 'Datokolonne',
  noDate: 'Ingen datokolonne',
  notImported: 'Importeres ikke',
  useMapping: 'Brug denne tilknytning',
  remembered: 'Tilknytningen huskes i regnearket til næste fil med de samme overskrifter.',
  whereTitle: 'Hvilke kolonner går hvorhen',
  whereLine: (column, target, channel, periods) => `${column} → ${target} · ${channel} · ${periods}`,
  previewTitle: 'Forhåndsvisning',
  now: 'Nu',
  incoming: 'Import',
  blank: '(tom)',
  differs: 'afviger',
  typedTag: 'tastet i hånden',
  sourceChanged: (before) => `Blev før udfyldt fra "${before}"`,
  overwriteTyped: (n) =>
    n === 1 ? 'Overskriv værdien, der er tastet i hånden' : `Overskriv de ${n} værdier, der er tastet i hånden`,
  importButton: 'Importér',
  undoButton: 'Fortryd import',
  importing: 'Skriver til KPI-data…',
  untrackedTitle: 'Kolonner, kortet ikke følger',
  untrackedLine: (column, kpis) => `${column}: kunne bruges til ${kpis}`,
  untrackedNone: (column) => `${column}: ingen KPI bruger den`,
  tooBig: (name) => `${name} er over 50 MB: eksportér en kortere periode, og prøv igen. Intet blev skrevet.`,
  failed: (detail) => `Noget gik galt: ${detail}`,
  removeFile: (name) => `Fjern ${name}`,
  moreRows: (n) => `${n} perioder og kanaler mere uden afvigende tal vises ikke.`,
  example: (cells) => `fx ${cells}`,
  leftOut: (n) => (n === 1 ? '1 kolonne importeres ikke:' : `${n} kolonner importeres ikke:`),
  leftOutLine: (column, target, reason) => `${column} → ${target}: ${reason}`,
  partial: (periods, imported) =>
    `Filen dækker kun en del af ${periods}: en import ville erstatte hele periodens tal med en del af dem. ` +
    (imported ? 'De importeres, som du valgte.' : 'De udelades.'),
  partialImport: (n) => (n === 1 ? 'Importér perioden alligevel' : 'Importér perioderne alligevel'),
};

const NL: ImportStrings = {
  title: 'Analyse-export importeren',
  intro:
    'Kies de CSV-bestanden die u van elk platform hebt gedownload, of een tabblad dat u met Bestand → Importeren hebt binnengehaald (XLS, XLSX).',
  chooseFiles: 'CSV-bestanden',
  orTab: 'Of een tabblad van deze spreadsheet',
  tabNone: 'Kies een tabblad',
  readTab: 'Tabblad lezen',
  reading: (name) => `${name} wordt gelezen…`,
  parsing: (name) => `De rijen van ${name} worden gelezen…`,
  adding: (rows) => `${rows.toLocaleString('nl-NL')} rijen worden per periode opgeteld…`,
  readerStopped: (name) => `${name} kon niet tot het einde worden gelezen. Kies het opnieuw; er is niets geschreven.`,
  loading: 'Laden…',
  found: 'Wat er is gevonden',
  unreadable: (n) => `${n} ${n === 1 ? 'rij kon' : 'rijen konden'} niet worden gelezen; de rest wordt geïmporteerd.`,
  line: (line, reason) => `Regel ${line}: ${reason}`,
  chooseReading: 'Welke lezing klopt?',
  useReading: 'Deze lezing gebruiken',
  mappingTitle: 'Kolommen koppelen',
  mappingIntro: 'Deze kolomkoppen zijn onbekend. Geef één keer aan welke kolom welke kolom van "KPI-gegevens" vult.',
  channel: 'Kanaal',
  grain: 'Eén rij is',
  grains: {
    posts: 'een bericht',
    days: 'een dag',
    overview: 'een overzicht',
    followers: 'volgers op een dag',
    visitors: 'bezoekers op een dag',
  },
  dateColumn: 'Datumkolom',
  noDate: 'Geen datumkolom',
  notImported: 'Niet importeren',
  useMapping: 'Deze koppeling gebruiken',
  remembered: 'De koppeling wordt in deze spreadsheet onthouden voor het volgende bestand met dezelfde kolomkoppen.',
  whereTitle: 'Welke kolommen waarheen gaan',
  whereLine: (column, target, channel, periods) => `${column} → ${target} · ${channel} · ${periods}`,
  previewTitle: 'Voorbeeld',
  now: 'Nu',
  incoming: 'Import',
  blank: '(leeg)',
  differs: 'wijkt af',
  typedTag: 'met de hand getypt',
  sourceChanged: (before) => `Werd eerder gevuld uit "${before}"`,
  overwriteTyped: (n) =>
    n === 1 ? 'De met de hand getypte waarde overschrijven' : `De ${n} met de hand getypte waarden overschrijven`,
  importButton: 'Importeren',
  undoButton: 'Import ongedaan maken',
  importing: 'Schrijven naar KPI-gegevens…',
  untrackedTitle: 'Kolommen die het overzicht niet volgt',
  untrackedLine: (column, kpis) => `${column}: zou ${kpis} voeden`,
  untrackedNone: (column) => `${column}: geen KPI gebruikt deze`,
  tooBig: (name) =>
    `${name} is groter dan 50 MB: exporteer een kortere periode en probeer het opnieuw. Er is niets geschreven.`,
  failed: (detail) => `Er ging iets mis: ${detail}`,
  removeFile: (name) => `${name} verwijderen`,
  moreRows: (n) => `Nog ${n} perioden en kanalen zonder afwijkende getallen worden niet getoond.`,
  example: (cells) => `bijv. ${cells}`,
  leftOut: (n) => (n === 1 ? '1 kolom wordt niet geïmporteerd:' : `${n} kolommen worden niet geïmporteerd:`),
  leftOutLine: (column, target, reason) => `${column} → ${target}: ${reason}`,
  partial: (periods, imported) =>
    `Het bestand dekt ${periods} maar gedeeltelijk: importeren zou de cijfers van de hele periode vervangen door een deel ervan. ` +
    (imported ? 'Ze worden geïmporteerd, zoals je koos.' : 'Ze worden weggelaten.'),
  partialImport: (n) => (n === 1 ? 'Deze periode toch importeren' : 'Deze perioden toch importeren'),
};

/** One record per language; the pushed pages keep one language each (scripts/buildSidebar.ts). */
export const IMPORT_STRINGS: Record<Language, ImportStrings> = { en: EN, da: DA, nl: NL };

import { LANGUAGES, type Language } from '../catalog/types.ts';

/**
 * The words of the messages a sheet function shows in a cell, in the spreadsheet's language. A message
 * is short and specific (which input, which row, what was found, the likely fix), because in a sheet it
 * spills over the empty cells beside it: `#CTR: clicks row 5 is "Instagram" (text). Wrong column?`.
 * Only what a cell can show is here, so dist/Code.js stays small (no catalog texts).
 */
export type ProblemKey =
  | 'text'
  | 'numberText'
  | 'errorCode'
  | 'notDate'
  | 'date'
  | 'logical'
  | 'other'
  | 'infinite'
  | 'negative'
  | 'share'
  | 'blank'
  | 'zero'
  | 'resultInfinite'
  | 'noMentions'
  | 'targetIsBaseline'
  | 'deadlineNotAfterStart'
  | 'npsScale'
  | 'replyFirst';

/** What went wrong, without words: the words come from the spreadsheet's language when it is shown. */
export interface Problem {
  key: ProblemKey;
  /** The input's name (clicks), '' for a problem of the whole row. */
  input: string;
  /** What the cell held, for the keys that show it. */
  found?: unknown;
  /** 1-based row (and column, for a range wider than one column) inside the input's range. */
  row?: number;
  column?: number;
  /** For CSAT, NPS and response time: the 0-based place in the flattened range, made row and column when shown. */
  index?: number;
}

/**
 * The problems of a whole call (it fails as one error): arguments missing or ranges that do not fit.
 * Each message names what it needs: input names, a usage, sizes ("2 rows × 1 column") or counts.
 */
interface CallMessages {
  missing: (input: string, usage: string) => string;
  tooMany: (most: number, got: number) => string;
  emptyRange: (input: string) => string;
  sizes: (input: string, other: string, inputSize: string, otherSize: string) => string;
  listSizes: (input: string, other: string, inputSize: string, otherSize: string) => string;
  rowSumSizes: (input: string, other: string, inputSize: string, otherSize: string) => string;
  notSingle: (input: string) => string;
  blankValue: (input: string) => string;
  noAnswers: (input: string) => string;
  noPairs: (input: string, other: string) => string;
}

interface Words {
  row: string;
  column: string;
  /** A range's size: "2 rows × 1 column". */
  size: (rows: number, columns: number) => string;
  calls: CallMessages;
  truth: [string, string];
  messages: Record<ProblemKey, (subject: string, found: string, functionName: string) => string>;
}

const WORDS: Record<Language, Words> = {
  en: {
    row: 'row',
    column: 'column',
    size: (r, c) => `${r} row${r === 1 ? '' : 's'} × ${c} column${c === 1 ? '' : 's'}`,
    calls: {
      missing: (a, usage) => `${a} is missing. Use ${usage}.`,
      tooMany: (n, got) => `takes at most ${n} arguments but got ${got}.`,
      emptyRange: (a) => `${a} is an empty range. Point it at cells, e.g. B2:B100.`,
      sizes: (a, b, x, y) =>
        `${a} is ${x} but ${b} is ${y}. Give ranges of the same size, e.g. B2:B100 and C2:C100, or a single cell.`,
      listSizes: (a, b, x, y) => `${a} is ${x} but ${b} is ${y}. Give ranges of the same size, one pair per row.`,
      rowSumSizes: (a, b, x, y) => `${a} is ${x} but ${b} is ${y}. Use the same rows, one column per competitor.`,
      notSingle: (a) => `${a} must be one cell, not a range.`,
      blankValue: (a) => `${a} is blank. Fill it in.`,
      noAnswers: (a) => `${a} has no answers (blanks are not answers). Point it at the answers column.`,
      noPairs: (a, b) => `no row has both ${a} and ${b}. Fill in both for at least one message.`,
    },
    truth: ['TRUE', 'FALSE'],
    messages: {
      text: (s, v) => `${s} is "${v}" (text). Wrong column?`,
      numberText: (s, v) => `${s} is "${v}" (text). Format → Number, then retype.`,
      errorCode: (s, v) => `${s} is ${v}. Fix that cell first.`,
      notDate: (s, v) => `${s} is "${v}", not a date (Format → Number → Date time).`,
      date: (s) => `${s} is a date. Wrong column?`,
      logical: (s, v) => `${s} is ${v} (a checkbox). Wrong column?`,
      other: (s, v) => `${s} is ${v}, not a number.`,
      infinite: (s) => `${s} is not a finite number.`,
      negative: (s, v) => `${s} is ${v}; it cannot be negative.`,
      share: (s, v) => `${s} is ${v}; a share is 0 to 1 (e.g. 3%).`,
      blank: (s) => `${s} is blank. Fill it in or clear the row.`,
      zero: (s, _v, f) => `${s} is 0, and ${f} divides by it.`,
      resultInfinite: (s) => `${s}the result is not a finite number.`,
      noMentions: (s) => `${s}no mentions at all, so no share.`,
      targetIsBaseline: (s) => `${s}target equals baseline. Set a different target.`,
      deadlineNotAfterStart: (s) => `${s}deadline is not after start_date.`,
      npsScale: (s, v) => `${s} is ${v}, but NPS answers are 0 to 10. Fix or clear it.`,
      replyFirst: (s) => `${s}the reply is before the message. Check received_at and replied_at.`,
    },
  },
  da: {
    row: 'række',
    column: 'kolonne',
    size: (r, c) => `${r} ${r === 1 ? 'række' : 'rækker'} × ${c} ${c === 1 ? 'kolonne' : 'kolonner'}`,
    calls: {
      missing: (a, usage) => `${a} mangler. Brug ${usage}.`,
      tooMany: (n, got) => `tager højst ${n} argumenter, men fik ${got}.`,
      emptyRange: (a) => `${a} er et tomt område. Peg på celler, f.eks. B2:B100.`,
      sizes: (a, b, x, y) =>
        `${a} er ${x}, men ${b} er ${y}. Brug områder af samme størrelse, f.eks. B2:B100 og C2:C100, eller én celle.`,
      listSizes: (a, b, x, y) => `${a} er ${x}, men ${b} er ${y}. Brug områder af samme størrelse, ét par pr. række.`,
      rowSumSizes: (a, b, x, y) => `${a} er ${x}, men ${b} er ${y}. Brug samme rækker, én kolonne pr. konkurrent.`,
      notSingle: (a) => `${a} skal være én celle, ikke et område.`,
      blankValue: (a) => `${a} er tom. Udfyld den.`,
      noAnswers: (a) => `${a} har ingen svar (tomme celler er ikke svar). Peg på kolonnen med svarene.`,
      noPairs: (a, b) => `ingen række har både ${a} og ${b}. Udfyld begge for mindst én besked.`,
    },
    truth: ['SAND', 'FALSK'],
    messages: {
      text: (s, v) => `${s} er "${v}" (tekst). Forkert kolonne?`,
      numberText: (s, v) => `${s} er "${v}" (tekst). Formatér → Tal, og skriv igen.`,
      errorCode: (s, v) => `${s} er ${v}. Ret den celle først.`,
      notDate: (s, v) => `${s} er "${v}", ikke en dato (Formatér → Tal → Dato og tid).`,
      date: (s) => `${s} er en dato. Forkert kolonne?`,
      logical: (s, v) => `${s} er ${v} (et afkrydsningsfelt). Forkert kolonne?`,
      other: (s, v) => `${s} er ${v}, ikke et tal.`,
      infinite: (s) => `${s} er ikke et endeligt tal.`,
      negative: (s, v) => `${s} er ${v}; det kan ikke være negativt.`,
      share: (s, v) => `${s} er ${v}; en andel er 0 til 1 (f.eks. 3%).`,
      blank: (s) => `${s} er tom. Udfyld den, eller ryd rækken.`,
      zero: (s, _v, f) => `${s} er 0, og ${f} dividerer med den.`,
      resultInfinite: (s) => `${s}resultatet er ikke et endeligt tal.`,
      noMentions: (s) => `${s}ingen omtaler overhovedet, så ingen andel.`,
      targetIsBaseline: (s) => `${s}målet er lig med udgangspunktet. Sæt et andet mål.`,
      deadlineNotAfterStart: (s) => `${s}deadline ligger ikke efter start_date.`,
      npsScale: (s, v) => `${s} er ${v}, men NPS-svar er 0 til 10. Ret eller ryd den.`,
      replyFirst: (s) => `${s}svaret ligger før beskeden. Tjek received_at og replied_at.`,
    },
  },
  nl: {
    row: 'rij',
    column: 'kolom',
    size: (r, c) => `${r} ${r === 1 ? 'rij' : 'rijen'} × ${c} ${c === 1 ? 'kolom' : 'kolommen'}`,
    calls: {
      missing: (a, usage) => `${a} ontbreekt. Gebruik ${usage}.`,
      tooMany: (n, got) => `neemt hoogstens ${n} argumenten maar kreeg er ${got}.`,
      emptyRange: (a) => `${a} is een leeg bereik. Verwijs naar cellen, bijv. B2:B100.`,
      sizes: (a, b, x, y) =>
        `${a} is ${x} maar ${b} is ${y}. Gebruik bereiken van dezelfde grootte, bijv. B2:B100 en C2:C100, of één cel.`,
      listSizes: (a, b, x, y) =>
        `${a} is ${x} maar ${b} is ${y}. Gebruik bereiken van dezelfde grootte, één paar per rij.`,
      rowSumSizes: (a, b, x, y) => `${a} is ${x} maar ${b} is ${y}. Gebruik dezelfde rijen, één kolom per concurrent.`,
      notSingle: (a) => `${a} moet één cel zijn, geen bereik.`,
      blankValue: (a) => `${a} is leeg. Vul het in.`,
      noAnswers: (a) =>
        `${a} heeft geen antwoorden (lege cellen zijn geen antwoorden). Verwijs naar de kolom met antwoorden.`,
      noPairs: (a, b) => `geen rij heeft zowel ${a} als ${b}. Vul beide in voor minstens één bericht.`,
    },
    truth: ['WAAR', 'ONWAAR'],
    messages: {
      text: (s, v) => `${s} is "${v}" (tekst). Verkeerde kolom?`,
      numberText: (s, v) => `${s} is "${v}" (tekst). Opmaak → Getal, en typ opnieuw.`,
      errorCode: (s, v) => `${s} is ${v}. Herstel eerst die cel.`,
      notDate: (s, v) => `${s} is "${v}", geen datum (Opmaak → Getal → Datum en tijd).`,
      date: (s) => `${s} is een datum. Verkeerde kolom?`,
      logical: (s, v) => `${s} is ${v} (een selectievakje). Verkeerde kolom?`,
      other: (s, v) => `${s} is ${v}, geen getal.`,
      infinite: (s) => `${s} is geen eindig getal.`,
      negative: (s, v) => `${s} is ${v}; dat kan niet negatief zijn.`,
      share: (s, v) => `${s} is ${v}; een aandeel is 0 tot 1 (bijv. 3%).`,
      blank: (s) => `${s} is leeg. Vul het in of maak de rij leeg.`,
      zero: (s, _v, f) => `${s} is 0, en ${f} deelt erdoor.`,
      resultInfinite: (s) => `${s}het resultaat is geen eindig getal.`,
      noMentions: (s) => `${s}helemaal geen vermeldingen, dus geen aandeel.`,
      targetIsBaseline: (s) => `${s}doel is gelijk aan de beginwaarde. Kies een ander doel.`,
      deadlineNotAfterStart: (s) => `${s}deadline ligt niet na start_date.`,
      npsScale: (s, v) => `${s} is ${v}, maar NPS-antwoorden zijn 0 tot 10. Verbeter of wis het.`,
      replyFirst: (s) => `${s}het antwoord ligt vóór het bericht. Controleer received_at en replied_at.`,
    },
  },
};

let fallbackLanguage: Language = 'en';
let language: Language | undefined;

/**
 * The language of messages where no spreadsheet can be asked (tests, the in-memory workbook and the
 * local preview run without SpreadsheetApp): the workbook's language, English unless set.
 */
export function setSheetFunctionLanguage(next: Language): void {
  fallbackLanguage = next;
  language = undefined;
}

/**
 * The spreadsheet's language, read once and only when a message has to be shown, so the fast path of
 * a 100,000-row call never asks. getSpreadsheetLocale() is a read-only call a custom function may make.
 */
export function messageLanguage(): Language {
  if (language !== undefined) return language;
  let locale = '';
  try {
    if (typeof SpreadsheetApp !== 'undefined') locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  } catch {
    // No active spreadsheet (a script run outside one): the fallback language is used.
  }
  const base = String(locale ?? '')
    .toLowerCase()
    .slice(0, 2) as Language;
  language = LANGUAGES.includes(base) ? base : fallbackLanguage;
  return language;
}

/** A number as the spreadsheet's language writes it: 0,5 in Danish and Dutch, 0.5 in English. */
function formatNumber(value: number, lang: Language): string {
  const text = String(value);
  return lang === 'en' ? text : text.replace('.', ',');
}

function shown(found: unknown, words: Words, lang: Language): string {
  if (typeof found === 'string') return found.length > 24 ? `${found.slice(0, 21)}...` : found;
  if (typeof found === 'number') return formatNumber(found, lang);
  if (typeof found === 'boolean') return words.truth[found ? 0 : 1];
  return String(found);
}

/** The message for one problem, in the spreadsheet's language: "clicks row 5 is "Instagram" (text). Wrong column?" */
export function problemText(problem: Problem, functionName: string): string {
  const lang = messageLanguage();
  const words = WORDS[lang];
  let subject = problem.input;
  if (problem.row !== undefined) {
    const where = `${words.row} ${problem.row}${problem.column === undefined ? '' : `, ${words.column} ${problem.column}`}`;
    // A problem of the whole row ("the result is not a finite number") starts with where it happened.
    subject = subject === '' ? `${where}: ` : `${subject} ${where}`;
  }
  return words.messages[problem.key](subject, shown(problem.found, words, lang), functionName);
}

/** A range's size in the spreadsheet's language: "2 rows × 1 column". */
export function sizeText(rows: number, columns: number): string {
  return WORDS[messageLanguage()].size(rows, columns);
}

const calls = (): CallMessages => WORDS[messageLanguage()].calls;

/**
 * Every message a sheet function shows, by name, in the spreadsheet's language (as HyperFormula's
 * ErrorMessage): `SheetMessage.missing('clicks', '=CTR(clicks, impressions)')`. A problem of one
 * cell or row is `SheetMessage.problem(...)`, a range's size `SheetMessage.size(...)`.
 */
export const SheetMessage = {
  missing: (input: string, usage: string) => calls().missing(input, usage),
  tooMany: (most: number, got: number) => calls().tooMany(most, got),
  emptyRange: (input: string) => calls().emptyRange(input),
  sizes: (input: string, other: string, inputSize: string, otherSize: string) =>
    calls().sizes(input, other, inputSize, otherSize),
  listSizes: (input: string, other: string, inputSize: string, otherSize: string) =>
    calls().listSizes(input, other, inputSize, otherSize),
  rowSumSizes: (input: string, other: string, inputSize: string, otherSize: string) =>
    calls().rowSumSizes(input, other, inputSize, otherSize),
  notSingle: (input: string) => calls().notSingle(input),
  blankValue: (input: string) => calls().blankValue(input),
  noAnswers: (input: string) => calls().noAnswers(input),
  noPairs: (input: string, other: string) => calls().noPairs(input, other),
  problem: problemText,
  size: sizeText,
} satisfies CallMessages & Record<'problem' | 'size', unknown>;

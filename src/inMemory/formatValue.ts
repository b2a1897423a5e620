/**
 * Shows a cell value the way Google Sheets shows it under a number format, for the local preview and
 * readable test failures. Covers the formats plans write: General, '@', percentages ('0%', '0.0%'),
 * numbers ('0', '0.00', '#,##0', '#,##0.00'; optional decimals '#,##0.##' as Sheets shows them, 5 → "5."), currency with a literal symbol ('[$€]#,##0.00',
 * '"kr" #,##0.00', '$#,##0.00') and dates/times ('yyyy-mm-dd', 'd mmm yyyy', 'dd/mm/yyyy hh:mm').
 * A second ';' section is used for negative numbers. Pure.
 *
 * The spreadsheet's locale decides the symbols, as in Sheets: in a pattern '.' is the decimal point
 * and ',' the grouping separator, and "the actual rendering of the format depends on the spreadsheet's
 * locale" (Sheets API, Date and number formats: https://developers.google.com/sheets/api/guides/formats;
 * the locale is File → Settings → Locale, Spreadsheet.getSpreadsheetLocale() in Apps Script, e.g. 'da_DK').
 * So `#,##0.00` shows 1200.5 as "1,200.50" in en_US and "1.200,50" in da_DK and nl_NL; quoted literals
 * ("kr.", "€") and '%' are shown as written. Month names (mmm, mmmm) are the locale's, from the CLDR data
 * Intl carries. Typed input is read by the workbook (parseLocaleNumber), not here.
 */
import type { CellValue } from '../plan/types.ts';
import { fromSerialDate } from '../plan/serialDate.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What HyperFormula inferred from typed input when no format was set ('10%' → percent). */
export type ImpliedKind = 'date' | 'percent' | 'currency' | 'number' | 'other';

function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  return /[dy]/i.test(unquoted) || /h/i.test(unquoted);
}

/** The locale new spreadsheets get in the preview, as a Google account set to English (United States). */
export const DEFAULT_LOCALE = 'en_US';

export interface LocaleSymbols {
  decimal: string;
  group: string;
  /** Month names, January first. */
  months: readonly string[];
  /** Abbreviated month names, for 'mmm'. */
  shortMonths: readonly string[];
}

const symbolCache = new Map<string, LocaleSymbols>();

/** A Sheets locale ('da_DK', 'en_US', 'nl') as a BCP 47 tag for Intl ('da-DK'); en-US when Intl does not know it. */
function languageTag(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en-US';
  } catch {
    return 'en-US';
  }
}

/** The decimal mark, grouping separator and month names of a spreadsheet locale. */
export function localeSymbols(locale: string = DEFAULT_LOCALE): LocaleSymbols {
  const cached = symbolCache.get(locale);
  if (cached) return cached;
  const tag = languageTag(locale);
  const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const english = tag.startsWith('en');
  const monthNames = (month: 'long' | 'short') =>
    Array.from({ length: 12 }, (_, i) =>
      new Intl.DateTimeFormat(tag, { month, timeZone: 'UTC' }).format(Date.UTC(2001, i, 1)),
    );
  const symbols: LocaleSymbols = {
    decimal: part('decimal', '.'),
    group: part('group', ','),
    // English keeps Sheets' own names ('Sep', not CLDR's 'Sept').
    months: english ? MONTHS : monthNames('long'),
    shortMonths: english ? MONTHS.map((name) => name.slice(0, 3)) : monthNames('short'),
  };
  symbolCache.set(locale, symbols);
  return symbols;
}

/** A number as the engine writes it ('1200.5', '12.5%') in the locale's symbols: '1200,5' in da_DK. */
export function localNumberText(text: string, locale: string = DEFAULT_LOCALE): string {
  return /^[+-]?[\d.,]+%?$/.test(text) ? localise(text, localeSymbols(locale)) : text;
}

/** '1,234.5' written with the locale's symbols: '1.234,5' in da_DK. */
function localise(text: string, symbols: LocaleSymbols): string {
  if (symbols.decimal === '.' && symbols.group === ',') return text;
  return text.replace(/[,.]/g, (mark) => (mark === ',' ? symbols.group : symbols.decimal));
}

function general(value: number, symbols: LocaleSymbols): string {
  if (Number.isInteger(value)) return String(value);
  return localise(String(Number(value.toPrecision(10))), symbols);
}

function formatDate(serial: number, format: string, symbols: LocaleSymbols): string {
  const [year, month, day] = fromSerialDate(serial).split('-').map(Number);
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  let sawHour = false;
  return format.replace(
    /"([^"]*)"|yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|\\(.)/gi,
    (token, quoted?: string, escaped?: string) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      switch (token.toLowerCase()) {
        case 'yyyy':
          return String(year);
        case 'yy':
          return pad(year % 100);
        case 'mmmm':
          return symbols.months[month - 1];
        case 'mmm':
          return symbols.shortMonths[month - 1];
        case 'mm':
          return sawHour ? pad(minutes) : pad(month);
        case 'm':
          return sawHour ? String(minutes) : String(month);
        case 'dd':
          return pad(day);
        case 'd':
          return String(day);
        case 'hh':
          sawHour = true;
          return pad(hours);
        case 'h':
          sawHour = true;
          return String(hours);
        case 'ss':
          return pad(seconds % 60);
        default:
          return String(seconds % 60);
      }
    },
  );
}

function formatNumber(value: number, section: string, symbols: LocaleSymbols): string {
  // Literal parts: "quoted", [$€] currency tokens and symbols around the digits.
  const literal = (text: string) => text.replace(/"([^"]*)"/g, '$1').replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1');
  const match = /^(.*?)([#0][#0,]*(?:\.[0#]+)?)(%?)(.*)$/.exec(section.replace(/\\(.)/g, '"$1"'));
  const [, before, core, percent, after] = match ?? ['', '', '0', '', ''];
  const shown = percent ? value * 100 : value;
  // '0' after the point is a decimal always shown, '#' one shown only when it is not zero.
  const fraction = /\.([0#]+)/.exec(core)?.[1] ?? null;
  const grouped = core.includes(',');
  let text = Math.abs(shown).toLocaleString('en-US', {
    minimumFractionDigits: fraction?.replace(/#/g, '').length ?? 0,
    maximumFractionDigits: fraction?.length ?? 0,
    useGrouping: grouped,
  });
  // Sheets keeps the decimal point when every decimal is optional and none is shown: '#,##0.##' → "1,234."
  if (fraction !== null && !text.includes('.')) text += '.';
  return `${literal(before)}${localise(text, symbols)}${percent}${literal(after)}`;
}

/** The text Sheets would show for `value` under `format` (undefined = General) in a spreadsheet of `locale`. */
export function formatValue(
  value: CellValue,
  format?: string,
  implied: ImpliedKind = 'other',
  locale: string = DEFAULT_LOCALE,
): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const symbols = localeSymbols(locale);
  if (format === '@') return general(value, symbols);
  if (!format || /^general$/i.test(format)) {
    if (implied === 'date') return formatDate(value, 'yyyy-mm-dd', symbols);
    if (implied === 'percent') return formatNumber(value, Number.isInteger(value * 100) ? '0%' : '0.00%', symbols);
    if (implied === 'currency') return formatNumber(value, '#,##0.00', symbols);
    return general(value, symbols);
  }
  const sections = format.split(';');
  if (isDateFormat(sections[0])) return formatDate(value, sections[0], symbols);
  if (value < 0 && sections.length > 1) return formatNumber(-value, sections[1], symbols);
  const text = formatNumber(value, sections[0], symbols);
  return value < 0 && !text.startsWith('-') ? `-${text}` : text;
}

/**
 * A number typed in a spreadsheet whose locale writes decimals with a comma, rewritten as the engine
 * (which reads English) must be given it so it reads what Sheets reads there: '1.200,50' → '1200.50',
 * '12,5' → '12.5', '-3,25%' → '-3.25%' (still a percentage). Null for anything else: locales with a
 * decimal point are read as they are, and text stays text.
 */
export function englishNumberInput(text: string, locale: string = DEFAULT_LOCALE): string | null {
  const { decimal, group } = localeSymbols(locale);
  if (decimal === '.') return null;
  const groupMark = group.trim() === '' ? '[\\s\\u00a0\\u202f]' : `\\${group}`;
  const pattern = new RegExp(`^([+-]?)(\\d{1,3}(?:${groupMark}\\d{3})+|\\d+)(?:\\${decimal}(\\d+))?(%?)$`);
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction, percent] = match;
  // A bare '12' or '12%' reads the same everywhere: left to the engine.
  if (fraction === undefined && !/\D/.test(whole)) return null;
  return `${sign}${whole.replace(/\D/g, '')}${fraction === undefined ? '' : `.${fraction}`}${percent}`;
}

/**
 * Shows a cell value the way Google Sheets shows it under a number format, for the local preview and
 * readable test failures. Covers the formats plans write: General, '@', percentages ('0%', '0.0%'),
 * numbers ('0', '0.00', '#,##0', '#,##0.00'; optional decimals '#,##0.##' as Sheets shows them, 5 → "5."), currency with a literal symbol ('[$€]#,##0.00',
 * '"kr" #,##0.00', '$#,##0.00') and dates/times ('yyyy-mm-dd', 'd mmm yyyy', 'dd/mm/yyyy hh:mm').
 * A second ';' section is used for negative numbers. Pure; English month names.
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

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function formatDate(serial: number, format: string): string {
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
          return MONTHS[month - 1];
        case 'mmm':
          return MONTHS[month - 1].slice(0, 3);
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

function formatNumber(value: number, section: string): string {
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
  return `${literal(before)}${text}${percent}${literal(after)}`;
}

/** The text Sheets would show for `value` under `format` (undefined = General). */
export function formatValue(value: CellValue, format?: string, implied: ImpliedKind = 'other'): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === '@') return general(value);
  if (!format || /^general$/i.test(format)) {
    if (implied === 'date') return formatDate(value, 'yyyy-mm-dd');
    if (implied === 'percent') return formatNumber(value, Number.isInteger(value * 100) ? '0%' : '0.00%');
    if (implied === 'currency') return formatNumber(value, '#,##0.00');
    return general(value);
  }
  const sections = format.split(';');
  if (isDateFormat(sections[0])) return formatDate(value, sections[0]);
  if (value < 0 && sections.length > 1) return formatNumber(-value, sections[1]);
  const text = formatNumber(value, sections[0]);
  return value < 0 && !text.startsWith('-') ? `-${text}` : text;
}

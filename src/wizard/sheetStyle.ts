/**
 * How the add-on's sheets look, decided in one place for the KPI map, its data sheets and the report:
 * the number format of every value the add-on writes and the colours the sheets share. The same KPI
 * therefore shows the same way on the map and on the report (a Danish cost per click is "5.00 kr." on both).
 *
 * Number formats are Sheets patterns: '.' and ',' mean the decimal mark and grouping of the
 * spreadsheet's locale, so one pattern serves en, da and nl. No pattern has optional decimals ('#'
 * after the point): Sheets shows a whole number under '#,##0.##' as "1,234.", with a trailing
 * separator. Each value gets a fixed number of decimals instead. Pure.
 */
import { INPUTS, type InputName } from '../catalog/inputs.ts';
import type { KpiUnit, Language } from '../catalog/types.ts';
import type { KpiStatus } from '../functions/tracking.ts';

export const DATE_FORMAT = 'yyyy-mm-dd';
/** Date-times typed on the answers sheet (a message received, the first reply). */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** Progress to target: 0 % at the baseline, 100 % at the target. */
export const PROGRESS_FORMAT = '0%';
/** A change since an earlier period (on the map and the report), signed. */
export const CHANGE_FORMAT = '+0.0%;-0.0%;0.0%';
/** Text cells: '@' keeps what is typed as text; 'General' for text written by formulas. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** A plain number with grouping and exactly `decimals` decimals. */
function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Money in the currency the spreadsheet's time zone (else the language) suggests, always two decimals. */
export function currencyFormat(language: Language, timeZone: string): string {
  if (timeZone === 'Europe/Copenhagen' || (language === 'da' && !timeZone.startsWith('Europe/Amsterdam'))) {
    return '#,##0.00 "kr."';
  }
  if (timeZone === 'Europe/London') return '"£"#,##0.00';
  if (timeZone.startsWith('America/')) return '"$"#,##0.00';
  if (language === 'nl' || timeZone.startsWith('Europe/')) return '"€" #,##0.00';
  return numberFormat(2);
}

/** A KPI's value (baseline, target, current, previous) wherever it is shown: the map and the report. */
export function unitFormat(unit: KpiUnit, language: Language, timeZone: string): string {
  if (unit === 'fraction') return '0.0%';
  if (unit === 'currency') return currencyFormat(language, timeZone);
  if (unit === 'hours') return `0.0 "${{ en: 'h', da: 't', nl: 'u' }[language]}"`;
  if (unit === 'score') return '0.0';
  return numberFormat(0);
}

/**
 * Decimals of the data-sheet inputs that are not whole numbers: averages a user types with a decimal
 * (orders per customer per year 1.4, years 2.5, a star rating 4.3) and a return that may be money.
 * Every other count or number is whole (followers, clicks, survey scores).
 */
const INPUT_DECIMALS: Partial<Record<InputName, number>> = { orders_per_year: 1, years: 1, review_rating: 1, gain: 2 };

/** A data-sheet input column. */
export function inputFormat(input: InputName, language: Language, timeZone: string): string {
  const kind = INPUTS[input].kind;
  if (kind === 'fraction') return '0.0%';
  if (kind === 'money') return currencyFormat(language, timeZone);
  if (kind === 'date') return DATE_TIME_FORMAT;
  return numberFormat(INPUT_DECIMALS[input] ?? 0);
}

/** Backgrounds of the five statuses, on the map and on the report. */
export const STATUS_COLORS: Record<KpiStatus, string> = {
  Achieved: '#b7e1cd',
  'On track': '#d9ead3',
  Behind: '#fce8b2',
  'Off track': '#f4c7c3',
  'Not started': '#f1f3f4',
};

/** The report's progress bars: a darker shade of each status. */
export const STATUS_BAR_COLORS: Record<KpiStatus, string> = {
  Achieved: '#0b8043',
  'On track': '#34a853',
  Behind: '#e37400',
  'Off track': '#c5221f',
  'Not started': '#9aa0a6',
};

/** A change since an earlier period: the KPI moved the way its catalog entry calls better, or the other way. */
export const CHANGE_COLORS = { better: '#0b8043', worse: '#c5221f' } as const;

export const SHEET_COLORS = {
  /** Header rows of the map, the report's tables and its trend tables. */
  header: '#e8eaed',
  /** A retired KPI's status text on the map. */
  retired: '#9aa0a6',
  /** "Review due" on the map. */
  reviewDue: '#f4c7c3',
  /** The report's title, business-goal and social-goal headings. */
  title: '#1a73e8',
  goal: '#d2e3fc',
  social: '#e8f0fe',
} as const;

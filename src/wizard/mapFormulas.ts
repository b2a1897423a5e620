/**
 * The KPI map's native formulas (no custom functions, so the map recalculates for anyone the sheet
 * is shared with): current value from the latest period on the data sheets, progress, status and the
 * review reminder. Each stays blank while there is nothing to show yet.
 */
import { findKpi } from '../catalog/kpis.ts';
import { nativeCheck, nativeFormula } from '../catalog/nativeFormula.ts';
import type { InputKind, KpiDefinition, Language } from '../catalog/types.ts';
import { STATUSES } from '../functions/tracking.ts';
import { channelText } from './taxonomyTexts.ts';
import { PERIOD_KEY, CHANNEL_KEY, columnsOfKpi, isAnswerKpi, type DataSheetKey } from './dataColumns.ts';
import { SHEET_TEXTS, statusLabels } from './sheetTexts.ts';
import type { DayDate } from './parseTyped.ts';

/** A text as a formula string literal. */
export function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A tab name as it appears in a reference: always quoted, so spaces and non-ASCII names work. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Where a data sheet is and which column letter holds each key. */
export interface DataSheetRefs {
  name: string;
  /** Column key → column letter. */
  columns: ReadonlyMap<string, string>;
}

/** The map row's cells the formulas read, as absolute-column references ('$E5'). */
export interface MapRowRefs {
  channel: string;
  baseline: string;
  target: string;
  deadline: string;
  current: string;
  start: string;
}

/**
 * Matches the map row's channel: its own name, or every row of the period when the row says
 * "All channels" (or nothing). '<>' followed by a text no one types matches every cell, blank ones too.
 */
function channelCriterion(row: MapRowRefs, language: Language): string {
  const all = quoteText(channelText('all', language).name);
  return `IF(OR(${row.channel}="",${row.channel}=${all}),"<>§§",${row.channel})`;
}

function column(sheet: DataSheetRefs, key: string): string {
  const letter = sheet.columns.get(key);
  if (letter === undefined) throw new Error(`The data sheet "${sheet.name}" has no column for ${key}.`);
  return `${sheetRef(sheet.name)}!$${letter}:$${letter}`;
}

/** The criteria that refused input shows in: below 0 for counts and amounts, outside 0…1 for shares. */
const REFUSED: Partial<Record<InputKind, readonly string[]>> = {
  count: ['"<0"'],
  money: ['"<0"'],
  fraction: ['"<0"', '">1"'],
};

/** A KPI's value over the data rows of one period and channel, and when its inputs there are refused. */
export interface PeriodValue {
  /** The KPI's native formula over those rows (no leading '='). */
  value: string;
  /**
   * A count that is above 0 when those rows hold what the custom function refuses (a negative count,
   * a share above 1, an NPS answer outside 0–10), or null when nothing there can be checked by criteria.
   */
  refused: string | null;
}

/**
 * The KPI's value over the rows of `period` (a formula giving the period's date) whose channel matches
 * `channelCriterion`, with SUMIFS and COUNTIFS only: no FILTER, so it works in Google Sheets, Excel and
 * LibreOffice alike. Data-sheet inputs are added up per period (averaged where they are not additive);
 * answer KPIs count their answers with the same criteria. Null when the KPI has no native formula or the
 * sheet lacks its columns.
 */
export function periodValue(
  kpi: KpiDefinition,
  sheet: DataSheetRefs,
  period: string,
  channelCriterion: string,
): PeriodValue | null {
  const columns = columnsOfKpi(kpi);
  if (kpi.nativeFormula === null || columns.length === 0) return null;
  if (columns.some((spec) => !sheet.columns.has(spec.key))) return null;
  const where = `,${column(sheet, PERIOD_KEY)},${period},${column(sheet, CHANNEL_KEY)},${channelCriterion}`;
  const refs: Record<string, string> = {};
  const refused: string[] = [];
  for (const spec of columns) {
    const values = column(sheet, spec.key);
    if (isAnswerKpi(kpi)) {
      refs[spec.input] = values;
    } else {
      const sum = `SUMIFS(${values}${where})`;
      refs[spec.input] = spec.aggregation !== 'average' ? sum : `${sum}/COUNTIFS(${values},"<>"${where})`;
    }
    for (const criterion of REFUSED[spec.kind] ?? []) refused.push(`COUNTIFS(${values},${criterion}${where})`);
  }
  if (isAnswerKpi(kpi)) refs.where = where;
  const check = nativeCheck(kpi, refs, true);
  if (check !== null) refused.push(check);
  return { value: nativeFormula(kpi, refs) as string, refused: refused.length > 0 ? refused.join('+') : null };
}

/**
 * The current value: the KPI's native formula over the latest period that has a value in the KPI's
 * first input column (for this row's channel). Blank while there is no data or when a denominator is 0;
 * #N/A when that period holds input the KPI's sheet function refuses (a negative count, a share above
 * 1, an NPS answer outside 0–10), so no plausible number is shown for bad input (progress and status
 * show the error too).
 */
export function currentValueFormula(
  kpi: KpiDefinition,
  row: MapRowRefs,
  sheets: Record<DataSheetKey, DataSheetRefs | null>,
  language: Language,
): string {
  const columns = columnsOfKpi(kpi);
  const sheet = sheets[isAnswerKpi(kpi) ? 'kpiAnswers' : 'kpiData'];
  if (!sheet || columns.length === 0) return '';
  const crit = channelCriterion(row, language);
  const period = column(sheet, PERIOD_KEY);
  const channel = column(sheet, CHANNEL_KEY);
  const first = column(sheet, columns[0].key);
  // Only rows with a period count: the data sheet's key and label rows hold text in every column.
  const dated = `${period},">0"`;
  const latest = `MAXIFS(${period},${first},"<>",${channel},${crit},${dated})`;
  const value = periodValue(kpi, sheet, latest, crit);
  if (value === null) return '';
  const shown = `IFERROR(${value.value},"")`;
  return `=IF(COUNTIFS(${first},"<>",${channel},${crit},${dated})=0,"",${value.refused === null ? shown : `IF(${value.refused}>0,NA(),${shown})`})`;
}

/** Progress from baseline to target; blank until there is a current value, a baseline and a target. */
export function progressFormula(row: MapRowRefs): string {
  const kpi = findKpi('kpi_progress') as KpiDefinition;
  const formula = nativeFormula(kpi, { actual: row.current, baseline: row.baseline, target: row.target });
  return `=IF(OR(${row.current}="",${row.baseline}="",${row.target}=""),"",IFERROR(${formula},""))`;
}

/** KPI_STATUS's native formula with its English labels replaced by the user's language. */
export function statusFormula(row: MapRowRefs, language: Language): string {
  const kpi = findKpi('kpi_status') as KpiDefinition;
  let formula = nativeFormula(kpi, {
    actual: row.current,
    baseline: row.baseline,
    target: row.target,
    start_date: row.start,
    deadline: row.deadline,
    as_of: 'TODAY()',
  }) as string;
  const labels = statusLabels(language);
  for (const status of STATUSES) formula = formula.split(quoteText(status)).join(quoteText(labels[status]));
  // A current value of #N/A (input the sheet functions refuse) stays an error here, never a status.
  return `=IF(OR(${row.baseline}="",${row.target}="",${row.deadline}="",${row.start}=""),"",IF(ISNA(${row.current}),NA(),IFERROR(${formula},"")))`;
}

/** A retired KPI's status: a fixed label, so the row stays readable and is never deleted. */
export function retiredStatusFormula(language: Language): string {
  return `=${quoteText(SHEET_TEXTS[language].retired)}`;
}

/** The next review date, replaced by "Review due" once it has passed. */
export function nextReviewFormula(date: DayDate, language: Language): string {
  const day = `DATE(${date.year},${date.month},${date.day})`;
  return `=IF(TODAY()>${day},${quoteText(SHEET_TEXTS[language].reviewDue)},${day})`;
}

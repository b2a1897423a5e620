/**
 * The KPI map's native formulas (no custom functions, so the map recalculates for anyone the sheet
 * is shared with): current value from the latest period on the data sheets, progress, status and the
 * review reminder. Each stays blank while there is nothing to show yet.
 */
import { findKpi } from '../catalog/kpis.ts';
import { nativeFormula } from '../catalog/nativeFormula.ts';
import type { KpiDefinition, Language } from '../catalog/types.ts';
import { STATUSES } from '../functions/tracking.ts';
import type { DataSheetKey } from './dataColumns.ts';
import {
  changeFormula,
  kpiPeriodReader,
  previousPeriodStart,
  quoteText,
  yearEarlierStart,
  type DataSheetRefs,
  type PeriodValue,
} from './dataFormulas.ts';
import { SHEET_TEXTS, statusLabels } from './sheetTexts.ts';
import type { DayDate } from './parseTyped.ts';

export { quoteText, sheetRef, type DataSheetRefs } from './dataFormulas.ts';

/** The map row's cells the formulas read, as absolute-column references ('$E5'). */
export interface MapRowRefs {
  channel: string;
  baseline: string;
  target: string;
  deadline: string;
  current: string;
  start: string;
}

/** The cells the comparisons read and fill too. */
export interface ComparedRowRefs extends MapRowRefs {
  cadence: string;
  previous: string;
  yearAgo: string;
  progress: string;
  /** The hidden cells holding the compared periods' dates (0 when the data has none). */
  previousPeriod: string;
  yearPeriod: string;
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
  const reader = kpiPeriodReader(kpi, { cell: row.channel, language }, sheets);
  if (reader === null) return '';
  return `=IF(${reader.rowsWithData}=0,"",${shownValue(reader.valueIn(reader.latest))})`;
}

/** A period's value as the map shows it: blank when a denominator is 0, #N/A when its input is refused. */
function shownValue({ value, refused }: PeriodValue): string {
  const shown = `IFERROR(${value},"")`;
  return refused === null ? shown : `IF(${refused}>0,NA(),${shown})`;
}

/**
 * The hidden date of the period the row compares with: the previous period (a cadence step before the
 * latest) or the same period a year earlier, when the data has it; 0 when not.
 */
export function comparedPeriodFormula(
  kpi: KpiDefinition,
  row: ComparedRowRefs,
  sheets: Record<DataSheetKey, DataSheetRefs | null>,
  language: Language,
  which: 'previous' | 'yearAgo',
): string {
  const reader = kpiPeriodReader(kpi, { cell: row.channel, language }, sheets);
  if (reader === null) return '';
  const start =
    which === 'previous' ? previousPeriodStart(reader.latest, row.cadence, language) : yearEarlierStart(reader.latest);
  return `=IF(${reader.rowsWithData}=0,0,${reader.near(start)})`;
}

/** The KPI's value in the compared period (its date in `period`), blank when the data has no such period. */
export function comparedValueFormula(
  kpi: KpiDefinition,
  row: MapRowRefs,
  sheets: Record<DataSheetKey, DataSheetRefs | null>,
  language: Language,
  period: string,
): string {
  const reader = kpiPeriodReader(kpi, { cell: row.channel, language }, sheets);
  if (reader === null) return '';
  return `=IF(OR(${period}="",${period}=0),"",${shownValue(reader.valueIn(period))})`;
}

export { changeFormula };

/**
 * Progress as a text bar from −100 % to 200 %: five blocks below the baseline, five up to the target,
 * five beyond it, a line at the baseline and one at the target, and an arrow where the real figure
 * (kept in the progress cell) lies beyond the bar. Blank while there is no progress.
 */
export function progressBarFormula(progress: string): string {
  const blocks = (fraction: string) => `ROUND(MIN(1,MAX(0,${fraction}))*${BAR_STEP},0)`;
  const [below, upTo, beyond] = [blocks(`-${progress}`), blocks(progress), blocks(`${progress}-1`)];
  const part = (filled: string, filledFirst: boolean) =>
    filledFirst
      ? `REPT("█",${filled})&REPT("░",${BAR_STEP}-${filled})`
      : `REPT("░",${BAR_STEP}-${filled})&REPT("█",${filled})`;
  return (
    `=IF(OR(${progress}="",NOT(ISNUMBER(${progress}))),"",IF(${progress}<-1,"◀","")&${part(below, false)}&"│"&` +
    `${part(upTo, true)}&"┃"&${part(beyond, true)}&IF(${progress}>2,"▶",""))`
  );
}
/** Blocks per 100 % of progress in the bar. */
const BAR_STEP = 5;

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

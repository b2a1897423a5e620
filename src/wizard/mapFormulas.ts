/**
 * The KPI map's native formulas (no custom functions, so the map recalculates for anyone the sheet
 * is shared with): current value from the latest period on the data sheets, progress, status and the
 * review reminder. Each stays blank while there is nothing to show yet.
 */
import { findKpi } from '../catalog/kpis.ts';
import { nativeFormula } from '../catalog/nativeFormula.ts';
import type { KpiDefinition, Language } from '../catalog/types.ts';
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

/**
 * The current value: the KPI's native formula over the latest period that has a value in the KPI's
 * first input column (for this row's channel). Blank while there is no data or when a denominator is 0.
 */
export function currentValueFormula(
  kpi: KpiDefinition,
  row: MapRowRefs,
  sheets: Record<DataSheetKey, DataSheetRefs | null>,
  language: Language,
): string {
  const columns = columnsOfKpi(kpi);
  const answers = isAnswerKpi(kpi);
  const sheet = sheets[answers ? 'kpiAnswers' : 'kpiData'];
  if (!sheet || columns.length === 0) return '';
  const crit = channelCriterion(row, language);
  const period = column(sheet, PERIOD_KEY);
  const channel = column(sheet, CHANNEL_KEY);
  const first = column(sheet, columns[0].key);
  // Only rows with a period count: the data sheet's key and label rows hold text in every column.
  const dated = `${period},">0"`;
  const latest = `MAXIFS(${period},${first},"<>",${channel},${crit},${dated})`;
  const refs: Record<string, string> = {};
  for (const spec of columns) {
    const values = column(sheet, spec.key);
    if (answers) {
      // One answer per row: the answers of the latest period on this row's channel, as a list.
      const all = quoteText(channelText('all', language).name);
      const onChannel = `((${channel}=${row.channel})+OR(${row.channel}="",${row.channel}=${all})>0)`;
      refs[spec.input] = `FILTER(${values},(${period}=${latest})*${onChannel})`;
    } else {
      const sum = `SUMIFS(${values},${period},${latest},${channel},${crit})`;
      refs[spec.input] = spec.additive ? sum : `${sum}/COUNTIFS(${values},"<>",${period},${latest},${channel},${crit})`;
    }
  }
  const formula = nativeFormula(kpi, refs);
  if (formula === null) return '';
  return `=IF(COUNTIFS(${first},"<>",${channel},${crit},${dated})=0,"",IFERROR(${formula},""))`;
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
  return `=IF(OR(${row.baseline}="",${row.target}="",${row.deadline}="",${row.start}=""),"",IFERROR(${formula},""))`;
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

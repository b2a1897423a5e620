/**
 * Native formulas for a KPI's value in a given period, read from the data sheets the way the KPI
 * map reads its current value (src/wizard/mapFormulas.ts): the period's rows on the KPI's channel
 * (every channel for "All channels") are added up per input, then the catalog's native formula is
 * applied. Used for "previous period" and the trend tables behind the charts. Pure.
 */
import type { KpiDefinition, Language } from '../catalog/types.ts';
import { CHANNEL_KEY, PERIOD_KEY, columnsOfKpi, isAnswerKpi, type DataSheetKey } from '../wizard/dataColumns.ts';
import { periodValue, quoteText, sheetRef, type DataSheetRefs, type PeriodValue } from '../wizard/mapFormulas.ts';
import { channelText } from '../wizard/taxonomyTexts.ts';

/**
 * A formula that shows `text` as it is. Quotes go in as CHAR(34): HyperFormula (the in-memory
 * workbook) does not read "" inside a string, Google Sheets reads both. Text stays text, never a formula.
 */
export function textFormula(text: string): string {
  if (text === '') return '';
  return `=${text
    .split('"')
    .map((part) => `"${part}"`)
    .join('&CHAR(34)&')}`;
}

function columnRef(sheet: DataSheetRefs, key: string): string {
  const letter = sheet.columns.get(key);
  if (letter === undefined) throw new Error(`The data sheet "${sheet.name}" has no column for ${key}.`);
  return `${sheetRef(sheet.name)}!$${letter}:$${letter}`;
}

/** The rows of the KPI's channel; "All channels" (or a blank channel) takes every row. */
function channelCriterion(channelCell: string, language: Language): string {
  const all = quoteText(channelText('all', language).name);
  return `IF(OR(${channelCell}="",${channelCell}=${all}),"<>§§",${channelCell})`;
}

/** How to read one KPI's periods, or null when the data sheets lack its columns. */
export interface KpiPeriodReader {
  /** The latest period with data for this KPI on its channel (0 when none). */
  latest: string;
  /** The period before `period` with data for this KPI on its channel (0 when none). */
  before: (period: string) => string;
  /** Whether `period` has data for this KPI on its channel: a number, 0 meaning none. */
  rowsIn: (period: string) => string;
  /** The KPI's value in `period`. */
  valueIn: (period: string) => string;
}

export function kpiPeriodReader(
  kpi: KpiDefinition,
  channelCell: string,
  sheets: Readonly<Record<DataSheetKey, DataSheetRefs | null>>,
  language: Language,
): KpiPeriodReader | null {
  const columns = columnsOfKpi(kpi);
  const sheet = sheets[isAnswerKpi(kpi) ? 'kpiAnswers' : 'kpiData'];
  const crit = channelCriterion(channelCell, language);
  if (!sheet || periodValue(kpi, sheet, '0', crit) === null) return null;
  const period = columnRef(sheet, PERIOD_KEY);
  const channel = columnRef(sheet, CHANNEL_KEY);
  const first = columnRef(sheet, columns[0].key);
  return {
    latest: `MAXIFS(${period},${first},"<>",${channel},${crit})`,
    before: (p) => `MAXIFS(${period},${first},"<>",${channel},${crit},${period},"<"&${p})`,
    rowsIn: (p) => `COUNTIFS(${first},"<>",${period},${p},${channel},${crit})`,
    valueIn: (p) => {
      // Input the sheet function refuses gives #N/A here, which the report's cells show as blank.
      const { value, refused } = periodValue(kpi, sheet, p, crit) as PeriodValue;
      return refused === null ? value : `IF(${refused}>0,NA(),${value})`;
    },
  };
}

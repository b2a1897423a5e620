/**
 * The report's formulas that are its own: static texts as text formulas. Reading the data sheets (a
 * KPI's value in a period, the periods it is compared with) uses the same builder as the KPI map,
 * src/wizard/dataFormulas.ts. Pure.
 */
export { kpiPeriodReader, type KpiPeriodReader } from '../wizard/dataFormulas.ts';

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

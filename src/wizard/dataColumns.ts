/**
 * Which input columns the chosen KPIs need on the data sheets, and how a period's value is read
 * from them. Decisions:
 * - KPI data: one row per period (and channel); one column per input, shared by every KPI that
 *   reads it (total_followers feeds five KPIs, so it is one column).
 * - KPI answers: for the KPIs that take one answer per cell (CSAT, NPS, response time) a second
 *   sheet with one row per answer (period, channel, the answer). CSAT (1–5) and NPS (0–10) answers
 *   are on different scales, so each KPI gets its own answer columns.
 * - Inputs with a catalog default (share seen 3 %, gross margin 100 %, satisfied from 4) get no
 *   column: the formula uses the default, as the sheet function does when the argument is left out.
 * - How a period and "All channels" combine an input is the input's own (its definition in
 *   src/catalog/inputs.ts): summed (clicks, money), averaged (star rating, order value) or the latest
 *   value (followers at the end of the period).
 * - One metric is one column whatever a function calls it (POTENTIAL_REACH's `followers` reads
 *   "Total followers"). A sheet made before that keeps its "Followers" column: a re-run reads it as
 *   "Total followers" when that column is missing (readDataLayout), else leaves it, numbers and all.
 */
import { findKpi } from '../catalog/kpis.ts';
import { FORMER_INPUTS, INPUTS, whereToFind, type InputName } from '../catalog/inputs.ts';
import type { Aggregation, InputKind, KpiDefinition, Language } from '../catalog/types.ts';
import { SHEET_TEXTS } from './sheetTexts.ts';

export type DataSheetKey = 'kpiData' | 'kpiAnswers';

export interface DataColumnSpec {
  /** Stable key in the sheet's hidden key row. */
  key: string;
  sheet: DataSheetKey;
  input: InputName;
  kind: InputKind;
  /** How a period's rows (and "All channels") combine it: summed, averaged or the latest value. */
  aggregation: Aggregation;
  /** For answer columns: the KPI they belong to. */
  kpiId: string | null;
}

export const KEY_PREFIX = 'socialKpiKit.';
export const PERIOD_KEY = `${KEY_PREFIX}period`;
export const CHANNEL_KEY = `${KEY_PREFIX}channel`;

/**
 * The key an earlier version gave a column that is now another input's ("Followers" is "Total
 * followers"), or undefined: readDataLayout reads such a column as the input's when it has none.
 */
export function formerColumnKeys(): Map<string, string> {
  return new Map(
    Object.entries(FORMER_INPUTS).map(([former, input]) => [
      `${KEY_PREFIX}input.${former}`,
      `${KEY_PREFIX}input.${input}`,
    ]),
  );
}

/** True for KPIs read from one answer per row (CSAT, NPS, response time). */
export function isAnswerKpi(kpi: KpiDefinition): boolean {
  return kpi.inputs.some((input) => input.shape === 'list');
}

/** The columns one KPI reads, in its input order. */
export function columnsOfKpi(kpi: KpiDefinition): DataColumnSpec[] {
  const answers = isAnswerKpi(kpi);
  // Inputs with a default (share seen, gross margin, satisfied from) get no column.
  return kpi.inputs
    .filter((input) => input.defaultValue === undefined)
    .map((input) => {
      const name = input.input;
      return {
        key: answers ? `${KEY_PREFIX}answer.${kpi.id}.${name}` : `${KEY_PREFIX}input.${name}`,
        sheet: answers ? 'kpiAnswers' : 'kpiData',
        input: name,
        kind: INPUTS[name].kind,
        aggregation: input.aggregation,
        kpiId: answers ? kpi.id : null,
      };
    });
}

/** The columns a set of KPIs needs, each once, in the order the KPIs are given. */
export function columnsForKpis(kpiIds: readonly string[]): DataColumnSpec[] {
  const seen = new Map<string, DataColumnSpec>();
  for (const id of kpiIds) {
    const kpi = findKpi(id);
    if (!kpi) continue;
    for (const column of columnsOfKpi(kpi)) if (!seen.has(column.key)) seen.set(column.key, column);
  }
  return [...seen.values()];
}

/** The column's header in the user's language. */
export function columnLabel(column: DataColumnSpec, language: Language): string {
  const label = INPUTS[column.input].labels[language];
  if (column.kpiId === null) return label;
  const kpi = findKpi(column.kpiId);
  return SHEET_TEXTS[language].answerColumn(label, kpi?.text[language].name ?? column.kpiId);
}

/** The note on the column's header: where to find the number. */
export function columnNote(column: DataColumnSpec, language: Language): string {
  const where = whereToFind(column.input, language);
  const description = INPUTS[column.input].description;
  const perRow = column.sheet === 'kpiAnswers' ? ` ${SHEET_TEXTS[language].oneAnswerPerRow}` : '';
  // The catalog's one-line descriptions are English (autocomplete shows one language); add them only there.
  return language === 'en' ? `${description}.${perRow}\n${where}` : `${where}${perRow}`;
}

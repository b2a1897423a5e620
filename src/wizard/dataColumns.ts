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
 * - Counts and money are added up over the channels of a period; averages (star rating, order
 *   value, orders per year, years) are averaged instead.
 */
import { findKpi } from '../catalog/kpis.ts';
import { INPUTS, whereToFind, type InputName } from '../catalog/inputs.ts';
import type { InputKind, KpiDefinition, Language } from '../catalog/types.ts';
import type { Aggregation } from '../shared/importApi.ts';
import { SHEET_TEXTS } from './sheetTexts.ts';

export type DataSheetKey = 'kpiData' | 'kpiAnswers';

export interface DataColumnSpec {
  /** Stable key in the sheet's hidden key row. */
  key: string;
  sheet: DataSheetKey;
  input: InputName;
  kind: InputKind;
  /** How a period's rows (and "All channels") combine: summed, averaged, or the latest value (followers). */
  aggregation: Aggregation;
  /** For answer columns: the KPI they belong to. */
  kpiId: string | null;
}

export const KEY_PREFIX = 'socialKpiKit.';
export const PERIOD_KEY = `${KEY_PREFIX}period`;
export const CHANNEL_KEY = `${KEY_PREFIX}channel`;

const AVERAGED: ReadonlySet<string> = new Set(['review_rating', 'avg_order_value', 'orders_per_year', 'years']);
/** Counts at a point in time: never added up across the rows of a period. */
const LATEST: ReadonlySet<string> = new Set(['total_followers', 'followers']);

function needsColumn(kpi: KpiDefinition, inputName: string): boolean {
  const input = kpi.inputs.find((i) => i.name === inputName);
  return input !== undefined && input.defaultValue === undefined;
}

/** True for KPIs read from one answer per row (CSAT, NPS, response time). */
export function isAnswerKpi(kpi: KpiDefinition): boolean {
  return kpi.inputs.some((input) => input.shape === 'list');
}

/** The columns one KPI reads, in its input order. */
export function columnsOfKpi(kpi: KpiDefinition): DataColumnSpec[] {
  const answers = isAnswerKpi(kpi);
  return kpi.inputs
    .filter((input) => needsColumn(kpi, input.name))
    .map((input) => {
      const name = input.name as InputName;
      return {
        key: answers ? `${KEY_PREFIX}answer.${kpi.id}.${name}` : `${KEY_PREFIX}input.${name}`,
        sheet: answers ? 'kpiAnswers' : 'kpiData',
        input: name,
        kind: INPUTS[name].kind,
        aggregation: AVERAGED.has(name) ? 'average' : LATEST.has(name) ? 'latest' : 'sum',
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

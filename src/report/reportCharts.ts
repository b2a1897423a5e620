/**
 * The report's trend tables and charts (issue 13 §2): per social-media goal, a table of its KPIs' progress
 * to target over the last periods, and a line chart of it that reads at a glance:
 * - no series flattens another: progress is capped at −100 %…200 % in the chart's cells (the real figure stays
 *   in the KPI table's Progress cell) and the value axis is fixed to that window;
 * - the target is visible: a dashed "Target (100 %)" series at 100 % in every period;
 * - each series is named "KPI · channel: real progress now" (e.g. "Share of voice: 3000 %"), so the real
 *   value is labelled where a capped line hides it;
 * - the legend sits on the right, one name a line, in a chart as wide as the KPI table, which grows taller
 *   with its series, so no name is cut short and none is paged away.
 *
 * One chart per social goal, not per KPI: a chart costs SpreadsheetApp calls of its own (a range and an
 * insertChart, plus a removeChart on a rebuild), so one per KPI would make "Build report" cost more for 60
 * KPIs than for 3. Social goals are a fixed handful, so the report's call count stays the same. Pure.
 */
import type { Language } from '../catalog/types.ts';
import { columnLetters } from '../plan/a1.ts';
import type { ChartSpec, NumberFormatSpec } from '../plan/types.ts';
import type { SocialGoalId } from '../shared/wizardApi.ts';
import { quoteText } from '../wizard/mapFormulas.ts';
import { DATE_FORMAT, PROGRESS_FORMAT } from '../wizard/sheetStyle.ts';
import { SOCIAL_GOAL_TEXTS, channelText } from '../wizard/taxonomyTexts.ts';
import type { KpiPeriodReader } from './periodFormulas.ts';
import { textFormula } from './periodFormulas.ts';
import { REPORT_CHECK_TEXTS } from './reportCheckTexts.ts';
import { REPORT_TEXTS } from './reportTexts.ts';

/** How many periods each trend table and chart shows: the latest ones. */
export const TREND_PERIODS = 12;
/** The chart's value window: progress below −100 % or above 200 % is drawn at the edge. */
export const PROGRESS_CAP = { min: -1, max: 2 } as const;
/** Pixels: as wide as the KPI table; taller with more series so the legend lists them all. */
export const CHART_WIDTH = 1000;
const CHART_HEIGHT = 340;
/** A legend line is about 20 px in Sheets; past this many series the chart grows by that much each. */
const SERIES_IN_BASE_HEIGHT = 10;
const LEGEND_LINE = 20;
/** Rows are about 21 px high. */
const ROW_HEIGHT = 21;

export interface TrendKpi {
  socialGoal: SocialGoalId;
  /** 1-based row on the report of the KPI's line in the KPI table. */
  row: number;
  reader: KpiPeriodReader | null;
}

export interface TrendLayout<K extends TrendKpi> {
  language: Language;
  /** Sets a formula in the report's grid (1-based row and column). */
  set: (row: number, column: number, formula: string) => void;
  /** Marks a row's kind, for the report's styles. */
  kind: (row: number, kind: 'trendTitle' | 'trendHeader' | 'trend') => void;
  /** The KPI table's column letters this module reads. */
  columns: { kpi: string; channel: string; baseline: string; target: string; progress: string };
  /** The data tab's period column, or null when there is no data tab. */
  periods: string | null;
  socialGoals: readonly SocialGoalId[];
  kpis: readonly K[];
  /** The first row to use. */
  startRow: number;
}

export interface ReportTrend<K extends TrendKpi> {
  socialGoal: SocialGoalId;
  /** Header row of the trend table (period label and series names); the periods follow below it. */
  headerRow: number;
  kpis: K[];
}

export interface TrendResult<K extends TrendKpi> {
  trends: ReportTrend<K>[];
  charts: ChartSpec[];
  numberFormats: NumberFormatSpec[];
  /** The row after the last one used. */
  endRow: number;
}

/** The chart's height for a number of series (the target line included). */
export function chartHeight(series: number): number {
  return CHART_HEIGHT + Math.max(0, series - SERIES_IN_BASE_HEIGHT) * LEGEND_LINE;
}

export function layOutTrends<K extends TrendKpi>(layout: TrendLayout<K>): TrendResult<K> {
  const { language, set, kind, columns: L, periods } = layout;
  const t = REPORT_TEXTS[language];
  const checks = REPORT_CHECK_TEXTS[language];
  const all = quoteText(channelText('all', language).name);
  const trends: ReportTrend<K>[] = [];
  const charts: ChartSpec[] = [];
  const numberFormats: NumberFormatSpec[] = [];
  let row = layout.startRow;
  for (const goal of layout.socialGoals) {
    const members = layout.kpis.filter((k) => k.socialGoal === goal);
    const goalText = SOCIAL_GOAL_TEXTS[language][goal].name;
    set(row, 1, textFormula(t.chartTitle(goalText)));
    kind(row, 'trendTitle');
    // The note on its own line, so neither it nor the title is cut off by the other.
    set(row + 1, 1, textFormula(checks.chartNote));
    const headerRow = row + 2;
    set(headerRow, 1, textFormula(t.period));
    kind(headerRow, 'trendHeader');
    members.forEach((member, i) => {
      const [name, channel, progress] = [
        `$${L.kpi}$${member.row}`,
        `$${L.channel}$${member.row}`,
        `$${L.progress}$${member.row}`,
      ];
      // The series name carries the real progress now: a line held at 200 % still says 3000 %.
      set(
        headerRow,
        2 + i,
        `=${name}&IF(OR(${channel}="",${channel}=${all}),""," · "&${channel})&IFERROR(IF(${progress}="","",": "&ROUND(${progress}*100,0)&" %"),"")`,
      );
    });
    const targetColumn = 2 + members.length;
    set(headerRow, targetColumn, textFormula(checks.targetSeries));
    const firstPeriodRow = headerRow + 1;
    const lastPeriodRow = headerRow + TREND_PERIODS;
    for (let s = firstPeriodRow; s <= lastPeriodRow; s++) {
      kind(s, 'trend');
      // The latest period at the bottom, each row above it the period before: the last TREND_PERIODS periods.
      if (!periods) continue;
      const next = `$A${s + 1}`;
      set(
        s,
        1,
        s === lastPeriodRow
          ? `=IF(COUNT(${periods})=0,"",MAX(${periods}))`
          : `=IF(${next}="","",IF(COUNTIF(${periods},"<"&${next})=0,"",MAXIFS(${periods},${periods},"<"&${next})))`,
      );
      const period = `$A${s}`;
      members.forEach((member, i) => {
        const reader = member.reader;
        if (!reader) return;
        const [base, target] = [`$${L.baseline}$${member.row}`, `$${L.target}$${member.row}`];
        const progress = `(${reader.valueOrNa(period)}-${base})/(${target}-${base})`;
        set(
          s,
          2 + i,
          `=IF(OR(${period}="",${base}="",${target}="",${base}=${target}),"",IFERROR(IF(${reader.rowsIn(period)}=0,"",MAX(${PROGRESS_CAP.min},MIN(${PROGRESS_CAP.max},${progress}))),""))`,
        );
      });
      set(s, targetColumn, `=IF(${period}="","",1)`);
    }
    numberFormats.push(
      { range: `A${firstPeriodRow}:A${lastPeriodRow}`, format: DATE_FORMAT },
      { range: `B${firstPeriodRow}:${columnLetters(targetColumn)}${lastPeriodRow}`, format: PROGRESS_FORMAT },
    );
    trends.push({ socialGoal: goal, headerRow, kpis: members });
    const series = members.length + 1;
    const height = chartHeight(series);
    charts.push({
      type: 'line',
      title: t.chartTitle(goalText),
      ranges: [{ range: `A${headerRow}:${columnLetters(targetColumn)}${lastPeriodRow}` }],
      anchor: `A${lastPeriodRow + 2}`,
      width: CHART_WIDTH,
      height,
      valueAxis: { min: PROGRESS_CAP.min, max: PROGRESS_CAP.max, percent: true },
      legend: 'right',
      referenceSeries: [series - 1],
    });
    row = lastPeriodRow + 2 + Math.ceil(height / ROW_HEIGHT) + 1;
  }
  return { trends, charts, numberFormats, endRow: row };
}

/**
 * buildReportPlan(): the KPI map and data sheets as they are now → the plan for the report sheet
 * (add-on key 'report'). Pure.
 *
 * What a manager sees, top to bottom:
 * - a header: the latest period with data, the next review date, and how many KPIs are achieved,
 *   on track, behind and off track;
 * - the KPIs grouped by business goal, then social-media goal: baseline, previous period, current,
 *   target, progress (the real figure, and a text bar capped at −100 %…200 %), status (coloured), the change
 *   since the previous period, and the same period a year earlier with the change since then; changes are
 *   green when the KPI moved the better way for it, red when not (as on the map, with the map's builders);
 * - per social-media goal a trend table of its KPIs' progress to target over the last periods and a
 *   line chart of it. Progress puts followers and rates on one scale (0 % baseline, 100 % target).
 *
 * Everything is a native formula reading the map (looked up by the row key, so sorting the map does
 * not break the report) and the data sheets: it updates when data is entered and works without the
 * add-on. The bar is REPT text, not SPARKLINE, so the in-memory workbook evaluates it as Sheets does.
 *
 * The sheet is one formula block (static texts are text formulas) plus one block clearing an older,
 * larger report: the number of SpreadsheetApp calls does not depend on the number of KPIs.
 */
import { findKpi } from '../catalog/kpis.ts';
import type { KpiDefinition, Language } from '../catalog/types.ts';
import { STATUSES } from '../functions/tracking.ts';
import { cellA1, columnLetters } from '../plan/a1.ts';
import { NEW_SHEET_COLUMNS } from '../plan/sheetsLimits.ts';
import { findSheet, sheetIdOf, type SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { CellStyle, ConditionalFormatSpec, NumberFormatSpec, Plan, SheetPlan } from '../plan/types.ts';
import type { SocialGoalId } from '../shared/wizardApi.ts';
import { PERIOD_KEY, type DataSheetKey } from '../wizard/dataColumns.ts';
import {
  changeFormula,
  previousPeriodStart,
  quoteText,
  sheetRef,
  yearEarlierStart,
  type DataSheetRefs,
} from '../wizard/dataFormulas.ts';
import { progressBarFormula } from '../wizard/mapFormulas.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';
import { goalNameOfRow, isRetiredRow, socialGoalOfRow } from '../wizard/currentChoices.ts';
import { readDataLayout, readMapLayout, type AnyMapColumn, type MapLayout } from '../wizard/mapLayout.ts';
import { SHEET_TEXTS, statusLabels } from '../wizard/sheetTexts.ts';
import {
  CHANGE_COLORS,
  CHANGE_FORMAT,
  DATE_FORMAT,
  PROGRESS_FORMAT,
  SHEET_COLORS,
  STATUS_BAR_COLORS,
  STATUS_COLORS,
  unitFormat,
} from '../wizard/sheetStyle.ts';
import { SOCIAL_GOALS } from '../wizard/taxonomy.ts';
import { SOCIAL_GOAL_TEXTS } from '../wizard/taxonomyTexts.ts';
import { dateToSerial, fromSerialDate } from '../plan/serialDate.ts';
import { checkedKpisOf, dataCheckLines, emptyDataTab, findDataChecks } from './dataChecks.ts';
import { offTrackCells } from './offTrack.ts';
import { kpiPeriodReader, textFormula, type KpiPeriodReader } from './periodFormulas.ts';
import { layOutTrends, type ReportTrend as TrendOf } from './reportCharts.ts';
import { REPORT_TEXTS } from './reportTexts.ts';
import { REPORT_NOTES_WIDTH, REPORT_NOTE_TEXTS, latestNotesFormula } from './reportNotes.ts';

export { TREND_PERIODS } from './reportCharts.ts';

/** Columns of the KPI table. */
const COLUMNS = [
  'kpi',
  'channel',
  'baseline',
  'previous',
  'current',
  'target',
  'progress',
  'bar',
  'status',
  'change',
  'yearAgo',
  'yearChange',
  'notes',
] as const;
type ReportColumn = (typeof COLUMNS)[number];
const COL = Object.fromEntries(COLUMNS.map((id, i) => [id, i + 1])) as Record<ReportColumn, number>;
const L = Object.fromEntries(COLUMNS.map((id, i) => [id, columnLetters(i + 1)])) as Record<ReportColumn, string>;

/** The row kinds, written in a hidden column so conditional formats can style headings. */
type RowKind = 'title' | 'tableHeader' | 'goal' | 'social' | 'kpi' | 'trendTitle' | 'trendHeader' | 'trend';

export interface ReportKpi {
  key: string;
  kpi: KpiDefinition;
  goalName: string;
  socialGoal: SocialGoalId;
  /** 1-based row on the report. */
  row: number;
}

export type ReportTrend = TrendOf<ReportKpi & { reader: KpiPeriodReader | null }>;

export interface ReportPlanResult {
  plan: Plan;
  kpis: ReportKpi[];
  trends: ReportTrend[];
  sheetName: string;
  /** The language the report is written in: the KPI map's own, so labels and statuses match. */
  language: Language;
}

/**
 * The KPIs on the map that are not retired, grouped by business goal (in the wizard's order) then social goal.
 * Whether a row is retired and its social goal are read as the wizard reads them: from the row's record,
 * else (cleared or damaged) from its Status and "Social media goal" cells.
 */
function groupedKpis(map: MapLayout): Omit<ReportKpi, 'row'>[] {
  const goalOrder = new Map((map.settings?.businessGoals ?? []).map((goal, i) => [goal.id, i]));
  const goalNames = new Map((map.settings?.businessGoals ?? []).map((goal) => [goal.id, goal.name]));
  const found: (Omit<ReportKpi, 'row'> & { goalRank: number; order: number })[] = [];
  map.rows.forEach((row, order) => {
    if (isRetiredRow(map, row)) return;
    const { kpiId, businessGoalId: goalId } = row.keyParts;
    const kpi = findKpi(kpiId);
    if (!kpi) return;
    // The record's name; without a sound record the settings' name, else what the row's Goal cell shows.
    const goalName = (row.shadow === null && goalNames.get(goalId)) || goalNameOfRow(map, row) || goalId;
    found.push({
      key: row.key,
      kpi,
      goalName,
      socialGoal: socialGoalOfRow(map, row, kpi),
      goalRank: goalOrder.get(goalId) ?? goalOrder.size + order,
      order,
    });
  });
  const firstRank = new Map<string, number>();
  for (const entry of found) {
    firstRank.set(entry.goalName, Math.min(firstRank.get(entry.goalName) ?? Infinity, entry.goalRank));
  }
  return found
    .sort(
      (a, b) =>
        (firstRank.get(a.goalName) as number) - (firstRank.get(b.goalName) as number) ||
        a.goalName.localeCompare(b.goalName) ||
        SOCIAL_GOALS.indexOf(a.socialGoal) - SOCIAL_GOALS.indexOf(b.socialGoal) ||
        a.order - b.order,
    )
    .map(({ key, kpi, goalName, socialGoal }) => ({ key, kpi, goalName, socialGoal }));
}

function dataRefs(snapshot: SpreadsheetSnapshot): Record<DataSheetKey, DataSheetRefs | null> {
  const refs: Record<DataSheetKey, DataSheetRefs | null> = { kpiData: null, kpiAnswers: null };
  for (const key of ['kpiData', 'kpiAnswers'] as const) {
    const sheet = findSheet(snapshot, key);
    if (!sheet) continue;
    const layout = readDataLayout(sheet);
    refs[key] = { name: sheet.name, columns: new Map([...layout.columns].map(([k, c]) => [k, columnLetters(c)])) };
  }
  return refs;
}

/** True (as a conditional format) when the change in `cell` went the `way` a KPI where `better` is better counts. */
function movedFormula(cell: string, better: 'higher' | 'lower', way: 'better' | 'worse'): string {
  return `=AND(ISNUMBER(${cell}),${cell}${(better === 'higher') === (way === 'better') ? '>' : '<'}0)`;
}

/** A grid of formulas being laid out; '' is an empty cell. */
class FormulaGrid {
  readonly rows: string[][] = [];
  set(row: number, column: number, formula: string): void {
    while (this.rows.length < row) this.rows.push([]);
    this.rows[row - 1][column - 1] = formula;
  }
  rectangle(width: number): string[][] {
    return this.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  }
}

/**
 * `userLocale`: the user's language or locale, used only when the map does not say its own (commandLanguage).
 * `today` ('YYYY-MM-DD', the spreadsheet's today when left out): the day the data checks say they ran.
 */
export function buildReportPlan(
  snapshot: SpreadsheetSnapshot,
  userLocale: string | null,
  options: { today?: string } = {},
): ReportPlanResult {
  const language = commandLanguage({ snapshot, userLocale });
  const mapSheet = findSheet(snapshot, 'kpiMap');
  if (!mapSheet) throw new Error(REPORT_TEXTS[language].missingMap);
  const map = readMapLayout(mapSheet);
  const t = REPORT_TEXTS[language];
  const sheetTexts = SHEET_TEXTS[language];
  const labels = statusLabels(language);
  const sheets = dataRefs(snapshot);
  const mapColumn = (id: AnyMapColumn) => {
    const letter = columnLetters(map.columns.get(id) as number);
    return `${sheetRef(mapSheet.name)}!$${letter}:$${letter}`;
  };
  const periodSheet = sheets.kpiData ?? sheets.kpiAnswers;
  const periodLetter = periodSheet?.columns.get(PERIOD_KEY);
  const periods =
    periodSheet && periodLetter ? `${sheetRef(periodSheet.name)}!$${periodLetter}:$${periodLetter}` : null;

  const entries = groupedKpis(map);
  const bySocialGoal = SOCIAL_GOALS.filter((goal) => entries.some((entry) => entry.socialGoal === goal));
  const maxSeries = Math.max(0, ...bySocialGoal.map((goal) => entries.filter((e) => e.socialGoal === goal).length));
  const width = Math.max(COLUMNS.length, 2 + maxSeries); // a trend table: period, series, target
  // Hidden helper columns right of everything: the KPI's row on the map, the dates of the periods it is
  // compared with, and the row's kind. They always start past a new tab's 26 columns, so every report grows
  // its tab once (one call) whatever its number of KPIs, instead of only the reports with a long trend table.
  const mapRowColumn = Math.max(width, NEW_SHEET_COLUMNS) + 1;
  const previousPeriodColumn = mapRowColumn + 1;
  const yearPeriodColumn = mapRowColumn + 2;
  const kindColumn = mapRowColumn + 3;
  // Business goal names are the user's own words: stored as literal text in this hidden column, shown
  // by a formula that points at it, so a name like "=IMPORTXML(...)" is never evaluated.
  const goalTextColumn = mapRowColumn + 4;
  const goalTexts = new Map<number, string>();
  const M = columnLetters(mapRowColumn);
  const K = columnLetters(kindColumn);

  const grid = new FormulaGrid();
  const numberFormats: NumberFormatSpec[] = [];
  const kind = (row: number, value: RowKind) => grid.set(row, kindColumn, textFormula(value));

  // Header.
  grid.set(1, 1, textFormula(t.title));
  kind(1, 'title');
  grid.set(2, 1, textFormula(t.latestPeriod));
  grid.set(2, 2, periods ? `=IF(COUNT(${periods})=0,${quoteText(t.noData)},MAX(${periods}))` : textFormula(t.noData));
  grid.set(3, 1, textFormula(t.nextReview));
  const review = mapColumn('nextReview');
  const due = quoteText(sheetTexts.reviewDue);
  grid.set(3, 2, `=IF(COUNTIF(${review},${due})>0,${due},IF(MIN(${review})=0,"",MIN(${review})))`);
  numberFormats.push({ range: 'B2:B3', format: DATE_FORMAT });
  const counted = ['Achieved', 'On track', 'Behind', 'Off track'] as const;
  counted.forEach((status, i) => {
    grid.set(4, 1 + 2 * i, textFormula(labels[status]));
    grid.set(4, 2 + 2 * i, `=COUNTIF(${mapColumn('status')},${quoteText(labels[status])})`);
  });

  // The KPI table.
  const tableHeader = 6;
  const headers = { ...t.headers, notes: REPORT_NOTE_TEXTS[language].header };
  for (const id of COLUMNS) grid.set(tableHeader, COL[id], textFormula(headers[id]));
  kind(tableHeader, 'tableHeader');
  let row = tableHeader + 1;
  const kpis: ReportKpi[] = [];
  const readers = new Map<ReportKpi, KpiPeriodReader | null>();
  let goalName: string | null = null;
  let socialGoal: SocialGoalId | null = null;
  if (entries.length === 0) {
    grid.set(row, 1, textFormula(t.noKpis));
    row++;
  }
  for (const entry of entries) {
    if (entry.goalName !== goalName) {
      goalName = entry.goalName;
      socialGoal = null;
      goalTexts.set(row, goalName);
      grid.set(row, 1, `=$${columnLetters(goalTextColumn)}${row}`);
      kind(row, 'goal');
      row++;
    }
    if (entry.socialGoal !== socialGoal) {
      socialGoal = entry.socialGoal;
      grid.set(row, 1, textFormula(SOCIAL_GOAL_TEXTS[language][socialGoal].name));
      kind(row, 'social');
      row++;
    }
    const reportKpi: ReportKpi = { ...entry, row };
    kpis.push(reportKpi);
    const r = row;
    const mapRow = `$${M}${r}`;
    const lookup = (id: AnyMapColumn) => `=IF(${mapRow}="","",INDEX(${mapColumn(id)},${mapRow}))`;
    grid.set(r, mapRowColumn, `=IFERROR(MATCH(${textFormula(entry.key).slice(1)},${mapColumn('key')},0),"")`);
    kind(r, 'kpi');
    grid.set(r, COL.kpi, lookup('kpi'));
    grid.set(r, COL.channel, lookup('channel'));
    grid.set(r, COL.baseline, lookup('baseline'));
    grid.set(r, COL.current, lookup('current'));
    grid.set(r, COL.target, lookup('target'));
    grid.set(r, COL.progress, lookup('progress'));
    grid.set(r, COL.status, lookup('status'));
    const reader = kpiPeriodReader(entry.kpi, { cell: `$${L.channel}${r}`, language }, sheets);
    readers.set(reportKpi, reader);
    // The comparisons, read by the map's own builder: the compared period's date (hidden), the value then, the change.
    const cadence = `INDEX(${mapColumn('cadence')},${mapRow})`;
    for (const [column, start, value, change] of [
      [previousPeriodColumn, (p: string) => previousPeriodStart(p, cadence, language), COL.previous, 'change'],
      [yearPeriodColumn, yearEarlierStart, COL.yearAgo, 'yearChange'],
    ] as const) {
      if (!reader) break;
      const period = `$${columnLetters(column)}${r}`;
      grid.set(r, column, `=IF(${mapRow}="",0,IF(${reader.rowsWithData}=0,0,${reader.near(start(reader.latest))}))`);
      grid.set(r, value, `=IF(OR(${period}="",${period}=0),"",IFERROR(${reader.valueOrNa(period)},""))`);
      grid.set(r, COL[change], changeFormula(`${L.current}${r}`, `${columnLetters(value)}${r}`));
    }
    if (reader)
      grid.set(r, COL.notes, latestNotesFormula(reader.latest, `$${L.channel}${r}`, mapRow, sheets, language));
    grid.set(r, COL.bar, progressBarFormula(`${L.progress}${r}`));
    const unit = unitFormat(entry.kpi.unit, language, snapshot.timeZone);
    numberFormats.push(
      { range: `${L.baseline}${r}:${L.target}${r}`, format: unit },
      { range: `${L.progress}${r}`, format: PROGRESS_FORMAT },
      { range: `${L.change}${r}`, format: CHANGE_FORMAT },
      { range: `${L.yearAgo}${r}`, format: unit },
      { range: `${L.yearChange}${r}`, format: CHANGE_FORMAT },
    );
    row++;
  }
  const lastTableRow = row - 1;

  // Data checks, found now; each line turns blank once its data is filled in.
  row++;
  const today = options.today ?? fromSerialDate(Math.floor(dateToSerial(new Date(), snapshot.timeZone)));
  const checks = findDataChecks({
    language,
    kpis: checkedKpisOf(map, kpis),
    kpiData: findSheet(snapshot, 'kpiData'),
    kpiAnswers: findSheet(snapshot, 'kpiAnswers'),
  });
  dataCheckLines(checks, language, today, emptyDataTab(findSheet(snapshot, 'kpiData'))).forEach((line, i) => {
    grid.set(row, 1, line);
    if (i === 0) kind(row, 'trendTitle');
    row++;
  });

  // Trend tables and charts, one per social goal (reportCharts.ts).
  row++;
  const laidOut = layOutTrends({
    language,
    set: (r, c, formula) => grid.set(r, c, formula),
    kind,
    columns: { kpi: L.kpi, channel: L.channel, baseline: L.baseline, target: L.target, progress: L.progress },
    periods,
    socialGoals: bySocialGoal,
    kpis: kpis.map((k) => ({ ...k, reader: readers.get(k) ?? null })),
    startRow: row,
  });
  const { trends, charts } = laidOut;
  numberFormats.push(...laidOut.numberFormats);

  // Off track since the last review: on the header's free row 5, helper cells under the report, in hidden columns.
  const offTrack = offTrackCells({
    language,
    settings: map.settings,
    mapColumn,
    kpis: kpis.map((k) => ({ row: k.row, kpi: k.kpi, mapRow: `$${M}${k.row}`, reader: readers.get(k) ?? null })),
    headerRow: 5,
    firstRow: laidOut.endRow + 1,
    columns: [mapRowColumn, kindColumn],
  });
  for (const [r, c, formula] of offTrack.cells) grid.set(r, c, formula);
  numberFormats.push({ range: offTrack.reviewCell.replace(/\$/g, ''), format: DATE_FORMAT });

  const lastRow = Math.max(grid.rows.length, 1);
  const styledRows = `A1:${cellA1(lastRow, width)}`;
  const byKind = (value: RowKind, style: CellStyle): ConditionalFormatSpec => ({
    ranges: [styledRows],
    when: { kind: 'customFormula', formula: `=$${K}1="${value}"` },
    style,
  });
  const statusRange = `${L.status}${tableHeader + 1}:${L.status}${Math.max(lastTableRow, tableHeader + 1)}`;
  const barRange = `${L.bar}${tableHeader + 1}:${L.bar}${Math.max(lastTableRow, tableHeader + 1)}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    ...STATUSES.map((status): ConditionalFormatSpec => ({
      ranges: [statusRange, 'A4:H4'],
      when: { kind: 'textEquals', text: labels[status] },
      style: { background: STATUS_COLORS[status] },
    })),
    ...STATUSES.map((status): ConditionalFormatSpec => ({
      ranges: [barRange],
      when: { kind: 'customFormula', formula: `=$${L.status}${tableHeader + 1}=${quoteText(labels[status])}` },
      style: { fontColor: STATUS_BAR_COLORS[status] },
    })),
    // A change is green when the KPI moved the way its catalog entry calls better, red when not. The report is
    // built anew each time, so the rules list the rows of each direction.
    ...(['higher', 'lower'] as const).flatMap((better) => {
      const rows = kpis.filter((k) => k.kpi.better === better).map((k) => k.row);
      if (rows.length === 0) return [];
      const ranges = rows.flatMap((r) => [`${L.change}${r}`, `${L.yearChange}${r}`]);
      return (['better', 'worse'] as const).map((way): ConditionalFormatSpec => ({
        ranges,
        when: { kind: 'customFormula', formula: movedFormula(ranges[0], better, way) },
        style: { fontColor: CHANGE_COLORS[way] },
      }));
    }),
    ...offTrack.conditionalFormats,
    byKind('title', { fontColor: SHEET_COLORS.title, bold: true }),
    byKind('tableHeader', { background: SHEET_COLORS.header, bold: true }),
    byKind('goal', { background: SHEET_COLORS.goal, bold: true }),
    byKind('social', { background: SHEET_COLORS.social, bold: true }),
    byKind('trendTitle', { bold: true }),
    byKind('trendHeader', { background: SHEET_COLORS.header, bold: true }),
  ];

  // An older report that reached further is cleared first; then one block writes the whole report.
  const old = findSheet(snapshot, 'report');
  const oldRows = old?.values.length ?? 0;
  const oldColumns = Math.max(0, ...(old?.values ?? []).map((cells) => cells.length));
  const clear =
    old && (oldRows > lastRow || oldColumns > goalTextColumn)
      ? [
          {
            start: 'A1',
            values: Array.from({ length: Math.max(oldRows, 1) }, () =>
              Array.from({ length: Math.max(oldColumns, 1) }, () => null),
            ),
          },
        ]
      : [];

  const sheetPlan: SheetPlan = {
    key: 'report',
    sheetId: sheetIdOf(snapshot, 'report'),
    name: t.sheetName,
    create: true,
    // One block of goal names, always written (even empty), so the call count never depends on the KPIs.
    values: [
      ...clear,
      {
        start: cellA1(tableHeader + 1, goalTextColumn),
        values: Array.from({ length: Math.max(1, lastTableRow - tableHeader) }, (_, i) => [
          goalTexts.get(tableHeader + 1 + i) ?? null,
        ]),
      },
    ],
    formulas: [{ start: 'A1', formulas: grid.rectangle(kindColumn) }],
    numberFormats,
    conditionalFormats,
    charts,
    columnWidths: [
      { columns: 'A', width: 260 },
      { columns: `B:${L.progress}`, width: 110 },
      { columns: L.bar, width: 150 },
      { columns: L.status, width: 110 },
      { columns: L.change, width: 170 },
      { columns: L.yearAgo, width: 130 },
      { columns: L.yearChange, width: 130 },
      { columns: L.notes, width: REPORT_NOTES_WIDTH },
    ],
    hiddenColumns: [`${M}:${columnLetters(goalTextColumn)}`],
  };
  return { plan: { sheets: [sheetPlan], activate: 'report' }, kpis, trends, sheetName: t.sheetName, language };
}

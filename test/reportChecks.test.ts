/**
 * What makes the report trustworthy at a glance (issue 13 §2, §5, §6), on the in-memory workbook with
 * numbers typed by hand: the capped progress in the charts' tables with the real figure in the series
 * name, the KPIs that went off track since the last review, and the data checks with their tab and row.
 */
import { describe, expect, it } from 'vitest';
import { TRACKABLE_KPIS } from '../src/catalog/kpis.ts';
import { LANGUAGES, type Language } from '../src/catalog/types.ts';
import { kpiStatus } from '../src/functions/tracking.ts';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { cellA1 } from '../src/plan/a1.ts';
import { findSheet } from '../src/plan/snapshot.ts';
import { dateToSerial, toSerialDate } from '../src/plan/serialDate.ts';
import { MAX_CHECK_LINES } from '../src/report/dataChecks.ts';
import { REPORT_CHECK_TEXTS } from '../src/report/reportCheckTexts.ts';
import { CHART_WIDTH, chartHeight } from '../src/report/reportCharts.ts';
import { buildReportPlan, TREND_PERIODS } from '../src/report/reportPlan.ts';
import type { KpiChoice, WizardInput } from '../src/shared/wizardApi.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { readDataLayout } from '../src/wizard/mapLayout.ts';
import { statusLabels } from '../src/wizard/sheetTexts.ts';
import { STATUS_COLORS } from '../src/wizard/sheetStyle.ts';
import { channelText } from '../src/wizard/taxonomyTexts.ts';
import { legendLayout } from '../preview/app/chart.ts';
import { goal, kpi, NOT_ANSWERED } from './support/wizardFixtures.ts';

const TIME_ZONE = 'Europe/Copenhagen';

/** 'YYYY-MM-01', `months` from this month. */
function monthStart(months: number, from = new Date()): string {
  return new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
}

function mapWith(kpis: KpiChoice[], startDate: string, language: Language = 'en'): Workbook {
  const input: WizardInput = {
    language,
    businessGoals: [goal('g1', 'awareness', 'Be known')],
    answers: { ...NOT_ANSWERED },
    kpis,
    startDate,
    reviewIntervalMonths: 3,
  };
  const workbook = new Workbook(TIME_ZONE);
  applyPlanToWorkbook(workbook, buildKpiMapPlan(input, workbook.snapshot(), { today: monthStart(0) }).plan);
  return workbook;
}

interface TypedRow {
  period: string;
  channel: string;
  values: Record<string, number | null>;
}

/** Types rows into "KPI data" below what is there; returns the sheet rows they went to. */
function typeData(workbook: Workbook, rows: TypedRow[]): number[] {
  const data = findSheet(workbook.snapshot(), 'kpiData');
  if (!data) throw new Error('no KPI data sheet');
  const layout = readDataLayout(data);
  const column = (key: string) => layout.columns.get(`socialKpiKit.${key}`) as number;
  let row = Math.max(layout.labelRow + 1, data.values.length + 1);
  return rows.map(({ period, channel, values }) => {
    workbook.setCell(data.name, cellA1(row, column('period')), toSerialDate(period));
    workbook.setCell(data.name, cellA1(row, column('channel')), channel);
    for (const [name, value] of Object.entries(values)) {
      if (value !== null) workbook.setCell(data.name, cellA1(row, column(`input.${name}`)), value);
    }
    return row++;
  });
}

function build(workbook: Workbook, today = '2026-06-15') {
  const result = buildReportPlan(workbook.snapshot(), 'en', { today });
  applyPlanToWorkbook(workbook, result.plan);
  return result;
}

/** Every text the report shows in column A. */
function columnA(workbook: Workbook, sheetName: string): string[] {
  const rows = workbook.listSheets().find((sheet) => sheet.name === sheetName)?.rows ?? 0;
  return workbook
    .getValues(sheetName, `A1:A${rows}`)
    .flat()
    .map((value) => String(value));
}

describe('the progress charts', () => {
  it('cap each series at −100 %…200 %, draw the target at 100 % and name each series with its real progress', () => {
    const start = monthStart(-3);
    const workbook = mapWith(
      [
        kpi('follower_count', { baseline: '100', target: '110', deadline: monthStart(9) }),
        kpi('impressions', { baseline: '1000', target: '1100', deadline: monthStart(9) }),
        kpi('mentions', { baseline: '100', target: '200', deadline: monthStart(9) }),
      ],
      start,
    );
    // Followers at 30 times the distance to target; impressions far below the baseline; mentions half way.
    typeData(workbook, [
      {
        period: monthStart(-1),
        channel: 'Instagram',
        values: { total_followers: 400, impressions: 400, mentions: 150 },
      },
    ]);
    const { sheetName, trends, plan } = build(workbook);
    const reach = trends[0];
    const last = reach.headerRow + TREND_PERIODS;
    const header = workbook.getValues(sheetName, `B${reach.headerRow}:E${reach.headerRow}`)[0];
    expect(header).toEqual([
      'Follower count: 3000 %',
      'Impressions: -600 %',
      'Mentions: 50 %',
      REPORT_CHECK_TEXTS.en.targetSeries,
    ]);
    expect(workbook.getValues(sheetName, `B${last}:E${last}`)[0]).toEqual([2, -1, 0.5, 1]);
    // The KPI table keeps the real figure.
    const followers = reach.kpis[0];
    expect(workbook.getValue(sheetName, `G${followers.row}`)).toBeCloseTo(30, 9);
    expect(plan.sheets[0].charts?.[0]).toMatchObject({
      valueAxis: { min: -1, max: 2, percent: true },
      legend: 'right',
      referenceSeries: [3],
    });
  });

  it('have room in the legend for every KPI name of the catalog, in every language, with its channel and progress', () => {
    const names = LANGUAGES.flatMap((language) =>
      TRACKABLE_KPIS.map((k) => `${k.text[language].name} · ${channelText('pinterest', language).name}: -2189 %`),
    );
    const longest = names.reduce((a, b) => (b.length > a.length ? b : a));
    const series = [
      { name: longest, values: [] },
      { name: REPORT_CHECK_TEXTS.da.targetSeries, values: [] },
    ];
    const layout = legendLayout({ width: CHART_WIDTH, height: chartHeight(2), series, legend: 'right' });
    expect(layout.entries.map((entry) => entry.shown)).toEqual(series.map((s) => s.name));
    expect(layout.plot.right - layout.plot.left, 'the plot keeps most of the width').toBeGreaterThan(CHART_WIDTH / 2);
  });

  it('grow taller with their series, so a social goal with 20 KPIs lists all 21 names', () => {
    const series = Array.from({ length: 21 }, (_, i) => ({
      name: `Rækkeviddeprocent pr. opslag ${i}: 75 %`,
      values: [],
    }));
    const layout = legendLayout({ width: CHART_WIDTH, height: chartHeight(series.length), series, legend: 'right' });
    expect(layout.hidden).toBe(0);
    expect(layout.entries).toHaveLength(21);
  });

  it('in the old layout (legend above, 640 px) seven long names are paged and cut: the defect the issue reports', () => {
    const series = Array.from({ length: 7 }, () => ({ name: 'Rækkeviddeprocent pr. opslag · Instagram', values: [] }));
    const layout = legendLayout({ width: 640, height: 320, series });
    expect(layout.hidden).toBeGreaterThan(0);
  });
});

describe('off track since the last review', () => {
  it('lists the KPIs that were achieved or on track at the last review and are behind or off track now', () => {
    // Goals set 7 months ago, reviewed every 3 months: the last review was on the first of last month.
    const start = monthStart(-7);
    const review = monthStart(-1);
    const deadline = monthStart(6);
    const workbook = mapWith(
      [
        kpi('follower_count', { baseline: '1000', target: '2000', deadline }),
        kpi('impressions', { baseline: '1000', target: '2000', deadline }),
        kpi('mentions', { baseline: '1000', target: '2000', deadline }),
      ],
      start,
    );
    // Before the review: followers and impressions 60 % of the way (ahead of the ~46 % due), mentions 5 %.
    // Since: followers fall back to 10 %, impressions reach 90 %, mentions stay at 5 %.
    const months = [-7, -6, -5, -4, -3, -2, -1, 0];
    typeData(
      workbook,
      months.map((m) => {
        const after = m >= -1;
        return {
          period: monthStart(m),
          channel: 'Instagram',
          values: { total_followers: after ? 1100 : 1600, impressions: after ? 1900 : 1600, mentions: 1050 },
        };
      }),
    );
    const { sheetName } = build(workbook);
    const labels = statusLabels('en');
    expect(workbook.getValue(sheetName, 'A5')).toBe('Off track since the last review');
    expect(workbook.getValue(sheetName, 'B5')).toBe(toSerialDate(review));
    expect(workbook.getCell(sheetName, 'B5').display).toBe(review);

    // The same judgement worked out here, with KPI_STATUS's own rules.
    const today = Math.floor(dateToSerial(new Date(), TIME_ZONE));
    const [s, d, r] = [toSerialDate(start), toSerialDate(deadline), toSerialDate(review)];
    const status = (value: number, asOf: number) => String(kpiStatus(value, 1000, 2000, s, d, asOf));
    const expected = [
      ['Follower count', status(1600, r), status(1100, today)],
      ['Impressions', status(1600, r), status(1900, today)],
      ['Mentions', status(1050, r), status(1050, today)],
    ].filter(([, then, now]) => ['Achieved', 'On track'].includes(then) && ['Behind', 'Off track'].includes(now));
    expect(expected.map(([name]) => name)).toEqual(['Follower count']);
    expect(workbook.getValue(sheetName, 'C5')).toBe(
      expected
        .map(([name, then, now]) => `${name} (${labels[then as 'On track']} → ${labels[now as 'Off track']})`)
        .join(', '),
    );
    expect(workbook.getCell(sheetName, 'C5').style?.background, 'coloured like Off track').toBe(
      STATUS_COLORS['Off track'],
    );
  });

  it('says none when no KPI slipped, in the map’s language', () => {
    const workbook = mapWith(
      [kpi('follower_count', { baseline: '1000', target: '2000', deadline: monthStart(6) })],
      monthStart(-6),
      'nl',
    );
    typeData(workbook, [{ period: monthStart(-1), channel: 'Instagram', values: { total_followers: 1900 } }]);
    const result = buildReportPlan(workbook.snapshot(), 'en', { today: '2026-06-15' });
    applyPlanToWorkbook(workbook, result.plan);
    expect(workbook.getValue(result.sheetName, 'A5')).toBe(REPORT_CHECK_TEXTS.nl.offTrackSince);
    expect(workbook.getValue(result.sheetName, 'C5')).toBe(REPORT_CHECK_TEXTS.nl.noneSlipped);
    expect(workbook.getCell(result.sheetName, 'C5').style?.background).toBeUndefined();
  });
});

describe('the data checks', () => {
  const deadline = '2026-12-31';
  function workbookWithGaps() {
    const workbook = mapWith(
      [
        kpi('follower_count', { channel: 'instagram', baseline: '1000', target: '2000', deadline }),
        kpi('post_reach_rate', { channel: 'facebook', baseline: '5%', target: '10%', deadline }),
        kpi('amplification_rate', { baseline: '1%', target: '2%', deadline }),
      ],
      '2026-01-01',
    );
    const full = (period: string, channel: string) => ({
      period,
      channel,
      values: { total_followers: 1000, reach: 80, shares: 12 },
    });
    // January and February on both channels, no March, April on both, May begun on Instagram with no shares.
    const rows = typeData(workbook, [
      full('2026-01-01', 'Instagram'),
      full('2026-01-01', 'Facebook'),
      full('2026-02-01', 'Instagram'),
      full('2026-02-01', 'Facebook'),
      full('2026-04-01', 'Instagram'),
      full('2026-04-01', 'Facebook'),
      { period: '2026-05-01', channel: 'Instagram', values: { total_followers: 1200, reach: 90, shares: null } },
    ]);
    return { workbook, rows };
  }

  it('name the missing period, the blank inputs, the KPI without a row and the channels an “All channels” total lacks', () => {
    const { workbook, rows } = workbookWithGaps();
    const { sheetName } = build(workbook, '2026-05-20');
    const lines = columnA(workbook, sheetName);
    const checks = lines.slice(lines.indexOf('Data checks'));
    expect(checks.slice(0, 6)).toEqual([
      'Data checks',
      REPORT_CHECK_TEXTS.en.dataChecksIntro('2026-05-20'),
      `No row for the period 2026-03-01 on “KPI data” (between rows ${rows[3]} and ${rows[4]}).`,
      'Post reach rate · Facebook: no row in the latest period 2026-05-01 on “KPI data”.',
      `Amplification rate (All channels): Shares blank in the latest period 2026-05-01 on “KPI data”, row ${rows[6]}.`,
      'Amplification rate (All channels): the latest period 2026-05-01 counts 1 of 2 channels; no numbers from Facebook on “KPI data”.',
    ]);
  });

  it('a line turns blank as soon as its data is filled in, without rebuilding', () => {
    const { workbook, rows } = workbookWithGaps();
    const { sheetName } = build(workbook, '2026-05-20');
    typeData(workbook, [
      { period: '2026-03-01', channel: 'Instagram', values: { total_followers: 1000, reach: 80, shares: 12 } },
      { period: '2026-05-01', channel: 'Facebook', values: { total_followers: 1000, reach: 80, shares: 12 } },
    ]);
    const data = findSheet(workbook.snapshot(), 'kpiData');
    const shares = readDataLayout(data).columns.get('socialKpiKit.input.shares') as number;
    workbook.setCell(data?.name as string, cellA1(rows[6], shares), 9);
    const lines = columnA(workbook, sheetName);
    const start = lines.indexOf('Data checks');
    expect(lines.slice(start + 2, start + 6)).toEqual(['', '', '', '']);
  });

  it('say all is clear when nothing is missing, and stop at a dozen lines with a count of the rest', () => {
    const workbook = mapWith([kpi('follower_count', { baseline: '1000', target: '2000', deadline })], '2026-01-01');
    typeData(workbook, [
      { period: '2026-01-01', channel: 'Instagram', values: { total_followers: 1000 } },
      { period: '2026-02-01', channel: 'Instagram', values: { total_followers: 1100 } },
    ]);
    const clear = build(workbook, '2026-03-02');
    expect(columnA(workbook, clear.sheetName)).toContain(REPORT_CHECK_TEXTS.en.allClear);
    // Two years with only January and February 2026 and January 2028: 22 months missing.
    typeData(workbook, [{ period: '2028-01-01', channel: 'Instagram', values: { total_followers: 1200 } }]);
    const { sheetName } = build(workbook, '2028-01-02');
    const lines = columnA(workbook, sheetName);
    const start = lines.indexOf('Data checks') + 2;
    const shown = lines.slice(start, start + MAX_CHECK_LINES);
    expect(shown.slice(0, -1).every((line) => line.startsWith('No row for the period'))).toBe(true);
    expect(shown[shown.length - 1]).toBe(REPORT_CHECK_TEXTS.en.more(22 - (MAX_CHECK_LINES - 1)));
  });
});

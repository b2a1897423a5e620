/**
 * The KPI report: its plan, its evaluated values on the in-memory workbook with example data, its
 * charts, and the number of SpreadsheetApp calls it costs on Google Sheets.
 */
import { describe, expect, it } from 'vitest';
import { exampleMonth } from '../preview/app/exampleNumbers.ts';
import type { InputName } from '../src/catalog/inputs.ts';
import type { Language } from '../src/catalog/types.ts';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { cellA1 } from '../src/plan/a1.ts';
import { applyPlanToSpreadsheet } from '../src/plan/applyToSpreadsheet.ts';
import { withDocumentLock } from '../src/plan/documentLock.ts';
import { readSnapshot } from '../src/plan/readSnapshot.ts';
import { findSheet } from '../src/plan/snapshot.ts';
import { toSerialDate } from '../src/plan/serialDate.ts';
import { buildReportPlan, TREND_PERIODS } from '../src/report/reportPlan.ts';
import { buildReport as serverBuildReport } from '../src/server/report.ts';
import { usesAddOnFunctions } from '../src/sharing/rewriteFormula.ts';
import type { KpiChoice, SocialGoalId, WizardInput } from '../src/shared/wizardApi.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { readDataLayout } from '../src/wizard/mapLayout.ts';
import { createCountingServices, type CountingServices } from './support/countingSpreadsheetApp.ts';
import { withAppsScriptGlobals } from './support/appsScriptGlobals.ts';
import { inputWithKpis } from './support/manyKpis.ts';
import { goal, kpi, NOT_ANSWERED } from './support/wizardFixtures.ts';
import { barOf } from './support/progressBar.ts';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01'];
const CHANNELS = ['instagram', 'facebook'] as const;
const CHANNEL_NAMES = { instagram: 'Instagram', facebook: 'Facebook' };

function input(language: Language = 'en'): WizardInput {
  return {
    language,
    businessGoals: [goal('g1', 'awareness', 'Be known in Aarhus'), goal('g2', 'sales', 'Sell "more" =online')],
    answers: { ...NOT_ANSWERED, sellsOnSocial: true, paidAds: true },
    kpis: [
      kpi('follower_count', { baseline: '30000', target: '40000' }),
      kpi('amplification_rate', { socialGoal: 'engagement', channel: 'instagram', baseline: '0.5%', target: '1%' }),
      kpi('ctr', { businessGoalId: 'g2', socialGoal: 'conversion', baseline: '0.8%', target: '1.5%' }),
      kpi('cpc', { businessGoalId: 'g2', socialGoal: 'conversion', baseline: '0.9', target: '0.5' }),
    ],
    startDate: '2026-01-01',
    reviewIntervalMonths: 3,
  };
}

/** Builds the KPI map with the wizard's plan, as the add-on does. */
function workbookWithMap(wizard: WizardInput = input()): Workbook {
  const workbook = new Workbook('Europe/Copenhagen');
  workbook.addSheet('My notes');
  workbook.setCell('My notes', 'A1', 'Ideas for the next campaign');
  applyPlanToWorkbook(workbook, buildKpiMapPlan(wizard, workbook.snapshot(), { today: '2026-05-20' }).plan);
  return workbook;
}

/** Types example numbers into the KPI data sheet: one row per month (index into the example year) and channel. */
function enterExampleData(workbook: Workbook, months: readonly number[] = [0, 1, 2, 3, 4]): void {
  const data = findSheet(workbook.snapshot(), 'kpiData');
  if (!data) throw new Error('no KPI data sheet');
  const layout = readDataLayout(data);
  const column = (key: string) => layout.columns.get(`socialKpiKit.${key}`);
  let row = Math.max(layout.keyRow + 2, data.values.length + 1);
  for (const month of months) {
    for (const channel of CHANNELS) {
      workbook.setCell(data.name, cellA1(row, column('period') as number), toSerialDate(`2026-0${month + 1}-01`));
      workbook.setCell(data.name, cellA1(row, column('channel') as number), CHANNEL_NAMES[channel]);
      for (const [name, value] of Object.entries(exampleMonth(channel, month))) {
        const c = column(`input.${name}`);
        if (c !== undefined && value !== undefined) workbook.setCell(data.name, cellA1(row, c), value);
      }
      row++;
    }
  }
}

function buildReport(workbook: Workbook, language: Language = 'en') {
  const result = buildReportPlan(workbook.snapshot(), language);
  applyPlanToWorkbook(workbook, result.plan);
  return result;
}

/** The sum over both channels of one input in month m, from the same example numbers. */
function total(name: InputName, m: number): number {
  return CHANNELS.reduce((sum, channel) => sum + (exampleMonth(channel, m)[name] as number), 0);
}

function close(actual: unknown, expected: number, what: string): void {
  expect(typeof actual, `${what}: ${String(actual)}`).toBe('number');
  expect(Math.abs((actual as number) - expected), `${what}: ${String(actual)} vs ${expected}`).toBeLessThan(1e-9);
}

describe('the report plan', () => {
  it('groups the KPIs by business goal, then social-media goal', () => {
    const workbook = workbookWithMap();
    const { kpis } = buildReportPlan(workbook.snapshot(), 'en');
    expect(kpis.map((k) => `${k.goalName} / ${k.socialGoal} / ${k.kpi.id}`)).toEqual([
      'Be known in Aarhus / reach / follower_count',
      'Be known in Aarhus / engagement / amplification_rate',
      'Sell "more" =online / conversion / ctr',
      'Sell "more" =online / conversion / cpc',
    ]);
  });

  it('writes the whole report as native formulas: no add-on function anywhere, so it works without the add-on', () => {
    const { plan } = buildReportPlan(workbookWithMap().snapshot(), 'en');
    const [sheet] = plan.sheets;
    expect(sheet.key).toBe('report');
    expect(sheet.formulas).toHaveLength(1);
    const formulas = sheet.formulas?.[0].formulas.flat().filter((formula) => formula !== '') ?? [];
    expect(formulas.length).toBeGreaterThan(100);
    for (const formula of formulas) expect(usesAddOnFunctions(formula), formula).toBe(false);
  });

  it('has a line chart for each social-media goal, reading its trend table of the last periods', () => {
    const { plan, trends } = buildReportPlan(workbookWithMap().snapshot(), 'en');
    const charts = plan.sheets[0].charts ?? [];
    expect(trends.map((trend) => trend.socialGoal)).toEqual(['reach', 'engagement', 'conversion']);
    expect(charts.map((chart) => chart.title)).toEqual([
      'Reach: progress to target per period',
      'Engagement: progress to target per period',
      'Conversion and ROI: progress to target per period',
    ]);
    trends.forEach((trend, i) => {
      // The KPIs' columns, then the target's.
      const lastColumn = String.fromCharCode(66 + trend.kpis.length);
      expect(charts[i]).toMatchObject({
        type: 'line',
        ranges: [{ range: `A${trend.headerRow}:${lastColumn}${trend.headerRow + TREND_PERIODS}` }],
        anchor: `A${trend.headerRow + TREND_PERIODS + 2}`,
        valueAxis: { min: -1, max: 2, percent: true },
        legend: 'right',
        referenceSeries: [trend.kpis.length],
      });
    });
  });

  it('is written in the language of the KPI map, so statuses and channels match', () => {
    const workbook = workbookWithMap(input('da'));
    const result = buildReport(workbook, 'en');
    expect(result.language).toBe('da');
    expect(result.sheetName).toBe('KPI-rapport');
    expect(workbook.getValues('KPI-rapport', 'A6:C6')).toEqual([['KPI', 'Kanal', 'Udgangspunkt']]);
    expect(workbook.getValue('KPI-rapport', 'A4')).toBe('Nået');
  });

  it('before any data is entered the header says so, and previous period, change and trends stay blank', () => {
    const workbook = workbookWithMap();
    const { sheetName, kpis } = buildReport(workbook);
    expect(workbook.getValue(sheetName, 'B2')).toBe('no data yet');
    const [followers] = kpis.map((k) => workbook.getValues(sheetName, `A${k.row}:J${k.row}`)[0]);
    expect(followers.slice(0, 3)).toEqual(['Follower count', 'All channels', 30000]);
    expect(followers[3], 'previous period').toBe('');
    expect(followers[9], 'change since the previous period').toBe('');
    const { trends } = buildReportPlan(workbook.snapshot(), 'en');
    const first = trends[0].headerRow + 1;
    const trendCells = workbook.getValues(sheetName, `A${first}:B${first + TREND_PERIODS - 1}`).flat();
    expect(trendCells.every((value) => value === '')).toBe(true);
  });

  it('asks for the KPI map first when there is none, in the user language', () => {
    expect(() => buildReportPlan(new Workbook().snapshot(), 'nl')).toThrow(/Er is nog geen KPI-overzicht/);
  });
});

describe('the report on the in-memory workbook with example data', () => {
  it('shows baseline, previous, current, target, progress, bar, status and change, read from the map and data', () => {
    const workbook = workbookWithMap();
    enterExampleData(workbook);
    const { kpis, sheetName } = buildReport(workbook);
    const row = (id: string) => (kpis.find((k) => k.kpi.id === id) as { row: number }).row;
    const cells = (id: string) => workbook.getValues(sheetName, `A${row(id)}:J${row(id)}`)[0];

    const followers = cells('follower_count');
    expect(followers.slice(0, 3)).toEqual(['Follower count', 'All channels', 30000]);
    close(followers[3], total('total_followers', 3), 'followers, previous period');
    close(followers[4], total('total_followers', 4), 'followers, current');
    expect(followers[5]).toBe(40000);
    close(followers[6], (total('total_followers', 4) - 30000) / 10000, 'followers, progress');
    expect(followers[7]).toBe(barOf(followers[6] as number));
    close(
      followers[9],
      (total('total_followers', 4) - total('total_followers', 3)) / total('total_followers', 3),
      'followers, change',
    );

    const amplification = cells('amplification_rate');
    const instagram = exampleMonth('instagram', 4);
    const before = exampleMonth('instagram', 3);
    expect(amplification[1]).toBe('Instagram');
    close(amplification[4], (instagram.shares as number) / (instagram.total_followers as number), 'amplification');
    close(amplification[3], (before.shares as number) / (before.total_followers as number), 'amplification before');

    const cpc = cells('cpc');
    close(cpc[4], total('ad_spend', 4) / total('clicks', 4), 'cost per click');
    expect(typeof cpc[8]).toBe('string');
    expect(['Achieved', 'On track', 'Behind', 'Off track', 'Not started']).toContain(cpc[8]);
  });

  it('the header shows the latest period, the next review and how many KPIs have each status', () => {
    const workbook = workbookWithMap();
    enterExampleData(workbook);
    const { sheetName, kpis } = buildReport(workbook);
    expect(workbook.getCell(sheetName, 'B2').display).toBe('2026-05-01');
    expect(workbook.getValue(sheetName, 'B3')).not.toBe('');
    const statuses = kpis.map((k) => workbook.getValue(sheetName, `I${k.row}`));
    const counts = workbook.getValues(sheetName, 'A4:H4')[0];
    expect(counts).toEqual([
      'Achieved',
      statuses.filter((s) => s === 'Achieved').length,
      'On track',
      statuses.filter((s) => s === 'On track').length,
      'Behind',
      statuses.filter((s) => s === 'Behind').length,
      'Off track',
      statuses.filter((s) => s === 'Off track').length,
    ]);
  });

  it('colours statuses and styles the group headings', () => {
    const workbook = workbookWithMap();
    enterExampleData(workbook);
    const { sheetName, kpis } = buildReport(workbook);
    const status = kpis[0];
    const view = workbook.getCell(sheetName, `I${status.row}`);
    expect(view.style?.background, String(view.value)).toMatch(/^#/);
    expect(workbook.getCell(sheetName, 'A7').style).toMatchObject({ bold: true });
    expect(workbook.getCell(sheetName, 'A6').style).toMatchObject({ bold: true });
  });

  it('the trend tables hold the last periods, oldest first, and each KPI’s progress in them', () => {
    const workbook = workbookWithMap();
    enterExampleData(workbook);
    const { sheetName, trends, kpis } = buildReport(workbook);
    const reach = trends[0];
    const periods = workbook.getValues(sheetName, `A${reach.headerRow + 1}:A${reach.headerRow + TREND_PERIODS}`);
    expect(periods.flat().filter((value) => value !== '')).toEqual(MONTHS.map(toSerialDate));
    const progressNow = (total('total_followers', 4) - 30000) / 10000;
    expect(workbook.getValue(sheetName, `B${reach.headerRow}`)).toBe(
      `Follower count: ${Math.round(progressNow * 100)} %`,
    );
    const lastRow = reach.headerRow + TREND_PERIODS;
    close(
      workbook.getValue(sheetName, `B${lastRow}`),
      (total('total_followers', 4) - 30000) / 10000,
      'latest progress',
    );
    close(
      workbook.getValue(sheetName, `B${lastRow - 1}`),
      (total('total_followers', 3) - 30000) / 10000,
      'progress before',
    );
    const engagement = trends[1];
    expect(workbook.getValue(sheetName, `B${engagement.headerRow}`)).toMatch(
      /^Amplification rate · Instagram: -?\d+ %$/,
    );
    expect(kpis).toHaveLength(4);
  });

  it('updates when a new period is entered, without rebuilding', () => {
    const workbook = workbookWithMap();
    enterExampleData(workbook);
    const { sheetName, kpis } = buildReport(workbook);
    enterExampleData(workbook, [5]);
    expect(workbook.getCell(sheetName, 'B2').display).toBe('2026-06-01');
    const row = kpis[0].row;
    close(workbook.getValue(sheetName, `E${row}`), total('total_followers', 5), 'current after a new month');
    close(workbook.getValue(sheetName, `D${row}`), total('total_followers', 4), 'previous after a new month');
  });

  it('keeps reading the right KPI after the map is sorted', () => {
    const workbook = workbookWithMap();
    enterExampleData(workbook);
    const { sheetName, kpis } = buildReport(workbook);
    const before = kpis.map((k) => workbook.getValues(sheetName, `A${k.row}:J${k.row}`));
    const map = findSheet(workbook.snapshot(), 'kpiMap') as { name: string; values: unknown[][] };
    workbook.sortRows(map.name, 2, map.values.length, 3, false);
    expect(kpis.map((k) => workbook.getValues(sheetName, `A${k.row}:J${k.row}`))).toEqual(before);
  });

  it('rebuilding replaces only the report: an older, longer report is cleared, other tabs and notes are untouched', () => {
    const workbook = workbookWithMap();
    enterExampleData(workbook);
    const first = buildReport(workbook);
    const longRows = workbook.listSheets().find((s) => s.key === 'report')?.rows as number;
    workbook.attributes(workbook.sheet(first.sheetName), 2, 3).note = 'Ask Mette about March';
    const fewer = input();
    fewer.kpis = fewer.kpis.slice(0, 1);
    applyPlanToWorkbook(workbook, buildKpiMapPlan(fewer, workbook.snapshot(), { today: '2026-05-20' }).plan);
    const second = buildReport(workbook);
    expect(second.sheetName).toBe(first.sheetName);
    expect(workbook.listSheets().filter((s) => s.key === 'report')).toHaveLength(1);
    const rows = workbook.getValues(second.sheetName, `A1:A${longRows}`).flat();
    expect(rows.filter((value) => value === 'Amplification rate')).toEqual([]);
    expect(second.trends).toHaveLength(1);
    expect(workbook.getValue('My notes', 'A1')).toBe('Ideas for the next campaign');
    expect(workbook.getCell(second.sheetName, 'C2').note).toBe('Ask Mette about March');
  });

  it('shows a goal name with quotes or an equals sign as the text it is, stored as literal text', () => {
    const workbook = workbookWithMap();
    const { sheetName, kpis } = buildReport(workbook);
    const headingRow = (kpis.find((k) => k.kpi.id === 'ctr')?.row as number) - 2;
    expect(workbook.getValue(sheetName, `A${headingRow}`)).toBe('Sell "more" =online');
    const [source] = workbook.getFormulas(sheetName, `A${headingRow}`)[0];
    const literal = source.slice(2);
    expect(workbook.getFormulas(sheetName, literal)).toEqual([['']]);
    expect(workbook.getValue(sheetName, literal)).toBe('Sell "more" =online');
  });
});

/** Builds the report for `count` KPIs as the server does, twice; returns the document calls applying took. */
function reportCallsFor(count: number): { first: number; again: number } {
  const services: CountingServices = createCountingServices(['Sheet1']);
  const goals: SocialGoalId[] = ['reach', 'engagement', 'conversion'];
  const wizard = inputWithKpis(count);
  wizard.kpis = wizard.kpis.map((choice: KpiChoice, i) => ({ ...choice, socialGoal: goals[i % goals.length] }));
  const calls = { first: 0, again: 0 };
  withDocumentLock(services, () => {
    applyPlanToSpreadsheet(
      services.app,
      services.spreadsheet,
      buildKpiMapPlan(wizard, readSnapshot(services.spreadsheet)).plan,
    );
    for (const run of ['first', 'again'] as const) {
      const { plan } = buildReportPlan(readSnapshot(services.spreadsheet), 'en');
      services.resetLog();
      applyPlanToSpreadsheet(services.app, services.spreadsheet, plan);
      calls[run] = services.documentCalls();
    }
  });
  return calls;
}

describe('writing the report to Google Sheets', () => {
  it('costs the same number of SpreadsheetApp calls for 3, 20 and 60 KPIs', () => {
    const [small, medium, large] = [3, 20, 60].map(reportCallsFor);
    console.info(
      `Report calls (first, again): 3 KPIs ${JSON.stringify(small)}, 20 ${JSON.stringify(medium)}, 60 ${JSON.stringify(large)}`,
    );
    expect(medium).toEqual(small);
    expect(large).toEqual(small);
    // Measured: 24 the first time (the charts' data ranges come with the sheet's one getRangeList, so a chart
    // costs its insertChart; charts are one per social goal, never per KPI; one call grows the tab for the
    // hidden helper columns, which always start past column Z), 5 again (same formatting and charts:
    // only the cells are written).
    expect(small.first).toBeLessThanOrEqual(24);
    expect(small.again).toBeLessThanOrEqual(8);
  });
});

describe('the Build report menu item on Google Sheets', () => {
  function run(services: CountingServices, locale: string): string[] {
    const alerts: string[] = [];
    const ui = { ButtonSet: { OK: 'OK' }, alert: (_title: string, message: string) => alerts.push(message) };
    withAppsScriptGlobals(services, locale, ui, serverBuildReport);
    return alerts;
  }

  it('asks for the KPI map first when there is none', () => {
    const services = createCountingServices(['Sheet1']);
    expect(run(services, 'da_DK')).toEqual([
      'Der er intet KPI-kort endnu. Åbn guiden og byg KPI-kortet først, og byg så rapporten.',
    ]);
    expect(services.state.sheets).toHaveLength(1);
  });

  it('builds the report sheet with its charts, and rebuilding keeps one report', () => {
    const services = createCountingServices(['Sheet1']);
    withDocumentLock(services, () =>
      applyPlanToSpreadsheet(
        services.app,
        services.spreadsheet,
        buildKpiMapPlan(input(), readSnapshot(services.spreadsheet)).plan,
      ),
    );
    expect(run(services, 'en_GB')).toEqual([]);
    expect(run(services, 'en_GB')).toEqual([]);
    const reports = services.state.sheets.filter((sheet) => sheet.name.includes('report'));
    expect(reports).toEqual([services.state.sheetWithKey('report')]);
    expect(reports[0].name).toBe('KPI report');
    expect(reports[0].charts).toHaveLength(3);
    // Progress capped at −100 %…200 % on a fixed axis, the legend on the right, the target series dashed grey.
    const [reach] = reports[0].charts;
    expect(reach.options).toMatchObject({
      vAxis: { viewWindow: { min: -1, max: 2 }, format: 'percent' },
      legend: { position: 'right' },
      series: { 1: { color: '#5f6368', lineDashStyle: [6, 4] } },
    });
  });
});

describe('KPIs read from one answer per row', () => {
  it('CSAT and response time come from the answers sheet, per period and channel', () => {
    const wizard = input();
    wizard.businessGoals = [goal('g1', 'service', 'Happy customers')];
    wizard.kpis = [
      kpi('csat', { socialGoal: 'loyalty', baseline: '60%', target: '80%' }),
      kpi('response_time', { socialGoal: 'loyalty', channel: 'facebook', baseline: '10', target: '4' }),
    ];
    const workbook = workbookWithMap(wizard);
    const answers = findSheet(workbook.snapshot(), 'kpiAnswers');
    if (!answers) throw new Error('no answers sheet');
    const layout = readDataLayout(answers);
    const column = (key: string) => layout.columns.get(`socialKpiKit.${key}`) as number;
    // Three months of four answers each: scores and reply times (hours) per month.
    const scores = [
      [3, 4, 5, 3],
      [4, 5, 3, 4],
      [5, 3, 4, 5],
    ];
    const replyHours = [8, 6, 5];
    let row = layout.keyRow + 2;
    scores.forEach((monthScores, m) =>
      monthScores.forEach((score, a) => {
        const period = toSerialDate(`2026-0${m + 1}-01`);
        const set = (key: string, value: string | number) =>
          workbook.setCell(answers.name, cellA1(row, column(key)), value);
        set('period', period);
        set('channel', 'Facebook');
        set('answer.csat.scores', score);
        set('answer.response_time.received_at', period + a);
        set('answer.response_time.replied_at', period + a + replyHours[m] / 24);
        row++;
      }),
    );
    const { sheetName, kpis } = buildReport(workbook);
    const [csat, response] = kpis.map((k) => workbook.getValues(sheetName, `A${k.row}:J${k.row}`)[0]);
    close(csat[3], 3 / 4, 'CSAT previous month');
    close(csat[4], 3 / 4, 'CSAT current');
    close(response[3], 6, 'response time previous month (hours)');
    expect(Math.abs((response[4] as number) - 5)).toBeLessThan(1e-6);
    // Lower is better: 10 h → 5 h of the way to 4 h is 5/6 of the distance.
    expect(Math.abs((response[6] as number) - 5 / 6)).toBeLessThan(1e-6);
  });
});

/**
 * Comparisons with earlier periods and the capped progress bar (issue 13 §1, §3), on the in-memory
 * workbook with "Load example data" (13 months, 2025-03 … 2026-03, for Instagram and Facebook), checked
 * against figures worked out by hand from the example numbers (preview/app/exampleNumbers.ts):
 *
 *   month                 Instagram: followers, ad spend, clicks    Facebook: followers, sessions, bounces
 *   2025-03 (a year ago)  12,391   617.93 kr.   769                  8,917    408   220
 *   2026-02 (previous)    17,358   677.83 kr.   1,339                10,164   550   252
 *   2026-03 (latest)      17,865   681.39 kr.   1,222                10,268   549   249
 */
import { describe, expect, it } from 'vitest';
import { exampleDataPlan } from '../preview/app/exampleData.ts';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { columnLetters } from '../src/plan/a1.ts';
import { findSheet } from '../src/plan/snapshot.ts';
import { toSerialDate } from '../src/plan/serialDate.ts';
import type { CellValue } from '../src/plan/types.ts';
import { buildReportPlan } from '../src/report/reportPlan.ts';
import { CHANGE_COLORS } from '../src/wizard/sheetStyle.ts';
import { SHEET_TEXTS } from '../src/wizard/sheetTexts.ts';
import { applyWizardTo } from './support/kpiMapWorkbook.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';
import { barOf } from './support/progressBar.ts';

const TODAY = '2026-03-15';

const input = wizardInput({
  businessGoals: [goal('g1', 'awareness', 'Be known in Aarhus'), goal('g2', 'sales', 'Sell online')],
  kpis: [
    // Baseline 100, target 200: 28,133 followers are 28,033 % of the way, far beyond the bar.
    kpi('follower_count', { channel: 'all' }),
    kpi('cpc', {
      businessGoalId: 'g2',
      socialGoal: 'conversion',
      channel: 'instagram',
      baseline: '0.9',
      target: '0.5',
    }),
    // Baseline 30 %, target 20 %: a bounce rate of 45 % is −154 % of the way.
    kpi('bounce_rate', {
      businessGoalId: 'g2',
      socialGoal: 'conversion',
      channel: 'facebook',
      baseline: '30%',
      target: '20%',
    }),
  ],
  startDate: '2025-10-01',
});

/** The map with a year and a month of example data. */
function mapWithExampleData(): Workbook {
  const { workbook } = applyWizardTo(input, undefined, TODAY);
  const example = exampleDataPlan(workbook.snapshot(), input, TODAY);
  if (!example.ok) throw new Error(example.message);
  applyPlanToWorkbook(workbook, example.plan);
  return workbook;
}

/** A row of a tab as header → cell (value and style), for the row whose `keyHeader` cell is `keyText`. */
function rowOf(workbook: Workbook, key: string, keyHeader: string, keyText: string) {
  const sheet = findSheet(workbook.snapshot(), key);
  if (!sheet) throw new Error(`no ${key}`);
  const headerRow = sheet.values.findIndex((row) => row.includes(keyHeader));
  const header = sheet.values[headerRow].map(String);
  const row = sheet.values.findIndex((cells, i) => i > headerRow && cells[header.indexOf(keyHeader)] === keyText) + 1;
  const cell = (name: string) => {
    const column = header.indexOf(name);
    if (column < 0) throw new Error(`no column ${name} on ${sheet.name}: ${header.join(', ')}`);
    return workbook.getCell(sheet.name, `${columnLetters(column + 1)}${row}`);
  };
  return {
    value: (name: string): CellValue => cell(name).value,
    colour: (name: string) => cell(name).style?.fontColor,
  };
}

const mapRow = (workbook: Workbook, kpiName: string) => rowOf(workbook, 'kpiMap', 'KPI', kpiName);
const reportRow = (workbook: Workbook, kpiName: string) => rowOf(workbook, 'report', 'KPI', kpiName);

function close(actual: CellValue, expected: number, what: string): void {
  expect(typeof actual, `${what}: ${String(actual)}`).toBe('number');
  expect(Math.abs((actual as number) - expected), `${what}: ${String(actual)} vs ${expected}`).toBeLessThan(1e-6);
}

/** Deletes a channel's row of one period from the KPI data sheet, as a user would. */
function deleteDataRow(workbook: Workbook, period: string, channel: string): void {
  const data = findSheet(workbook.snapshot(), 'kpiData');
  if (!data) throw new Error('no KPI data');
  const row = data.values.findIndex((cells) => cells[0] === toSerialDate(period) && cells[1] === channel) + 1;
  expect(row, `${channel} in ${period}`).toBeGreaterThan(0);
  workbook.deleteRows(data.name, row);
}

describe('each KPI beside the previous period and the same period a year earlier', () => {
  it('on the map: followers over all channels, with the change since each (higher is better: green)', () => {
    const workbook = mapWithExampleData();
    const followers = mapRow(workbook, 'Follower count');
    // 17,865 + 10,268; 17,358 + 10,164; 12,391 + 8,917.
    expect(followers.value('Current value')).toBe(28_133);
    expect(followers.value('Previous period')).toBe(27_522);
    expect(followers.value('Same period a year earlier')).toBe(21_308);
    close(followers.value('Change since previous'), 611 / 27_522, 'change since previous'); // +2.2 %
    close(followers.value('Change in a year'), 6_825 / 21_308, 'change in a year'); // +32.0 %
    expect(followers.colour('Change since previous')).toBe(CHANGE_COLORS.better);
    expect(followers.colour('Change in a year')).toBe(CHANGE_COLORS.better);
  });

  it('a lower-is-better KPI: cost per click up 10 % on the month is red, down 31 % on the year is green', () => {
    const workbook = mapWithExampleData();
    const cpc = mapRow(workbook, 'Cost per click (CPC)');
    close(cpc.value('Current value'), 681.39 / 1_222, 'current'); // 0.5576
    close(cpc.value('Previous period'), 677.83 / 1_339, 'previous'); // 0.5062
    close(cpc.value('Same period a year earlier'), 617.93 / 769, 'a year earlier'); // 0.8036
    close(cpc.value('Change since previous'), (681.39 / 1_222 - 677.83 / 1_339) / (677.83 / 1_339), 'change'); // +10.2 %
    close(cpc.value('Change in a year'), (681.39 / 1_222 - 617.93 / 769) / (617.93 / 769), 'change in a year'); // −30.6 %
    expect(cpc.colour('Change since previous')).toBe(CHANGE_COLORS.worse);
    expect(cpc.colour('Change in a year')).toBe(CHANGE_COLORS.better);

    const bounce = mapRow(workbook, 'Bounce rate');
    close(bounce.value('Current value'), 249 / 549, 'bounce rate'); // 45.4 %
    close(bounce.value('Previous period'), 252 / 550, 'bounce rate before'); // 45.8 %
    expect(bounce.colour('Change since previous'), 'a falling bounce rate is good').toBe(CHANGE_COLORS.better);
  });

  it('a missing period leaves its comparison blank: no older period stands in for it', () => {
    const workbook = mapWithExampleData();
    deleteDataRow(workbook, '2026-02-01', 'Instagram');
    deleteDataRow(workbook, '2025-03-01', 'Facebook');
    const cpc = mapRow(workbook, 'Cost per click (CPC)');
    close(cpc.value('Current value'), 681.39 / 1_222, 'current');
    expect(cpc.value('Previous period'), 'Instagram has no February').toBe('');
    expect(cpc.value('Change since previous')).toBe('');
    close(cpc.value('Same period a year earlier'), 617.93 / 769, 'a year earlier is still there');
    const bounce = mapRow(workbook, 'Bounce rate');
    expect(bounce.value('Same period a year earlier'), 'Facebook has no March 2025').toBe('');
    expect(bounce.value('Change in a year')).toBe('');
    close(bounce.value('Previous period'), 252 / 550, 'the previous period is still there');
  });

  it('a follower count typed twice for a channel in one period counts once', () => {
    const workbook = mapWithExampleData();
    const data = findSheet(workbook.snapshot(), 'kpiData');
    if (!data) throw new Error('no KPI data');
    const next = data.values.length + 1;
    const column = (label: string) => columnLetters(data.values[1].indexOf(label) + 1);
    workbook.setCell(data.name, `${column('Period')}${next}`, toSerialDate('2026-03-01'));
    workbook.setCell(data.name, `${column('Channel')}${next}`, 'Instagram');
    workbook.setCell(data.name, `${column('Total followers')}${next}`, 17_800);
    expect(mapRow(workbook, 'Follower count').value('Current value'), 'not 45,933').toBe(28_133);
  });

  it('in the report, with the same values and colours as on the map', () => {
    const workbook = mapWithExampleData();
    applyPlanToWorkbook(workbook, buildReportPlan(workbook.snapshot(), 'en').plan);
    const followers = reportRow(workbook, 'Follower count');
    expect(followers.value('Current')).toBe(28_133);
    expect(followers.value('Previous period')).toBe(27_522);
    expect(followers.value('Same period a year earlier')).toBe(21_308);
    close(followers.value('Change since previous period'), 611 / 27_522, 'change since previous');
    close(followers.value('Change in a year'), 6_825 / 21_308, 'change in a year');
    const cpc = reportRow(workbook, 'Cost per click (CPC)');
    close(cpc.value('Previous period'), 677.83 / 1_339, 'previous');
    close(cpc.value('Same period a year earlier'), 617.93 / 769, 'a year earlier');
    expect(cpc.colour('Change since previous period')).toBe(CHANGE_COLORS.worse);
    expect(cpc.colour('Change in a year')).toBe(CHANGE_COLORS.better);
    expect(followers.colour('Change in a year')).toBe(CHANGE_COLORS.better);

    deleteDataRow(workbook, '2026-02-01', 'Instagram');
    expect(reportRow(workbook, 'Cost per click (CPC)').value('Previous period')).toBe('');
  });
});

describe('progress: the real figure in the cell, the bar capped at −100 %…200 %', () => {
  it('on the map and in the report', () => {
    const workbook = mapWithExampleData();
    applyPlanToWorkbook(workbook, buildReportPlan(workbook.snapshot(), 'en').plan);
    const followers = mapRow(workbook, 'Follower count');
    close(followers.value('Progress'), (28_133 - 100) / 100, 'followers progress'); // 28,033 %
    expect(followers.value('Progress bar')).toBe('░░░░░│█████┃█████▶');
    const bounce = mapRow(workbook, 'Bounce rate');
    close(bounce.value('Progress'), (249 / 549 - 0.3) / (0.2 - 0.3), 'bounce rate progress'); // −154 %
    expect(bounce.value('Progress bar')).toBe('◀█████│░░░░░┃░░░░░');
    const cpc = mapRow(workbook, 'Cost per click (CPC)');
    const cpcProgress = (681.39 / 1_222 - 0.9) / (0.5 - 0.9); // 86 %: four blocks of five
    close(cpc.value('Progress'), cpcProgress, 'cpc progress');
    expect(cpc.value('Progress bar')).toBe('░░░░░│████░┃░░░░░');

    const report = reportRow(workbook, 'Follower count');
    close(report.value('Progress'), (28_133 - 100) / 100, 'report progress');
    expect(report.value('Progress bar')).toBe(barOf(report.value('Progress') as number));
    expect(reportRow(workbook, 'Bounce rate').value('Progress bar')).toBe('◀█████│░░░░░┃░░░░░');
  });
});

describe('a KPI map made by the previous version', () => {
  /** The map as the previous version laid it out: no comparisons, no bar, four hidden columns. */
  const OLD_COLUMNS = [
    ...(
      [
        ...['goal', 'socialGoal', 'kpi', 'measures', 'channel', 'owner', 'cadence', 'baseline', 'target'],
        ...['deadline', 'current', 'progress', 'status', 'nextReview'],
      ] as const
    ).map((id) => SHEET_TEXTS.en.mapHeaders[id]),
    'socialKpiKit.settings',
    'socialKpiKit.rowKey',
    'socialKpiKit.start',
    'socialKpiKit.written',
    SHEET_TEXTS.en.mapHeaders.notes,
  ];

  /** Rewrites the map tab in the previous version's layout, with its values and formulas. */
  function asPreviousVersion(workbook: Workbook): void {
    const map = findSheet(workbook.snapshot(), 'kpiMap');
    if (!map) throw new Error('no map');
    const header = map.values[0].map(String);
    const from = OLD_COLUMNS.map((name) => header.findIndex((text) => text === name || text.startsWith(`${name} `)));
    expect(from.every((column) => column >= 0)).toBe(true);
    const width = Math.max(...map.values.map((row) => row.length));
    map.values.forEach((row, r) => {
      const cells = from.map((column) => map.formulas[r]?.[column] || row[column]);
      for (let c = 0; c < width; c++) {
        const value = c < cells.length ? cells[c] : null;
        workbook.setCell(map.name, `${columnLetters(c + 1)}${r + 1}`, value === '' ? null : value);
      }
    });
  }

  it('gets the new columns to the right of everything, keeps what users typed, and compares', () => {
    const workbook = mapWithExampleData();
    asPreviousVersion(workbook);
    const before = mapRow(workbook, 'Cost per click (CPC)');
    expect(() => before.value('Previous period')).toThrow(/no column Previous period/);
    workbook.setCell('KPI map', 'F3', 'Sofie');
    workbook.setCell('KPI map', 'S3', 'Campaign in May');
    applyWizardTo(input, workbook, TODAY);

    const header = findSheet(workbook.snapshot(), 'kpiMap')?.values[0].map(String) ?? [];
    expect(header.slice(0, 14)).toEqual(OLD_COLUMNS.slice(0, 14));
    expect(header[18]).toBe('Notes');
    expect(header.slice(19)).toEqual(
      expect.arrayContaining(['Previous period', 'Change in a year', 'Progress bar', 'socialKpiKit.better']),
    );
    const cpc = mapRow(workbook, 'Cost per click (CPC)');
    expect(cpc.value('Owner')).toBe('Sofie');
    expect(cpc.value('Notes')).toBe('Campaign in May');
    close(cpc.value('Previous period'), 677.83 / 1_339, 'previous');
    close(cpc.value('Same period a year earlier'), 617.93 / 769, 'a year earlier');
    expect(cpc.colour('Change since previous')).toBe(CHANGE_COLORS.worse);
    expect(mapRow(workbook, 'Follower count').value('Progress bar')).toBe('░░░░░│█████┃█████▶');
  });
});

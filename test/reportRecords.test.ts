/**
 * Build report on a KPI map whose hidden per-row records were cleared or damaged: the report reads
 * a row the way the wizard does (its Status cell tells a retired row, its "Social media goal" cell
 * the goal it is filed under), so a retired KPI stays off the report and no KPI changes goal.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../src/catalog/types.ts';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { createWizardServer } from '../src/commands/wizardServer.ts';
import { dateToSerial, fromSerialDate } from '../src/plan/serialDate.ts';
import { REPORT_CHECK_TEXTS } from '../src/report/reportCheckTexts.ts';
import type { ServerApi, WizardInput } from '../src/shared/wizardApi.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import { newWorkbook } from './support/kpiMapWorkbook.ts';
import { runMenuCommand } from './support/menuCommands.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

const MAP_TAB: Record<Language, string> = { en: 'KPI map', da: 'KPI-kort', nl: 'KPI-kaart' };

function server(): { workbook: Workbook; api: ServerApi } {
  const workbook = newWorkbook();
  return {
    workbook,
    api: createWizardServer(workbookDoor(workbook, { locale: 'en-US', today: '2026-03-01' })),
  };
}

function fourKpis(language: Language): WizardInput {
  return wizardInput(
    {
      businessGoals: [
        goal('g1', 'awareness', 'Be known'),
        goal('g2', 'service', 'Happy customers'),
        goal('g3', 'community', 'Fans'),
      ],
      kpis: [
        kpi('follower_count'),
        kpi('csat', { businessGoalId: 'g2', socialGoal: 'loyalty', baseline: '60%', target: '80%' }),
        // Filed under goals other than the ones these KPIs measure by nature (conversion and reach).
        kpi('support_cost_per_customer', { businessGoalId: 'g2', socialGoal: 'loyalty', baseline: '12', target: '9' }),
        kpi('shares', { businessGoalId: 'g3', socialGoal: 'engagement', baseline: '100', target: '150' }),
      ],
    },
    language,
  );
}

/** The map's cell holding the hidden "written" record of the row showing `kpiName`. */
function recordCell(workbook: Workbook, tab: string, kpiName: string): string {
  const sheet = workbook.snapshot().sheets.find((s) => s.name === tab);
  if (!sheet) throw new Error(`No tab ${tab}`);
  const column = sheet.values[0].indexOf('socialKpiKit.written');
  const row = sheet.values.findIndex((cells) => cells.includes(kpiName));
  if (column < 0 || row < 0) throw new Error(`No record cell for ${kpiName}`);
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

/** Column A of the report as the manager reads it: goal and social-goal headings, KPI names, trend titles. */
function reportLines(workbook: Workbook, language: Language = 'en'): string[] {
  expect(runMenuCommand('buildReport', workbook, language).status).not.toBeNull();
  const report = workbook.snapshot().sheets.find((s) => s.key === 'report');
  if (!report) throw new Error('No report tab');
  return report.values.map((cells) => String(cells[0] ?? '')).filter((text) => text !== '');
}

/** The report's lines for the map built from fourKpis() with CSAT retired: every other KPI under the goal it was filed under. */
const withoutCsat = (workbook: Workbook) => [
  'KPI report',
  'Latest period',
  'Next review',
  'Achieved',
  REPORT_CHECK_TEXTS.en.offTrackSince,
  'KPI',
  'Be known',
  'Reach',
  'Follower count',
  'Happy customers',
  'Loyalty and satisfaction',
  'Support cost per customer',
  'Fans',
  'Engagement',
  'Shares',
  REPORT_CHECK_TEXTS.en.dataChecks,
  // The data checks say the day they ran: today in the spreadsheet's time zone.
  REPORT_CHECK_TEXTS.en.dataChecksIntro(
    fromSerialDate(Math.floor(dateToSerial(new Date(), workbook.snapshot().timeZone))),
  ),
  REPORT_CHECK_TEXTS.en.nothingYet('KPI data'),
  'Reach: progress to target per period',
  REPORT_CHECK_TEXTS.en.chartNote,
  'Period',
  'Engagement: progress to target per period',
  REPORT_CHECK_TEXTS.en.chartNote,
  'Period',
  'Loyalty and satisfaction: progress to target per period',
  REPORT_CHECK_TEXTS.en.chartNote,
  'Period',
];

describe('Build report on a map whose hidden row records were cleared or damaged', () => {
  for (const damage of ['', '{"written":null}', '[]', 'some text']) {
    it(`leaves a retired KPI off the report when its record holds ${JSON.stringify(damage)}`, () => {
      const { workbook, api } = server();
      const first = fourKpis('en');
      api.applyWizard(first);
      // The review drops CSAT: the row stays on the map, marked Retired, and off the report.
      api.applyWizard({ ...first, kpis: first.kpis.filter((choice) => choice.kpiId !== 'csat') });
      expect(reportLines(workbook)).toEqual(withoutCsat(workbook));
      workbook.setCell('KPI map', recordCell(workbook, 'KPI map', 'Customer satisfaction (CSAT)'), damage);
      expect(reportLines(workbook)).toEqual(withoutCsat(workbook));
    });
  }

  it('leaves a retired KPI off a Danish report when its record was cleared', () => {
    const { workbook, api } = server();
    const first = fourKpis('da');
    api.applyWizard(first);
    api.applyWizard({ ...first, kpis: first.kpis.filter((choice) => choice.kpiId !== 'csat') });
    const before = reportLines(workbook, 'da');
    workbook.setCell(MAP_TAB.da, recordCell(workbook, MAP_TAB.da, 'Kundetilfredshed (CSAT)'), '');
    const lines = reportLines(workbook, 'da');
    expect(lines).toEqual(before);
    expect(lines).not.toContain('Kundetilfredshed (CSAT)');
  });

  it('files record-less active KPIs under the social goals their rows show, not the ones they measure by nature', () => {
    const { workbook, api } = server();
    api.applyWizard(fourKpis('en'));
    const before = reportLines(workbook);
    const names = ['Follower count', 'Customer satisfaction (CSAT)', 'Support cost per customer', 'Shares'];
    for (const name of names) workbook.setCell('KPI map', recordCell(workbook, 'KPI map', name), '');
    const lines = reportLines(workbook);
    expect(lines).toEqual(before);
    // CSAT and support cost under loyalty (support cost is not moved to conversion), shares under engagement.
    expect(lines.slice(lines.indexOf('Happy customers'), lines.indexOf(REPORT_CHECK_TEXTS.en.dataChecks))).toEqual([
      'Happy customers',
      'Loyalty and satisfaction',
      'Customer satisfaction (CSAT)',
      'Support cost per customer',
      'Fans',
      'Engagement',
      'Shares',
    ]);
    expect(lines).not.toContain('Conversion and ROI');
  });
});

describe('Build report when the map’s settings record is damaged too', () => {
  it('heads each KPI with the business goal name its row shows, not the goal’s hidden id', () => {
    const { workbook, api } = server();
    api.applyWizard(fourKpis('en'));
    const before = reportLines(workbook);
    const header = workbook.getValues('KPI map', 'A1:Z1')[0];
    const settings = header.findIndex((text) => String(text).startsWith('socialKpiKit.settings'));
    workbook.setCell('KPI map', `${String.fromCharCode(65 + settings)}1`, 'socialKpiKit.settings not json');
    for (const name of ['Follower count', 'Customer satisfaction (CSAT)', 'Support cost per customer', 'Shares']) {
      workbook.setCell('KPI map', recordCell(workbook, 'KPI map', name), '');
    }
    const lines = reportLines(workbook);
    expect(lines).toEqual(before);
    expect(lines).toEqual(expect.arrayContaining(['Be known', 'Happy customers', 'Fans']));
  });
});

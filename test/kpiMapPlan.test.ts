import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import type { Plan, SheetPlan } from '../src/plan/types.ts';
import { fromSerialDate, toSerialDate } from '../src/plan/serialDate.ts';
import { createWizardServer } from '../src/commands/wizardServer.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import { applyWizardTo, mapRecords, newWorkbook, typeDataRows } from './support/kpiMapWorkbook.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

/** 'YYYY-MM-DD' `days` from the real today: status formulas use TODAY(), so test dates move with it. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const sheetOf = (plan: Plan, key: string) => plan.sheets.find((sheet) => sheet.key === key) as SheetPlan;

/** Awareness with follower count on Instagram and amplification on all channels; service with CSAT and response time. */
const twoGoals = wizardInput({
  startDate: daysFromNow(-30),
  businessGoals: [goal('g1', 'awareness', 'Be known in Aarhus'), goal('g2', 'service', 'Happy customers')],
  kpis: [
    kpi('follower_count', { channel: 'instagram', baseline: '1000', target: '2000', deadline: daysFromNow(335) }),
    kpi('amplification_rate', { baseline: '1%', target: '2%', deadline: daysFromNow(335) }),
    kpi('csat', {
      businessGoalId: 'g2',
      socialGoal: 'loyalty',
      baseline: '50%',
      target: '80%',
      deadline: daysFromNow(335),
    }),
    kpi('response_time', {
      businessGoalId: 'g2',
      socialGoal: 'loyalty',
      baseline: '10',
      target: '2',
      deadline: daysFromNow(335),
    }),
  ],
});

describe('the KPI map plan', () => {
  it('has the columns the issue lists, in the user language, one row per KPI', () => {
    const { workbook } = applyWizardTo(twoGoals);
    const rows = mapRecords(workbook);
    expect(rows).toHaveLength(4);
    expect(Object.keys(rows[0]).slice(0, 19)).toEqual([
      'Business goal',
      'Social media goal',
      'KPI',
      'What it measures',
      'Channel',
      'Owner',
      'Cadence',
      'Baseline',
      'Target',
      'Deadline',
      'Current value',
      'Previous period',
      'Change since previous',
      'Same period a year earlier',
      'Change in a year',
      'Progress',
      'Progress bar',
      'Status',
      'Next review',
    ]);
    expect(Object.keys(rows[0])).toContain('Notes');
    expect(rows[0]).toMatchObject({
      'Business goal': 'Be known in Aarhus',
      'Social media goal': 'Reach',
      KPI: 'Follower count',
      Channel: 'Instagram',
      Cadence: 'Monthly',
      Baseline: 1000,
      Target: 2000,
      Deadline: toSerialDate(daysFromNow(335)),
    });
    expect(rows[1].Baseline).toBeCloseTo(0.01);
  });

  it('names tabs and headers in Danish and Dutch', () => {
    const da = buildKpiMapPlan({ ...twoGoals, language: 'da' }, newWorkbook().snapshot());
    expect(da.plan.sheets.map((s) => s.name)).toEqual(['KPI-data', 'KPI-svar', 'KPI-kort']);
    expect(sheetOf(da.plan, 'kpiMap').values?.[0].values[0].slice(0, 3)).toEqual([
      'Forretningsmål',
      'Mål for sociale medier',
      'KPI',
    ]);
    const nl = buildKpiMapPlan({ ...twoGoals, language: 'nl' }, newWorkbook().snapshot());
    expect(nl.plan.sheets.map((s) => s.name)).toEqual(['KPI-gegevens', 'KPI-antwoorden', 'KPI-overzicht']);
    expect(sheetOf(nl.plan, 'kpiData').values?.[0].values[1]).toEqual([
      'Periode',
      'Kanaal',
      'Totaal aantal volgers',
      'Keren gedeeld',
      'Importlogboek',
      'Notitie: waarom het veranderde',
    ]);
  });

  it('gives the data sheet exactly the input columns the chosen KPIs need, each with a note on where to find it', () => {
    const { result } = applyWizardTo(twoGoals);
    const data = sheetOf(result.plan, 'kpiData');
    expect(data.values?.[0].values[1]).toEqual([
      'Period',
      'Channel',
      'Total followers',
      'Shares',
      'Import record',
      'Note: why it moved',
    ]);
    const notes = data.notes?.[0].notes[0] ?? [];
    expect(notes[2]).toContain('Facebook/Instagram Insights');
    expect(data.frozenRows).toBe(2);
    // The import's record of what it wrote on each row (src/import/writePlanRecord.ts) is there, hidden.
    expect(data.hiddenColumns).toEqual(['E']);
    const answers = sheetOf(result.plan, 'kpiAnswers');
    expect(answers.values?.[0].values[1]).toEqual([
      'Period',
      'Channel',
      'Survey answers (Customer satisfaction (CSAT))',
      'Message received at (Response time)',
      'First reply at (Response time)',
    ]);
  });

  it('computes current value, progress and status with native formulas only', () => {
    const { result } = applyWizardTo(twoGoals);
    const formulas = sheetOf(result.plan, 'kpiMap').formulas!.flatMap((block) => block.formulas.flat());
    expect(formulas.length).toBeGreaterThan(0);
    for (const name of SHEET_FUNCTIONS.map((f) => f.functionName)) {
      const custom = formulas.find((formula) => new RegExp(`(^|[^A-Z_.])${name}\\(`).test(formula));
      expect(custom, `${name} used in a map formula`).toBeUndefined();
    }
  });

  it('stays clean while there is no data: no current value, no progress, status Not started', () => {
    const { workbook } = applyWizardTo(twoGoals);
    for (const row of mapRecords(workbook)) {
      expect(row['Current value']).toBe('');
      expect(row.Progress).toBe('');
      expect(row.Status).toBe('Not started');
    }
  });

  it('stays clean with no data for a KPI tracked over all channels (the label rows are not data)', () => {
    const allChannels = wizardInput({
      startDate: daysFromNow(-30),
      businessGoals: [goal('g1', 'awareness', 'Be known in Aarhus')],
      kpis: [kpi('follower_count', { channel: 'all', baseline: '1000', target: '2000', deadline: daysFromNow(335) })],
    });
    const { workbook } = applyWizardTo(allChannels);
    const [row] = mapRecords(workbook);
    expect(row['Current value']).toBe('');
    expect(row.Progress).toBe('');
    expect(row.Status).toBe('Not started');
  });

  it('reads the latest period from the data sheets: current value, progress and status compute', () => {
    const { workbook } = applyWizardTo(twoGoals);
    const earlier = daysFromNow(-60);
    const latest = daysFromNow(-30);
    typeDataRows(workbook, 'KPI data', [
      { Period: earlier, Channel: 'Instagram', 'Total followers': 1100, Shares: 5 },
      { Period: latest, Channel: 'Instagram', 'Total followers': 1800, Shares: 20 },
      { Period: latest, Channel: 'Facebook', 'Total followers': 700, Shares: 30 },
    ]);
    typeDataRows(workbook, 'KPI answers', [
      { Period: latest, Channel: 'Facebook', 'Survey answers (Customer satisfaction (CSAT))': 5 },
      { Period: latest, Channel: 'Instagram', 'Survey answers (Customer satisfaction (CSAT))': 4 },
      { Period: latest, Channel: 'Instagram', 'Survey answers (Customer satisfaction (CSAT))': 2 },
      {
        Period: latest,
        Channel: 'Facebook',
        'Message received at (Response time)': `${latest} 10:00`,
        'First reply at (Response time)': `${latest} 14:00`,
      },
      {
        Period: latest,
        Channel: 'Facebook',
        'Message received at (Response time)': `${latest} 09:00`,
        'First reply at (Response time)': `${latest} 11:00`,
      },
    ]);
    const [followers, amplification, csat, responseTime] = mapRecords(workbook);
    // Instagram only: 1800 followers, 80 % of the way from 1000 to 2000, well ahead of the time elapsed.
    expect(followers).toMatchObject({ 'Current value': 1800, Status: 'On track' });
    expect(followers.Progress).toBeCloseTo(0.8);
    // All channels of the latest period: (20 + 30) shares ÷ (1800 + 700) followers = 2 %: the target.
    expect(amplification['Current value']).toBeCloseTo(0.02);
    expect(amplification.Status).toBe('Achieved');
    // Two of three answers are 4 or 5.
    expect(csat['Current value']).toBeCloseTo(2 / 3);
    // (4 h + 2 h) ÷ 2 = 3 h, lower is better: 7 of the 8 hours to gain from 10 h to 2 h.
    expect(responseTime['Current value']).toBeCloseTo(3);
    expect(responseTime.Progress).toBeCloseTo(7 / 8);
    expect(responseTime.Status).toBe('On track');
  });

  it('shows #N/A, not a plausible number, while the latest period holds input the sheet functions refuse', () => {
    const { workbook } = applyWizardTo(twoGoals);
    const latest = daysFromNow(-30);
    typeDataRows(workbook, 'KPI data', [
      // A negative follower count: AMPLIFICATION_RATE and the follower count would refuse it.
      { Period: latest, Channel: 'Instagram', 'Total followers': -1800, Shares: 20 },
      { Period: latest, Channel: 'Facebook', 'Total followers': 700, Shares: 30 },
    ]);
    typeDataRows(workbook, 'KPI answers', [
      { Period: latest, Channel: 'Facebook', 'Survey answers (Customer satisfaction (CSAT))': 5 },
      { Period: latest, Channel: 'Facebook', 'Survey answers (Customer satisfaction (CSAT))': 'very happy' },
    ]);
    const [followers, amplification, csat] = mapRecords(workbook);
    for (const row of [followers, amplification, csat]) {
      expect(row['Current value'], String(row.KPI)).toBe('#N/A');
      expect(row.Progress, String(row.KPI)).toBe('#N/A');
      expect(row.Status, String(row.KPI)).toBe('#N/A');
    }
    // Corrected, the numbers come back.
    workbook.setCell('KPI data', 'C3', 1800);
    expect(mapRecords(workbook)[0]['Current value']).toBe(1800);
  });

  it('follows a channel changed in the map: the current value then reads that channel', () => {
    const { workbook } = applyWizardTo(twoGoals);
    typeDataRows(workbook, 'KPI data', [
      { Period: daysFromNow(-30), Channel: 'Instagram', 'Total followers': 1800 },
      { Period: daysFromNow(-30), Channel: 'Facebook', 'Total followers': 700 },
    ]);
    workbook.setCell('KPI map', 'E2', 'Facebook');
    expect(mapRecords(workbook)[0]['Current value']).toBe(700);
  });

  it('shows status labels in the user language', () => {
    const { workbook } = applyWizardTo({ ...twoGoals, language: 'da' });
    typeDataRows(workbook, 'KPI-data', [{ Periode: daysFromNow(-30), Kanal: 'Instagram', 'Følgere i alt': 1800 }]);
    const [followers, amplification] = mapRecords(workbook, 'kpiMap');
    expect(followers.Status).toBe('På rette spor');
    expect(amplification.Status).toBe('Ikke startet');
  });

  it('shows "Review due" once the next review date has passed, and the date until then', () => {
    const past = wizardInput({
      startDate: daysFromNow(-400),
      kpis: [kpi('follower_count', { deadline: daysFromNow(30) })],
    });
    const { workbook } = applyWizardTo(past, newWorkbook(), daysFromNow(-399));
    expect(mapRecords(workbook)[0]['Next review']).toBe('Review due');
    const { workbook: current } = applyWizardTo(past, newWorkbook(), daysFromNow(0));
    const next = mapRecords(current)[0]['Next review'] as number;
    expect(fromSerialDate(next) > daysFromNow(0)).toBe(true);
  });

  it('formats fractions as %, money as currency, hours and dates; channel and cadence have dropdowns; deadlines must be dates', () => {
    const input = wizardInput({
      businessGoals: [goal('g1', 'sales')],
      kpis: [
        kpi('ctr', { baseline: '1%', target: '2%' }),
        kpi('cpc', { baseline: '5', target: '4' }),
        kpi('response_time', { baseline: '10', target: '2' }),
      ],
    });
    const map = sheetOf(buildKpiMapPlan(input, newWorkbook().snapshot(), { today: '2026-03-01' }).plan, 'kpiMap');
    const formatOf = (range: string) => map.numberFormats?.find((f) => f.range === range)?.format;
    expect(formatOf('H2')).toBe('0.0%');
    expect(formatOf('K2')).toBe('0.0%');
    expect(formatOf('I3')).toBe('#,##0.00 "kr."');
    expect(formatOf('K4')).toBe('0.0 "h"');
    expect(formatOf('J2:J4')).toBe('yyyy-mm-dd');
    const rules = map.validations?.map((v) => [v.range.replace(/\d+/g, ''), v.rule.kind, v.reject]);
    expect(rules).toEqual([
      ['E:E', 'list', false],
      ['G:G', 'list', false],
      ['J:J', 'date', true],
    ]);
    expect(map.frozenRows).toBe(1);
    expect(map.protections).toEqual([{ range: 'K1:Z4', description: 'Calculated by the KPI map', warningOnly: true }]);
    expect(map.hiddenColumns).toEqual(['T:Z']);
    const colours = map.conditionalFormats?.filter((rule) => rule.ranges[0].startsWith('R'));
    expect(colours?.map((rule) => rule.when)).toEqual(
      expect.arrayContaining([
        { kind: 'textEquals', text: 'Achieved' },
        { kind: 'textEquals', text: 'Off track' },
        { kind: 'textEquals', text: 'Retired' },
      ]),
    );
  });

  it.each(['=IMPORTXML("http://x")', '+1', '-x', '@x', "'quoted", '2026-01-01'])(
    'writes %s typed as a goal name, owner or notes literally, as text',
    (typed) => {
      const input = wizardInput({
        businessGoals: [goal('g1', 'awareness', typed)],
        kpis: [kpi('follower_count', { owner: typed, notes: typed })],
      });
      const { workbook } = applyWizardTo(input);
      for (const a1 of ['A2', 'F2', 'AA2']) {
        const cell = workbook.getCell('KPI map', a1);
        expect(cell.formula, a1).toBe('');
        expect(cell.value, a1).toBe(typed);
      }
    },
  );

  it('never touches a sheet the add-on did not create, and gives new tabs a free name', () => {
    const workbook = newWorkbook();
    workbook.addSheet('KPI map');
    workbook.setCell('KPI map', 'A1', 'my own notes');
    const { result } = applyWizardTo(twoGoals, workbook);
    expect(result.plan.sheets.map((s) => s.name)).toContain('KPI map (2)');
    expect(workbook.getValue('KPI map', 'A1')).toBe('my own notes');
    expect(
      workbook
        .getValues('KPI map', 'A2:C3')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });
});

describe('the wizard server on a workbook', () => {
  const server = (workbook = newWorkbook()) => ({
    workbook,
    api: createWizardServer(workbookDoor(workbook, { locale: 'da_DK', today: '2026-03-01' })),
  });

  it('writes nothing when the input is invalid, and says why', () => {
    const { workbook, api } = server();
    const summary = api.applyWizard(wizardInput({ kpis: [kpi('follower_count', { target: 'lots' })] }));
    expect(summary.ok).toBe(false);
    expect(summary.messages[0].field).toBe('kpis.0.target');
    expect(workbook.listSheets().map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('summarises what it did: sheets created, rows added, updated and retired', () => {
    const { api } = server();
    const first = api.applyWizard(twoGoals);
    expect(first).toEqual({
      ok: true,
      messages: [],
      sheetsCreated: ['KPI data', 'KPI answers', 'KPI map'],
      rowsAdded: 4,
      rowsUpdated: 0,
      rowsRetired: 0,
      mapSheetName: 'KPI map',
      notices: [],
    });
    const second = api.applyWizard({ ...twoGoals, kpis: [...twoGoals.kpis.slice(1), kpi('impressions')] });
    expect(second).toMatchObject({ sheetsCreated: [], rowsAdded: 1, rowsUpdated: 3, rowsRetired: 1 });
  });

  it('gives the model in the user locale, pre-filled from the map with what was typed in the sheet', () => {
    const { workbook, api } = server();
    expect(api.getWizardModel(null)).toMatchObject({ language: 'da', current: null, today: '2026-03-01' });
    api.applyWizard(twoGoals);
    workbook.setCell('KPI map', 'I3', '2.5%');
    workbook.setCell('KPI map', 'F2', 'Jens');
    const model = api.getWizardModel('nl');
    expect(model.language).toBe('nl');
    expect(model.current?.businessGoals).toEqual(twoGoals.businessGoals);
    expect(model.current?.startDate).toBe(twoGoals.startDate);
    expect(model.current?.kpis[0]).toMatchObject({
      kpiId: 'follower_count',
      channel: 'instagram',
      owner: 'Jens',
      baseline: '1000',
    });
    expect(model.current?.kpis[1]).toMatchObject({ kpiId: 'amplification_rate', baseline: '1%', target: '2,5%' });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('switches the map to Danish on a re-run in Danish, keeping tab names and typed values', () => {
    const { workbook, api } = server();
    api.applyWizard(twoGoals);
    workbook.setCell('KPI map', 'F2', 'Jens');
    const current = api.getWizardModel('da').current as typeof twoGoals;
    expect(api.applyWizard({ ...current, language: 'da' })).toMatchObject({ ok: true, rowsUpdated: 4, rowsAdded: 0 });
    const [followers] = mapRecords(workbook);
    expect(followers).toMatchObject({ Forretningsmål: 'Be known in Aarhus', Ansvarlig: 'Jens', Hyppighed: 'Månedlig' });
    expect(workbook.listSheets().map((s) => s.name)).toEqual(['Sheet1', 'KPI data', 'KPI answers', 'KPI map']);
    expect(workbook.getValues('KPI data', 'A2:C2')).toEqual([['Periode', 'Kanal', 'Følgere i alt']]);
  });

  it('brings the map to the front, or says there is none yet', () => {
    const { workbook, api } = server();
    expect(() => api.activateKpiMap()).toThrow(/Der er endnu intet KPI-kort/);
    api.applyWizard(twoGoals);
    workbook.activeSheetId = workbook.sheet('Sheet1').sheetId;
    api.activateKpiMap();
    expect(workbook.activeSheetId).toBe(workbook.sheet('KPI map').sheetId);
  });
});

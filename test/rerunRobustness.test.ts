/**
 * Re-runs that must lose nothing: across a language switch, with two wizards open at once, and on
 * sheets whose hidden parts (the data sheet's key row, the map's records) were deleted or damaged.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { createWizardServer } from '../src/commands/wizardServer.ts';
import type { ApplySummary, KpiChoice, ServerApi, WizardInput } from '../src/shared/wizardApi.ts';
import { kpiRowKey } from '../src/plan/rowKeys.ts';
import { adoptRebased, draftFromModel, retypeNumbers, toWizardInput } from '../sidebar/draft.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import { mapRecords, newWorkbook, typeDataRows } from './support/kpiMapWorkbook.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

function server(locale = 'en-US'): { workbook: Workbook; api: ServerApi } {
  const workbook = newWorkbook();
  return { workbook, api: createWizardServer(workbookDoor(workbook, { locale, today: '2026-03-01' })) };
}

/** What a wizard opened now holds: the map's choices as getWizardModel gives them. */
function open(api: ServerApi, language: WizardInput['language'] | null = null): WizardInput {
  return api.getWizardModel(language).current as WizardInput;
}

const row = (workbook: Workbook, kpiName: string) => {
  const found = mapRecords(workbook).find((record) => record.KPI === kpiName || record.KPI === kpiName);
  if (!found) throw new Error(`No row for ${kpiName}`);
  return found;
};

const danishRun = wizardInput(
  {
    businessGoals: [goal('g1', 'sales', 'Webshop')],
    kpis: [
      kpi('cpm', { businessGoalId: 'g1', socialGoal: 'conversion', baseline: '4,125', target: '3,5' }),
      kpi('ctr', { businessGoalId: 'g1', socialGoal: 'conversion', baseline: '3,5%', target: '4%' }),
      kpi('customer_lifetime_value', {
        businessGoalId: 'g1',
        socialGoal: 'conversion',
        baseline: '1200,50',
        target: '1500',
      }),
    ],
  },
  'da',
);

describe('a re-run after a language switch', () => {
  it('re-opens in the map’s language, showing the numbers as they were typed', () => {
    const { api } = server('en-US');
    expect(api.applyWizard(danishRun).ok).toBe(true);
    const model = api.getWizardModel(null);
    expect(model.language).toBe('da');
    expect(model.current?.kpis.map((choice) => [choice.baseline, choice.target])).toEqual([
      ['4,125', '3,5'],
      ['3,5%', '4%'],
      ['1200,5', '1500'],
    ]);
  });

  it('shows typed numbers in the new language’s format and keeps their value when built untouched', () => {
    const { workbook, api } = server('en-US');
    api.applyWizard(danishRun);
    // The wizard is opened in English, and the user switches to Danish and back and forth.
    const model = api.getWizardModel('en');
    const draft = draftFromModel(model);
    expect(draft.kpis.map((choice) => choice.baseline)).toEqual(['4.125', '3.5%', '1200.5']);
    retypeNumbers(draft, 'en', 'da', model.kpis);
    expect(draft.kpis.map((choice) => choice.baseline)).toEqual(['4,125', '3,5%', '1200,5']);
    retypeNumbers(draft, 'da', 'nl', model.kpis);
    retypeNumbers(draft, 'nl', 'en', model.kpis);
    // A value the user typed in English follows too: 1,500.25 in English is 1500,25 in Danish.
    draft.kpis[2].target = '1,500.25';
    retypeNumbers(draft, 'en', 'da', model.kpis);
    draft.language = 'da';
    expect(draft.kpis.map((choice) => choice.baseline)).toEqual(['4,125', '3,5%', '1200,5']);
    expect(draft.kpis[2].target).toBe('1500,25');
    expect(api.applyWizard(toWizardInput(draft)).ok).toBe(true);
    const [cpm, ctr, clv] = mapRecords(workbook);
    expect(cpm.Udgangspunkt).toBe(4.125);
    expect(ctr.Udgangspunkt).toBeCloseTo(0.035, 12);
    expect(clv.Udgangspunkt).toBe(1200.5);
    expect(clv.Mål).toBe(1500.25);
  });
});

/** Two wizards on one map: A raises the follower target and adds Likes; B changes the owner. */
function twoWizards() {
  const { workbook, api } = server();
  api.applyWizard(wizardInput({ kpis: [kpi('follower_count', { baseline: '100', target: '200', owner: 'Mette' })] }));
  const a = open(api, 'en');
  const b = open(api, 'en');
  const aInput: WizardInput = {
    ...a,
    kpis: [{ ...a.kpis[0], target: '5000' }, kpi('likes', { baseline: '10', target: '40' })],
  };
  const bInput: WizardInput = { ...b, kpis: [{ ...b.kpis[0], owner: 'Jens' }] };
  return { workbook, api, aInput, bInput };
}

function expectBothApplied(workbook: Workbook, first: ApplySummary, second: ApplySummary): void {
  expect(first.ok).toBe(true);
  expect(second.ok).toBe(true);
  const followers = row(workbook, 'Follower count');
  expect(followers).toMatchObject({ Target: 5000, Owner: 'Jens' });
  expect(row(workbook, 'Likes')).toMatchObject({ Target: 40 });
  expect(row(workbook, 'Likes').Status).not.toBe('Retired');
}

describe('two wizards open at once', () => {
  it('A then B: B writes only its owner; A’s target and A’s new KPI stay', () => {
    const { workbook, api, aInput, bInput } = twoWizards();
    const first = api.applyWizard(aInput);
    const second = api.applyWizard(bInput);
    expectBothApplied(workbook, first, second);
    expect(second).toMatchObject({ rowsRetired: 0 });
  });

  it('B then A: A writes its target and its new KPI; B’s owner stays', () => {
    const { workbook, api, aInput, bInput } = twoWizards();
    const first = api.applyWizard(bInput);
    const second = api.applyWizard(aInput);
    expectBothApplied(workbook, first, second);
  });

  it('the same field changed in both: nothing is written, the user is told which field and chooses', () => {
    for (const choice of ['mine', 'sheet'] as const) {
      const { workbook, api, aInput, bInput } = twoWizards();
      api.applyWizard(aInput);
      const clash: WizardInput = { ...bInput, kpis: [{ ...bInput.kpis[0], target: '300' }] };
      const refused = api.applyWizard(clash);
      expect(refused.ok).toBe(false);
      expect(refused.conflicts).toEqual([
        { field: 'kpis.0.target', label: 'Follower count: Target', yours: '300', theirs: '5000', theirsValue: '5000' },
      ]);
      expect(refused.messages).toEqual([
        {
          field: 'kpis.0.target',
          message:
            'Follower count: Target was changed elsewhere since you opened the wizard: yours is “300”, the sheet now has “5000”. Choose which to keep.',
        },
      ]);
      expect(row(workbook, 'Follower count')).toMatchObject({ Target: 5000, Owner: 'Mette' });
      // The sidebar adopts the merged choices with the user's pick, and builds again.
      const draft = draftFromModel(api.getWizardModel('en'));
      draft.kpis = draft.kpis.map((k) => ({ ...k }));
      adoptRebased(
        draft,
        refused.rebased as WizardInput,
        refused.conflicts ?? [],
        new Set(choice === 'sheet' ? ['kpis.0.target'] : []),
      );
      expect(api.applyWizard(toWizardInput(draft)).ok).toBe(true);
      expect(row(workbook, 'Follower count')).toMatchObject({ Target: choice === 'mine' ? 300 : 5000, Owner: 'Jens' });
      expect(row(workbook, 'Likes').Status).not.toBe('Retired');
    }
  });

  it('a KPI B unticks is retired; one A added meanwhile is not, nor are A’s renamed goal and start date reverted', () => {
    const { workbook, api } = server();
    api.applyWizard(
      wizardInput({
        kpis: [kpi('follower_count'), kpi('impressions')],
      }),
    );
    const a = open(api, 'en');
    const b = open(api, 'en');
    api.applyWizard({
      ...a,
      startDate: '2026-01-15',
      businessGoals: [{ ...a.businessGoals[0], name: 'Known all over Jutland' }],
      kpis: [...a.kpis, kpi('likes')],
    });
    const summary = api.applyWizard({ ...b, kpis: [b.kpis[0]] });
    expect(summary).toMatchObject({ ok: true, rowsRetired: 1 });
    const statuses = Object.fromEntries(mapRecords(workbook).map((r) => [r.KPI, r.Status === 'Retired']));
    expect(statuses).toEqual({ 'Follower count': false, Impressions: true, Likes: false });
    expect(mapRecords(workbook).map((r) => r['Business goal'])).toEqual(Array(3).fill('Known all over Jutland'));
    expect(open(api, 'en').startDate).toBe('2026-01-15');
  });
});

describe('a data sheet whose hidden key row was deleted', () => {
  function withData() {
    const { workbook, api } = server();
    api.applyWizard(wizardInput({ kpis: [kpi('follower_count'), kpi('likes')] }));
    typeDataRows(workbook, 'KPI data', [
      { Period: 46023, Channel: 'Instagram', 'Total followers': 1500, Likes: 40 },
      { Period: 46054, Channel: 'Instagram', 'Total followers': 1700, Likes: 55 },
    ]);
    return { workbook, api };
  }

  it('finds the columns by their labels: nothing typed moves, the map’s values stay, and the user is told', () => {
    const { workbook, api } = withData();
    const currentBefore = mapRecords(workbook).map((r) => r['Current value']);
    expect(currentBefore).toEqual([1700, 55]);
    workbook.deleteRows('KPI data', 1);
    const typed = workbook.getValues('KPI data', 'A1:H4');
    // The note column came last on the new sheet; a column added later goes right of everything.
    const summary = api.applyWizard({ ...open(api, 'en'), kpis: [...open(api, 'en').kpis, kpi('shares')] });
    expect(summary.ok).toBe(true);
    const after = workbook.getValues('KPI data', 'A1:H5');
    // Everything typed is where it was; the new KPI's column is added to the right; no key row below the numbers.
    expect(after.slice(0, 3).map((r) => r.slice(0, 4))).toEqual(typed.slice(0, 3).map((r) => r.slice(0, 4)));
    expect(after[0].slice(0, 7)).toEqual([
      'Period',
      'Channel',
      'Total followers',
      'Likes',
      'Import record',
      'Note: why it moved',
      'Shares',
    ]);
    expect(
      after
        .slice(3)
        .flat()
        .every((value) => value === '' || value === null),
    ).toBe(true);
    expect(
      mapRecords(workbook)
        .map((r) => r['Current value'])
        .slice(0, 2),
    ).toEqual([1700, 55]);
    expect(summary.notices).toContain(
      'The hidden key row of tab “KPI data” was deleted. The wizard found the columns by their labels in row 1 and wrote nothing over your numbers. To restore it, insert an empty row above row 1 and run the wizard again.',
    );

    // The user inserts an empty row above the labels as told: the key row is written there again.
    workbook.insertRows('KPI data', 1);
    const again = api.applyWizard(open(api, 'en'));
    expect(again.notices.join(' ')).toContain('wrote the key row again into the empty row 1');
    expect(workbook.getValue('KPI data', 'A1')).toBe('socialKpiKit.period');
    expect(api.applyWizard(open(api, 'en')).notices).toEqual([]);
    expect(mapRecords(workbook).map((r) => r['Current value'])).toEqual([1700, 55, '']);
  });

  it('says exactly what to restore, and writes nothing, when the labels are gone too', () => {
    const { workbook, api } = withData();
    workbook.deleteRows('KPI data', 1);
    workbook.setCell('KPI data', 'A1', 'Month');
    const before = JSON.stringify(workbook.toJSON());
    const summary = api.applyWizard(open(api, 'en'));
    expect(summary.ok).toBe(false);
    expect(summary.messages).toEqual([
      {
        field: 'dataSheets',
        message:
          'The hidden key row of tab “KPI data” was deleted, and its column labels (“Period”, “Total followers”, “Likes”) were not found either. Nothing was written on that tab. Restore it with Edit › Undo or the version history, or type the labels back over their columns, then run the wizard again.',
      },
    ]);
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  });
});

describe('the map’s hidden records cleared or damaged', () => {
  const twoGoals = wizardInput({
    businessGoals: [goal('g1', 'awareness', 'Be known'), goal('g2', 'service', 'Happy customers')],
    kpis: [
      kpi('follower_count'),
      kpi('csat', { businessGoalId: 'g2', socialGoal: 'loyalty', baseline: '60%', target: '80%', owner: 'Bo' }),
    ],
  });

  function writtenColumn(workbook: Workbook, tab = 'KPI map'): string {
    const header = workbook.getValues(tab, 'A1:Z1')[0];
    return String.fromCharCode(65 + header.indexOf('socialKpiKit.written'));
  }

  it('a cleared record keeps its KPI under its own social goal, overwrites nothing in the row, and is reported', () => {
    const { workbook, api } = server();
    api.applyWizard(twoGoals);
    const column = writtenColumn(workbook);
    workbook.setCell('KPI map', `${column}2`, '');
    workbook.setCell('KPI map', `${column}3`, '');
    const current = open(api, 'en');
    expect(current.kpis.map((choice) => choice.socialGoal)).toEqual(['reach', 'loyalty']);
    const csat = current.kpis[1] as KpiChoice;
    const summary = api.applyWizard({ ...current, kpis: [current.kpis[0], { ...csat, owner: 'Ida' }] });
    expect(summary.ok).toBe(true);
    expect(row(workbook, 'Customer satisfaction (CSAT)')).toMatchObject({
      'Social media goal': 'Loyalty and satisfaction',
      Owner: 'Bo',
    });
    expect(summary.notices).toContain(
      `The hidden record of Customer satisfaction (CSAT) in cell ${column}3 of tab “KPI map” was cleared or changed. The wizard kept every value in that row as it was and wrote the record anew; type any change to that row in the sheet itself.`,
    );
    // Written anew: the next run works as usual.
    expect(api.getWizardModel('en').notices).toEqual([]);
  });

  for (const damage of ['[]', 'some text', '{"written":null}', '{"goalName":5}', '42']) {
    it(`a record holding ${damage} is reported in the map's language with its cell, and the row is kept as it is`, () => {
      const { workbook, api } = server();
      api.applyWizard({ ...twoGoals, language: 'da' });
      const column = writtenColumn(workbook, 'KPI-kort');
      workbook.setCell('KPI-kort', `${column}3`, damage);
      workbook.setCell('KPI-kort', 'H3', 0.7);
      const model = api.getWizardModel('da');
      const current = model.current as WizardInput;
      const summary = api.applyWizard({ ...current, kpis: [current.kpis[0], { ...current.kpis[1], baseline: '65%' }] });
      expect(summary.ok).toBe(true);
      expect(workbook.getValue('KPI-kort', 'H3')).toBe(0.7);
      expect(model.notices).toEqual([
        `Den skjulte registrering for Kundetilfredshed (CSAT) i celle ${column}3 på fanen “KPI-kort” er slettet eller ændret. Guiden lod alle værdier i rækken være, som de var, og skrev registreringen på ny; skriv ændringer i den række direkte i arket.`,
      ]);
      expect(summary.notices).toEqual(model.notices);
    });
  }

  it('settings holding {"businessGoals":[null]} or text are reported, and the goals come back from the rows', () => {
    for (const damage of ['{"businessGoals":[null]}', 'not json', '{"language":"fr","answers":[1]}']) {
      const { workbook, api } = server();
      api.applyWizard(twoGoals);
      const header = workbook.getValues('KPI map', 'A1:Z1')[0];
      const cell = `${String.fromCharCode(65 + header.findIndex((h) => String(h).startsWith('socialKpiKit.settings')))}1`;
      workbook.setCell('KPI map', cell, `socialKpiKit.settings ${damage}`);
      const model = api.getWizardModel('en');
      const current = model.current as WizardInput;
      const summary = api.applyWizard({ ...current, startDate: '2026-01-01' });
      expect(summary.ok).toBe(true);
      expect(current.businessGoals).toEqual([
        goal('g1', 'awareness', 'Be known'),
        goal('g2', 'service', 'Happy customers'),
      ]);
      expect(model.notices).toEqual([
        `The hidden settings in cell ${cell} of tab “KPI map” were cleared or changed. The wizard read the business goals from the map's rows; check the goals, the answers and the start date, then build to write the settings anew.`,
      ]);
      expect(api.getWizardModel('en').notices).toEqual([]);
      expect(mapRecords(workbook).map((r) => r.KPI)).toEqual(['Follower count', 'Customer satisfaction (CSAT)']);
    }
  });
});

describe('a Danish map whose settings record is damaged', () => {
  it('still re-opens in Danish, the language of its headers', () => {
    const { workbook, api } = server('en-US');
    api.applyWizard(danishRun);
    const header = workbook.getValues('KPI-kort', 'A1:Z1')[0];
    const cell = `${String.fromCharCode(65 + header.findIndex((h) => String(h).startsWith('socialKpiKit.settings')))}1`;
    workbook.setCell('KPI-kort', cell, 'socialKpiKit.settings {"language":"fr"}');
    const model = api.getWizardModel(null);
    expect(model.language).toBe('da');
    expect(model.notices[0]).toContain(`De skjulte indstillinger i celle ${cell}`);
    expect(model.current?.kpis.map((choice) => choice.baseline)).toEqual(['4,125', '3,5%', '1200,5']);
  });
});

describe('a tampered base', () => {
  it('is refused by the payload check, naming the field, and nothing is written', () => {
    const { workbook, api } = server();
    api.applyWizard(wizardInput({ kpis: [kpi('follower_count', { target: '200' })] }));
    const current = open(api, 'en');
    for (const base of [5, { channel: 'moon' }, 'x']) {
      const tampered = {
        ...current,
        base: { ...current.base, rows: 'x', businessGoals: 'y' },
        kpis: [{ ...current.kpis[0], owner: 'Jens', base }],
      } as unknown as WizardInput;
      const summary = api.applyWizard(tampered);
      expect(summary.ok).toBe(false);
      const fields = summary.messages.map((message) => message.field);
      expect(fields).toEqual(expect.arrayContaining(['base.rows', 'base.businessGoals']));
      expect(fields.every((field) => field.startsWith('base.') || field.startsWith('kpis.0.base'))).toBe(true);
      expect(row(workbook, 'Follower count')).toMatchObject({ Target: 200, Owner: 'Mette' });
    }
  });

  it('counts as none when a KPI carries none: where the sheet differs, the user is asked first', () => {
    const { workbook, api } = server();
    api.applyWizard(wizardInput({ kpis: [kpi('follower_count', { target: '200' })] }));
    const current = open(api, 'en');
    const withoutBase = { ...current, kpis: [{ ...current.kpis[0], owner: 'Jens', base: undefined }] };
    const summary = api.applyWizard(withoutBase);
    expect(summary.ok).toBe(false);
    expect(summary.conflicts?.map((conflict) => conflict.field)).toEqual(['kpis.0.owner']);
    expect(row(workbook, 'Follower count')).toMatchObject({ Target: 200, Owner: 'Mette' });
  });
});

describe('the row key the wizard was opened on', () => {
  it('is what kpiRowKey gives for the choices read back', () => {
    const { api } = server();
    api.applyWizard(wizardInput({ kpis: [kpi('follower_count', { channel: 'instagram' })] }));
    const current = open(api, 'en');
    expect(current.base?.rows).toEqual([kpiRowKey(current.kpis[0])]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Language } from '../src/catalog/types.ts';
import { parseTypedNumber } from '../src/wizard/parseTyped.ts';
import { validateWizardInput } from '../src/wizard/validate.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

const messageFor = (field: string, messages: { field: string; message: string }[]) =>
  messages.find((m) => m.field === field)?.message;

describe('validating the wizard input', () => {
  it('accepts a complete, SMART input', () => {
    expect(validateWizardInput(wizardInput())).toEqual([]);
  });

  it('asks for a business goal when none is chosen', () => {
    const messages = validateWizardInput(wizardInput({ businessGoals: [], kpis: [] }));
    expect(messageFor('businessGoals', messages)).toMatch(/Choose at least one business goal/);
    expect(messageFor('kpis', messages)).toMatch(/Choose at least one KPI/);
  });

  it('asks for a name for a goal without one', () => {
    const input = wizardInput({ businessGoals: [{ id: 'g1', kind: 'awareness', name: '   ' }] });
    expect(messageFor('businessGoals.0.name', validateWizardInput(input))).toMatch(/Give this business goal a name/);
  });

  it('refuses a number too large for a cell (309 digits read as Infinity) and KPIs the wizard cannot track', () => {
    const input = wizardInput({
      kpis: [
        kpi('follower_count', { baseline: '9'.repeat(309) }),
        kpi('kpi_status'),
        kpi('social_kpis'),
        kpi('FOLLOWER_COUNT'),
      ],
    });
    expect(validateWizardInput(input)).toEqual([
      {
        field: 'kpis.0.baseline',
        message: 'This number is too large for a spreadsheet. Type a smaller number, e.g. 1500 or 12%.',
      },
      ...[1, 2, 3].map((i) => ({
        field: `kpis.${i}.kpiId`,
        message: `“${input.kpis[i].kpiId}” is not a KPI the Social KPI Kit knows. Choose a KPI from the list.`,
      })),
    ]);
  });

  it('refuses two business goals with one id: they would share their KPI rows', () => {
    const input = wizardInput({ businessGoals: [goal('g1', 'awareness'), goal('g1', 'sales')] });
    expect(messageFor('businessGoals.1', validateWizardInput(input))).toMatch(/is in the list twice/);
  });

  it('says a target that is not a number is not a number, and how to type one', () => {
    const input = wizardInput({ kpis: [kpi('follower_count'), kpi('impressions', { target: 'lots' })] });
    expect(validateWizardInput(input)).toEqual([
      { field: 'kpis.1.target', message: '“lots” is not a number. Type a number such as 1500, 12.5 or 12%.' },
    ]);
  });

  it('accepts numbers as Danish and Dutch users type them, and percentages', () => {
    const input = wizardInput(
      {
        kpis: [
          kpi('follower_count', { baseline: '1.200', target: '1.500,5' }),
          kpi('ctr', { baseline: '1,5%', target: '12%' }),
        ],
      },
      'da',
    );
    expect(validateWizardInput(input)).toEqual([]);
  });

  it('says a rate typed without % would be thousands of percent', () => {
    const input = wizardInput({ kpis: [kpi('ctr', { baseline: '2%', target: '12' })] });
    expect(messageFor('kpis.0.target', validateWizardInput(input))).toBe(
      '12 would be 1,200 %. This KPI is a rate: type it with a % sign, e.g. 12%.',
    );
  });

  it('refuses a target equal to the baseline', () => {
    const input = wizardInput({ kpis: [kpi('follower_count', { baseline: '500', target: '500,0' })] }, 'nl');
    expect(messageFor('kpis.0.target', validateWizardInput(input))).toMatch(/gelijk aan de nulmeting/);
  });

  it('refuses a deadline that is not a date, or not after the start', () => {
    const notADate = wizardInput({ kpis: [kpi('follower_count', { deadline: '31/12/2026' })] });
    expect(messageFor('kpis.0.deadline', validateWizardInput(notADate))).toBe(
      '“31/12/2026” is not a date. Pick a date, e.g. 2026-12-31.',
    );
    const impossible = wizardInput({ kpis: [kpi('follower_count', { deadline: '2026-02-30' })] });
    expect(messageFor('kpis.0.deadline', validateWizardInput(impossible))).toMatch(/is not a date/);
    const early = wizardInput({ startDate: '2026-06-01', kpis: [kpi('follower_count', { deadline: '2026-05-31' })] });
    expect(messageFor('kpis.0.deadline', validateWizardInput(early))).toBe(
      'The deadline 31 May 2026 comes before the goals start on 1 Jun 2026. Choose a later deadline.',
    );
  });

  it('says plainly, with dates as each language writes them, that a deadline has already passed', () => {
    const late = (language: 'en' | 'da' | 'nl') =>
      wizardInput({ startDate: '2026-12-01', kpis: [kpi('follower_count', { deadline: '2020-01-31' })] }, language);
    expect(messageFor('kpis.0.deadline', validateWizardInput(late('en'), '2026-01-05'))).toBe(
      'This deadline has already passed (31 Jan 2020). Choose a date after the start date, 1 Dec 2026.',
    );
    expect(messageFor('kpis.0.deadline', validateWizardInput(late('da'), '2026-01-05'))).toBe(
      'Deadlinen er allerede overskredet (31. jan. 2020). Vælg en dato efter startdatoen, 1. dec. 2026.',
    );
    expect(messageFor('kpis.0.deadline', validateWizardInput(late('nl'), '2026-01-05'))).toBe(
      'Deze deadline is al verstreken (31 jan. 2020). Kies een datum na de startdatum, 1 dec. 2026.',
    );
    const sameDay = wizardInput({ startDate: '2026-12-01', kpis: [kpi('follower_count', { deadline: '2026-12-01' })] });
    expect(messageFor('kpis.0.deadline', validateWizardInput(sameDay, '2026-01-05'))).toMatch(
      /^The deadline is the start date itself \(1 Dec 2026\)/,
    );
  });

  it('says a KPI without a number and a date is not SMART', () => {
    const input = wizardInput({ kpis: [kpi('follower_count', { target: '', deadline: '' })] });
    const messages = validateWizardInput(input);
    expect(messageFor('kpis.0.target', messages)).toMatch(/^Not SMART yet: a KPI needs a number/);
    expect(messageFor('kpis.0.deadline', messages)).toMatch(/^Not SMART yet: a KPI needs a date/);
  });

  it('names unknown KPIs, goals, channels, cadences and review intervals', () => {
    const input = wizardInput({
      reviewIntervalMonths: 4 as 3,
      kpis: [kpi('followerz', { businessGoalId: 'nope', channel: 'myspace' as 'x', cadence: 'daily' as 'weekly' })],
    });
    const fields = validateWizardInput(input).map((m) => m.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'reviewIntervalMonths',
        'kpis.0.kpiId',
        'kpis.0.businessGoalId',
        'kpis.0.channel',
        'kpis.0.cadence',
      ]),
    );
  });

  it('refuses the same KPI twice for the same goal and channel', () => {
    const input = wizardInput({ kpis: [kpi('likes'), kpi('likes', { channel: 'instagram' }), kpi('likes')] });
    expect(validateWizardInput(input).map((m) => m.field)).toEqual(['kpis.2.channel']);
  });

  const problems = (language: Language) =>
    validateWizardInput(
      wizardInput(
        {
          businessGoals: [{ id: 'g1', kind: 'awareness', name: '' }],
          kpis: [kpi('follower_count', { target: 'x', deadline: '2025-01-01', baseline: '' })],
        },
        language,
      ),
    );

  it('speaks English, Danish and Dutch', () => {
    expect(problems('en').map((m) => m.message)).toEqual([
      'Give this business goal a name, e.g. “Be known in our region”.',
      'Type today’s value as the baseline (0 if you are just starting), so progress can be shown.',
      '“x” is not a number. Type a number such as 1500, 12.5 or 12%.',
      'The deadline 1 Jan 2025 comes before the goals start on 1 Jan 2026. Choose a later deadline.',
    ]);
    expect(problems('da').map((m) => m.message)).toEqual([
      'Giv forretningsmålet et navn, f.eks. “Kendt i vores region”.',
      'Skriv dagens værdi som udgangspunkt (0, hvis I starter fra bunden), så fremskridt kan vises.',
      '“x” er ikke et tal. Skriv et tal som 1500, 12,5 eller 12%.',
      'Deadlinen 1. jan. 2025 ligger før startdatoen 1. jan. 2026. Vælg en senere deadline.',
    ]);
    expect(problems('nl').map((m) => m.message)).toEqual([
      'Geef dit bedrijfsdoel een naam, bijv. ‘Bekend in onze regio’.',
      'Typ de waarde van vandaag als nulmeting (0 als u net begint), zodat de voortgang zichtbaar wordt.',
      '‘x’ is geen getal. Typ een getal zoals 1500, 12,5 of 12%.',
      'De deadline 1 jan. 2025 valt vóór de startdatum 1 jan. 2026. Kies een latere deadline.',
    ]);
    expect(problems('da').map((m) => m.field)).toEqual(problems('en').map((m) => m.field));
  });
});

describe('reading typed numbers', () => {
  it.each([
    ['1500', 'en', 1500],
    ['12.5', 'en', 12.5],
    ['1,234.5', 'en', 1234.5],
    ['1,234', 'en', 1234],
    ['12,5', 'da', 12.5],
    ['1.234', 'da', 1234],
    ['1.234,5', 'nl', 1234.5],
    ['12.5', 'da', 12.5],
    ['12%', 'en', 0.12],
    ['12,5 %', 'nl', 0.125],
    ['−3', 'en', -3],
    ['1 500', 'da', 1500],
    ['kr. 200', 'da', 200],
    ['€ 1.000,50', 'nl', 1000.5],
  ] as const)('%s in %s is %d', (text, language, value) => {
    expect(parseTypedNumber(text, language)).toEqual({ kind: 'ok', value });
  });

  it.each(['abc', '1,2,3.4.5', '12%%', '=1+1', '--1'])('%s is not a number', (text) => {
    expect(parseTypedNumber(text, 'en').kind).toBe('invalid');
  });
});

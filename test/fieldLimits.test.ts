/**
 * A Sheets cell holds at most 50,000 characters (issue 10 §7). The wizard's text fields are capped
 * (src/shared/fieldLimits.ts) so that the cells the add-on writes, the hidden JSON records included,
 * stay within the limit at the largest input; anything over a cap is refused before any write.
 */
import { describe, expect, it } from 'vitest';
import { TRACKABLE_KPIS } from '../src/catalog/kpis.ts';
import type { Language } from '../src/catalog/types.ts';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { createWizardServer } from '../src/commands/wizardServer.ts';
import { FIELD_LIMITS, SHEETS_CELL_LIMIT } from '../src/shared/fieldLimits.ts';
import type { BusinessGoalChoice, KpiChoice, WizardInput } from '../src/shared/wizardApi.ts';
import { BUSINESS_GOAL_KINDS, CHANNELS, socialGoalOfKpi } from '../src/wizard/taxonomy.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import { newWorkbook } from './support/kpiMapWorkbook.ts';
import { kpi, wizardInput } from './support/wizardFixtures.ts';

/** Text of `length` characters that JSON makes as long as it can: a control character becomes six (\u0001). */
function worst(length: number, seed: string): string {
  return `${seed} `.concat('\u0001'.repeat(length)).slice(0, length);
}

/** A typed value padded with spaces to the cap (the server trims them). */
const padded = (text: string, length: number) => text.padStart(length, ' ');

/** The largest input: the most business goals, and 60 KPIs with every text field at its cap. */
function largestInput(language: Language, round: number): WizardInput {
  const businessGoals: BusinessGoalChoice[] = Array.from({ length: FIELD_LIMITS.businessGoals }, (_, i) => ({
    id: `g${i + 1}`.padEnd(40, '_'),
    kind: BUSINESS_GOAL_KINDS[i % BUSINESS_GOAL_KINDS.length],
    name: worst(FIELD_LIMITS.goalName, `Goal ${i} ${round}`),
  }));
  const kpis: KpiChoice[] = Array.from({ length: 60 }, (_, i) => {
    const option = TRACKABLE_KPIS[i % TRACKABLE_KPIS.length];
    const rate = option.unit === 'fraction';
    return {
      kpiId: option.id,
      businessGoalId: businessGoals[i % businessGoals.length].id,
      socialGoal: socialGoalOfKpi(option),
      channel: CHANNELS[Math.floor(i / TRACKABLE_KPIS.length)],
      baseline: padded(rate ? `${2 + round}%` : `${100 + round}`, FIELD_LIMITS.number),
      target: padded(rate ? `${5 + round}%` : `${500 + round}`, FIELD_LIMITS.number),
      deadline: padded(`2027-0${round + 1}-28`, FIELD_LIMITS.date),
      owner: worst(FIELD_LIMITS.owner, `Owner ${i} ${round}`),
      cadence: 'monthly',
      notes: worst(FIELD_LIMITS.notes, `Notes ${i} ${round}`),
    };
  });
  return wizardInput({ businessGoals, kpis, startDate: padded('2026-01-01', FIELD_LIMITS.date) }, language);
}

/** The longest text in any cell of the workbook (values and formulas), with where it is. */
function longestCell(workbook: Workbook): { length: number; where: string } {
  let longest = { length: 0, where: '' };
  for (const sheet of workbook.snapshot().sheets) {
    for (const grid of [sheet.values, sheet.formulas]) {
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          const length = typeof value === 'string' ? value.length : 0;
          if (length > longest.length) longest = { length, where: `${sheet.name} row ${r + 1} column ${c + 1}` };
        }),
      );
    }
  }
  return longest;
}

const server = (workbook: Workbook, locale = 'en-GB') =>
  createWizardServer(workbookDoor(workbook, { locale, today: '2026-03-01' }));

describe('the 50,000-character cell limit', () => {
  it('the largest input (60 KPIs, every field at its cap) keeps every written cell within the limit, on re-runs too', () => {
    const workbook = newWorkbook();
    const api = server(workbook);
    for (const [round, language] of (['en', 'da'] as const).entries()) {
      const summary = api.applyWizard(largestInput(language, round));
      expect(summary.messages).toEqual([]);
      expect(summary.ok).toBe(true);
      const longest = longestCell(workbook);
      expect(longest.length, longest.where).toBeLessThanOrEqual(SHEETS_CELL_LIMIT);
      // The hidden record of a row holds its owner and notes as JSON: the largest cell by far.
      expect(longest.length).toBeGreaterThan(6 * FIELD_LIMITS.notes);
    }
  });

  it('one character over any cap is refused, naming the field and the limit, and nothing is written', () => {
    const over: [string, (input: WizardInput) => void, string, string][] = [
      ['notes', (i) => (i.kpis[0].notes = 'x'.repeat(FIELD_LIMITS.notes + 1)), 'kpis.0.notes', 'Notes'],
      ['owner', (i) => (i.kpis[0].owner = 'x'.repeat(FIELD_LIMITS.owner + 1)), 'kpis.0.owner', 'Owner'],
      [
        'goal name',
        (i) => (i.businessGoals[0].name = 'x'.repeat(FIELD_LIMITS.goalName + 1)),
        'businessGoals.0.name',
        'The business goal’s name',
      ],
      ['baseline', (i) => (i.kpis[0].baseline = padded('100', FIELD_LIMITS.number + 1)), 'kpis.0.baseline', 'Baseline'],
      ['target', (i) => (i.kpis[0].target = padded('200', FIELD_LIMITS.number + 1)), 'kpis.0.target', 'Target'],
      [
        'deadline',
        (i) => (i.kpis[0].deadline = padded('2026-12-31', FIELD_LIMITS.date + 1)),
        'kpis.0.deadline',
        'Deadline',
      ],
      ['start date', (i) => (i.startDate = padded('2026-01-01', FIELD_LIMITS.date + 1)), 'startDate', 'The start date'],
    ];
    for (const [name, change, field, label] of over) {
      const input = wizardInput({ kpis: [kpi('follower_count', { notes: 'Weekly' })] });
      change(input);
      const workbook = newWorkbook();
      const before = JSON.stringify(workbook.toJSON());
      const summary = server(workbook).applyWizard(input);
      expect(summary.ok, name).toBe(false);
      expect(summary.messages, name).toHaveLength(1);
      expect(summary.messages[0].field, name).toBe(field);
      expect(summary.messages[0].message, name).toMatch(new RegExp(`^${label} can hold at most [\\d,]+ characters`));
      expect(JSON.stringify(workbook.toJSON()), name).toBe(before);
    }
  });

  it('the limit message speaks the input’s language', () => {
    const notes = (language: Language) =>
      wizardInput({ kpis: [kpi('follower_count', { notes: 'x'.repeat(FIELD_LIMITS.notes + 1) })] }, language);
    expect(
      (['en', 'da', 'nl'] as const).map((l) => server(newWorkbook()).applyWizard(notes(l)).messages[0].message),
    ).toEqual([
      'Notes can hold at most 5,000 characters; this one has 5,001. Shorten it.',
      'Noter kan højst rumme 5.000 tegn; her er der 5.001. Gør teksten kortere.',
      'Notities mag hoogstens 5.000 tekens bevatten; hier staan er 5.001. Maak de tekst korter.',
    ]);
  });

  it('a plan that would put more than 50,000 characters in a cell is refused before the first write', () => {
    const workbook = newWorkbook();
    const input = wizardInput({ kpis: [kpi('follower_count', { notes: 'Weekly' }), kpi('likes')] });
    expect(server(workbook).applyWizard(input).ok).toBe(true);
    // A map whose notes cell holds more than a cell may (only a damaged file could): kept cells are written back.
    const real = workbookDoor(workbook, { locale: 'da_DK', today: '2026-03-01' });
    let writes = 0;
    const api = createWizardServer({
      ...real,
      readSnapshot: () => {
        const snapshot = real.readSnapshot();
        const map = snapshot.sheets.find((sheet) => sheet.key === 'kpiMap')!;
        const notes = map.values[0].indexOf('Notes');
        map.values[1][notes] = 'x'.repeat(SHEETS_CELL_LIMIT + 1);
        return snapshot;
      },
      applyPlan: (plan) => {
        writes++;
        return real.applyPlan(plan);
      },
    });
    const summary = api.applyWizard({ ...input, language: 'da' });
    expect(writes).toBe(0);
    expect(summary.ok).toBe(false);
    expect(summary.messages).toEqual([
      {
        field: 'input',
        message: expect.stringMatching(
          /^Intet blev ændret: celle [A-Z]+2 i “KPI map” ville få 50\.001 tegn, og en celle i Sheets kan højst rumme 50\.000\./,
        ),
      },
    ]);
  });
});

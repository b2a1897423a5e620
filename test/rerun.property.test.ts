import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { columnLetters } from '../src/plan/a1.ts';
import type { SheetSnapshot } from '../src/plan/snapshot.ts';
import type { CellValue } from '../src/plan/types.ts';
import { createWizardServer } from '../src/commands/wizardServer.ts';
import type { KpiChoice, ServerApi, WizardInput } from '../src/shared/wizardApi.ts';
import { kpiRowKey } from '../src/plan/rowKeys.ts';
import { validateWizardInput } from '../src/wizard/validate.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import {
  adoptRebased,
  chosenKpis,
  draftFromModel,
  retypeNumbers,
  toWizardInput,
  type Draft,
} from '../sidebar/draft.ts';
import { findKpi } from '../src/catalog/kpis.ts';
import { numberAsTyped } from '../src/wizard/parseTyped.ts';
import { mapRecords, newWorkbook } from './support/kpiMapWorkbook.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

/** The KPIs a run may choose from: both goals, several channels, both data sheets. */
const POOL: KpiChoice[] = [
  kpi('follower_count', { channel: 'instagram' }),
  kpi('amplification_rate', { baseline: '1%', target: '2%' }),
  kpi('impressions', { channel: 'facebook' }),
  kpi('likes'),
  kpi('cpc', { channel: 'linkedin', baseline: '5', target: '4' }),
  kpi('csat', { businessGoalId: 'g2', socialGoal: 'loyalty', baseline: '60%', target: '80%' }),
  kpi('response_time', { businessGoalId: 'g2', socialGoal: 'loyalty', baseline: '10', target: '2' }),
  kpi('reviews', { businessGoalId: 'g2', socialGoal: 'loyalty', channel: 'facebook' }),
];

function inputFor(selection: number[], language: WizardInput['language']): WizardInput {
  return wizardInput(
    {
      businessGoals: [goal('g1', 'awareness', 'Be known'), goal('g2', 'service', 'Happy customers')],
      kpis: selection.map((i) => POOL[i]),
    },
    language,
  );
}

type Edit =
  | { kind: 'typeInMap'; row: number; column: number; value: string | number }
  | { kind: 'typeInData'; sheet: 'kpiData' | 'kpiAnswers'; row: number; column: number; value: string | number }
  | { kind: 'sortMap'; column: number; ascending: boolean }
  | { kind: 'insertRows'; sheet: 'kpiMap' | 'kpiData'; before: number; count: number }
  | { kind: 'rename'; sheet: 'kpiMap' | 'kpiData'; name: string };

/** What users type: words, numbers, dates, percentages, text that looks like a formula, and real formulas. */
const typed = fc.oneof(
  fc.constantFrom('=IMPORTXML("http://x")', '+1', '-x', '@x', '=1+2', '12%', '2026-05-01', 'Jens', '', '0012'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
);

/** Map columns users type in: channel … deadline (E–J, without the formula columns) and notes (AA). */
const NOTES_COLUMN = 27;
const userMapColumn = fc.constantFrom(6, 8, 9, 10, NOTES_COLUMN);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('typeInMap' as const),
    row: fc.integer({ min: 1, max: 14 }),
    column: userMapColumn,
    value: typed,
  }),
  fc.record({
    kind: fc.constant('typeInData' as const),
    sheet: fc.constantFrom('kpiData' as const, 'kpiAnswers' as const),
    row: fc.integer({ min: 3, max: 12 }),
    column: fc.integer({ min: 1, max: 8 }),
    value: typed,
  }),
  fc.record({
    kind: fc.constant('sortMap' as const),
    column: fc.integer({ min: 1, max: NOTES_COLUMN }),
    ascending: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('insertRows' as const),
    sheet: fc.constantFrom('kpiMap' as const, 'kpiData' as const),
    before: fc.integer({ min: 1, max: 10 }),
    count: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    sheet: fc.constantFrom('kpiMap' as const, 'kpiData' as const),
    name: fc.constantFrom('Goals 2026', "Mette's KPIs", 'Tal', 'Cijfers (oud)'),
  }),
);

function sheetOf(workbook: Workbook, key: string): SheetSnapshot | undefined {
  return workbook.snapshot().sheets.find((sheet) => sheet.key === key);
}

/** The rows of a data sheet that are the add-on's: the hidden key row and the label row below it. */
function dataHeaderRows(sheet: SheetSnapshot): Set<number> {
  const keyRow = sheet.values.findIndex((row) => row.includes('socialKpiKit.period')) + 1;
  return new Set([keyRow, keyRow + 1]);
}

function applyEdit(workbook: Workbook, e: Edit): void {
  const sheet = sheetOf(workbook, e.kind === 'sortMap' || e.kind === 'typeInMap' ? 'kpiMap' : e.sheet);
  if (!sheet) return;
  const letter = columnLetters;
  switch (e.kind) {
    case 'typeInMap':
      // The header row is the add-on's; every other row of these columns is the user's to type in.
      if (e.row !== sheet.headerRow) workbook.setCell(sheet.name, `${letter(e.column)}${e.row}`, e.value);
      return;
    case 'typeInData':
      // The hidden key row and the label row below it are the add-on's.
      if (!dataHeaderRows(sheet).has(e.row)) workbook.setCell(sheet.name, `${letter(e.column)}${e.row}`, e.value);
      return;
    case 'sortMap': {
      const header = sheet.headerRow ?? 1;
      workbook.sortRows(sheet.name, header + 1, sheet.values.length, e.column, e.ascending);
      return;
    }
    case 'insertRows':
      workbook.insertRows(sheet.name, e.before, e.count);
      return;
    case 'rename':
      if (!workbook.hasSheetNamed(e.name)) workbook.renameSheet(sheet.name, e.name);
  }
}

interface CellRecord {
  where: string;
  value: CellValue;
  formula: string;
}

/**
 * Every cell that belongs to the user: on the map, the user columns of the add-on's rows and every
 * cell of rows the user added; on the data sheets, everything but the two header rows. A re-run
 * never moves rows, so cells are compared by position.
 */
function userCells(workbook: Workbook): CellRecord[] {
  const cells: CellRecord[] = [];
  const snapshot = workbook.snapshot();
  for (const sheet of snapshot.sheets) {
    const keyed = new Set(sheet.rows.map((r) => r.row));
    const headerRows = dataHeaderRows(sheet);
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const column = c + 1;
        let mine: boolean;
        if (sheet.key === 'kpiMap') {
          if (r + 1 === sheet.headerRow) mine = false;
          else if (keyed.has(r + 1)) mine = [5, 6, 7, 8, 9, 10, NOTES_COLUMN].includes(column);
          else mine = true;
        } else {
          mine = !headerRows.has(r + 1);
        }
        if (mine && (value !== '' || sheet.formulas[r][c] !== '')) {
          cells.push({ where: `${sheet.key}!R${r + 1}C${column}`, value, formula: sheet.formulas[r][c] });
        }
      });
    });
  }
  return cells;
}

/** The re-run's input: what the wizard pre-fills from the sheet, with the new selection; else the first values. */
function rerunInput(api: ServerApi, selection: number[], language: WizardInput['language']): WizardInput {
  const current = api.getWizardModel(language).current as WizardInput;
  const prefilled: WizardInput = {
    ...current,
    kpis: selection.map((i) => current.kpis.find((k) => kpiRowKey(k) === kpiRowKey(POOL[i])) ?? POOL[i]),
  };
  return validateWizardInput(prefilled).length === 0 ? prefilled : inputFor(selection, language);
}

const selection = fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), {
  minLength: 1,
  maxLength: POOL.length,
});

describe('re-running the wizard after users worked in the sheets', () => {
  it('never loses a cell a user typed, and keeps KPIs no longer chosen as retired rows', () => {
    fc.assert(
      fc.property(
        selection,
        fc.array(edit, { maxLength: 12 }),
        selection,
        fc.constantFrom('en' as const, 'da' as const, 'nl' as const),
        (first, edits, second, language) => {
          const workbook = newWorkbook();
          const api = createWizardServer(workbookDoor(workbook, { locale: 'en', today: '2026-03-01' }));
          expect(api.applyWizard(inputFor(first, language)).ok).toBe(true);
          for (const e of edits) applyEdit(workbook, e);
          const keysBefore = sheetOf(workbook, 'kpiMap')?.rows.map((r) => r.key) ?? [];
          const before = userCells(workbook);

          const summary = api.applyWizard(rerunInput(api, second, language));
          expect(summary.messages).toEqual([]);

          const after = new Map(userCells(workbook).map((cell) => [cell.where, cell]));
          for (const cell of before) expect(after.get(cell.where), cell.where).toEqual(cell);

          const map = sheetOf(workbook, 'kpiMap') as SheetSnapshot;
          const keysAfter = new Set(map.rows.map((r) => r.key));
          for (const key of keysBefore) expect(keysAfter.has(key), `row ${key} kept`).toBe(true);
          const chosen = new Set(second.map((i) => kpiRowKey(POOL[i])));
          const statusColumn = map.values[(map.headerRow ?? 1) - 1].indexOf(
            { en: 'Status', da: 'Status', nl: 'Status' }[language],
          );
          const retired = { en: 'Retired', da: 'Udgået', nl: 'Vervallen' }[language];
          for (const { key, row } of map.rows) {
            const status = map.values[row - 1][statusColumn];
            if (chosen.has(key)) expect(status, key).not.toBe(retired);
            else expect(status, key).toBe(retired);
          }
          for (const key of chosen) expect(keysAfter.has(key), `${key} on the map`).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('writes a target changed in the wizard, and keeps a target typed in the sheet after the wizard was opened', () => {
    const workbook = newWorkbook();
    const api = createWizardServer(workbookDoor(workbook, { locale: 'en', today: '2026-03-01' }));
    api.applyWizard(inputFor([0, 3], 'en'));
    const opened = api.getWizardModel('en').current as WizardInput;
    // While the wizard is open, someone types a new target for likes in the sheet ...
    workbook.setCell('KPI map', 'I3', 350);
    // ... and the wizard user changes the follower target only.
    const changed = { ...opened, kpis: [{ ...opened.kpis[0], target: '5000' }, opened.kpis[1]] };
    api.applyWizard(changed);
    const [followers, likes] = mapRecords(workbook);
    expect(followers.Target).toBe(5000);
    expect(likes.Target).toBe(350);
  });

  it('finds its rows and tabs after sorting, inserted rows and renamed tabs', () => {
    const workbook = newWorkbook();
    const api = createWizardServer(workbookDoor(workbook, { locale: 'en', today: '2026-03-01' }));
    api.applyWizard(inputFor([0, 1, 3], 'en'));
    workbook.sortRows('KPI map', 2, 4, 3, false);
    workbook.insertRows('KPI map', 3, 1);
    workbook.setCell('KPI map', 'A3', 'my own row');
    workbook.renameSheet('KPI map', 'Our goals');
    workbook.renameSheet('KPI data', 'Numbers');
    const summary = api.applyWizard(inputFor([0, 1, 3, 2], 'en'));
    expect(summary).toMatchObject({
      sheetsCreated: [],
      rowsAdded: 1,
      rowsUpdated: 3,
      rowsRetired: 0,
      mapSheetName: 'Our goals',
    });
    expect(workbook.getValue('Our goals', 'A3')).toBe('my own row');
    expect(workbook.listSheets().map((s) => s.name)).toEqual(['Sheet1', 'Numbers', 'Our goals']);
    // Sorted by KPI name, Z to A, with the user's own row (no KPI) where it was inserted; new KPIs at the end.
    expect(mapRecords(workbook).map((r) => r.KPI)).toEqual([
      'Likes',
      '',
      'Follower count',
      'Amplification rate',
      'Impressions',
    ]);
  });

  it('two wizards open at once, each switching language, never revert each other and never change an untouched number', () => {
    const languages = fc.constantFrom('en' as const, 'da' as const, 'nl' as const);
    /** A change one wizard makes: a KPI of the first run, its target or owner. Targets include 4.125-like values. */
    const change = fc.record({
      pick: fc.nat(),
      field: fc.constantFrom('target' as const, 'owner' as const),
      number: fc.constantFrom(4.125, 1200.5, 7, 3.5, 250.75),
      owner: fc.constantFrom('Ann', 'Bo', 'Dana'),
    });
    fc.assert(
      fc.property(
        selection,
        languages,
        fc.tuple(languages, languages),
        fc.tuple(languages, languages),
        fc.array(change, { maxLength: 3 }),
        fc.array(change, { maxLength: 3 }),
        fc.option(fc.integer({ min: 0, max: POOL.length - 1 }), { nil: null }),
        fc.boolean(),
        (first, mapLanguage, aLanguages, bLanguages, aChanges, bChanges, aAdds, aFirst) => {
          const workbook = newWorkbook();
          const api = createWizardServer(workbookDoor(workbook, { locale: 'en', today: '2026-03-01' }));
          expect(api.applyWizard(inputFor(first, mapLanguage)).ok).toBe(true);
          const original = api.getWizardModel(null).current as WizardInput;

          /** A wizard as the sidebar opens it, switched through two languages, with the user's changes. */
          const openWizard = (switches: readonly WizardInput['language'][], changes: (typeof aChanges)[number][]) => {
            const model = api.getWizardModel(null);
            expect(model.language).toBe(mapLanguage);
            const draft = draftFromModel(model);
            for (const language of switches) {
              retypeNumbers(draft, draft.language, language, model.kpis);
              draft.language = language;
            }
            const changed = new Map<string, string | number>();
            for (const { pick, field, number, owner } of changes) {
              const choice = chosenKpis(draft)[pick % chosenKpis(draft).length];
              const percent = findKpi(choice.kpiId)?.unit === 'fraction';
              const value = percent ? number / 100 : number;
              choice[field] = field === 'owner' ? owner : numberAsTyped(value, percent, draft.language);
              changed.set(`${kpiRowKey(choice)}:${field}`, field === 'owner' ? owner : value);
            }
            return { draft, changed };
          };
          const a = openWizard(aLanguages, aChanges);
          const b = openWizard(bLanguages, bChanges);
          if (aAdds !== null && !first.includes(aAdds)) {
            a.draft.kpis.push({ ...POOL[aAdds], chosen: true });
          }
          const build = (draft: Draft) => {
            let summary = api.applyWizard(toWizardInput(draft));
            if (summary.conflicts?.length) {
              // The later wizard's user keeps theirs.
              adoptRebased(draft, summary.rebased as WizardInput, summary.conflicts, new Set());
              summary = api.applyWizard(toWizardInput(draft));
            }
            expect(summary.messages).toEqual([]);
            expect(summary.ok).toBe(true);
          };
          const [earlier, later] = aFirst ? [a, b] : [b, a];
          build(earlier.draft);
          build(later.draft);

          const now = api.getWizardModel('en').current as WizardInput;
          for (const kpiNow of now.kpis) {
            const key = kpiRowKey(kpiNow);
            const before = original.kpis.find((k) => kpiRowKey(k) === key);
            for (const field of ['target', 'owner'] as const) {
              const wanted = later.changed.get(`${key}:${field}`) ?? earlier.changed.get(`${key}:${field}`);
              const value = field === 'owner' ? kpiNow.base?.owner : kpiNow.base?.target;
              if (wanted !== undefined) expect(value, `${key} ${field}`).toBe(wanted);
              else if (before)
                expect(value, `${key} ${field}`).toBe(field === 'owner' ? before.base?.owner : before.base?.target);
            }
            // An untouched baseline is the number it was, whatever languages the wizards switched through.
            if (before) expect(kpiNow.base?.baseline, `${key} baseline`).toBe(before.base?.baseline);
          }
          // Every KPI of the first run is still active, and the one A added too.
          const active = new Set(now.kpis.map(kpiRowKey));
          for (const k of original.kpis) expect(active.has(kpiRowKey(k)), kpiRowKey(k)).toBe(true);
          if (aAdds !== null && !first.includes(aAdds)) expect(active.has(kpiRowKey(POOL[aAdds]))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

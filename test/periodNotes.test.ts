/**
 * Notes per period (issue 13 §4): "KPI data" has a note column per period and channel, the wizard never
 * rewrites what is typed there, a note is text even when it starts with '=', a map made before notes
 * existed gets the column on its next re-run, and the report shows the latest period's notes beside their KPIs.
 */
import { describe, expect, it } from 'vitest';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { cellA1 } from '../src/plan/a1.ts';
import { findSheet } from '../src/plan/snapshot.ts';
import type { Plan } from '../src/plan/types.ts';
import { buildReportPlan } from '../src/report/reportPlan.ts';
import { createWizardServer } from '../src/commands/wizardServer.ts';
import type { ServerApi, WizardInput } from '../src/shared/wizardApi.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { readDataLayout } from '../src/wizard/mapLayout.ts';
import { IMPORT_RECORD_KEY } from '../src/wizard/importRecordColumn.ts';
import { NOTE_KEY } from '../src/wizard/periodNotes.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import { newWorkbook, typeDataRows } from './support/kpiMapWorkbook.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

const JAN = 46023; // 2026-01-01
const FEB = 46054; // 2026-02-01
const NOTE = 'Note: why it moved';

function server(workbook: Workbook = newWorkbook()): { workbook: Workbook; api: ServerApi } {
  return {
    workbook,
    api: createWizardServer(workbookDoor(workbook, { locale: 'en-US', today: '2026-03-01' })),
  };
}

/** What a wizard opened now holds. */
function open(api: ServerApi): WizardInput {
  return api.getWizardModel(null).current as WizardInput;
}

const input = wizardInput({
  businessGoals: [goal('g1', 'awareness', 'Be known in Aarhus')],
  kpis: [
    kpi('follower_count', { channel: 'instagram', baseline: '1000', target: '3000' }),
    kpi('amplification_rate', { socialGoal: 'engagement', channel: 'all', baseline: '1%', target: '3%' }),
  ],
});

/** Two months of numbers on Instagram and Facebook, with notes typed as a user types them. */
function typeMonths(workbook: Workbook): void {
  typeDataRows(workbook, 'KPI data', [
    { Period: JAN, Channel: 'Instagram', 'Total followers': 1500, Shares: 30, [NOTE]: 'January: nothing special' },
    { Period: JAN, Channel: 'Facebook', 'Total followers': 800, Shares: 10 },
    { Period: FEB, Channel: 'Instagram', 'Total followers': 1700, Shares: 45, [NOTE]: 'Reels launched' },
    { Period: FEB, Channel: 'Facebook', 'Total followers': 820, Shares: 12, [NOTE]: '=ads paused, "for now"' },
  ]);
}

/** The KPI data sheet as values, label row first. */
function dataRows(workbook: Workbook) {
  return workbook.getValues('KPI data', 'A2:G6');
}

describe('the note column on KPI data', () => {
  it('is there on a new map: after the inputs, with a header note, its cells plain text', () => {
    const { workbook, api } = server();
    expect(api.applyWizard(input).ok).toBe(true);
    const labels = dataRows(workbook)[0];
    // The import's hidden record sits between the inputs and the note (src/wizard/importRecordColumn.ts).
    expect(labels.slice(0, 6)).toEqual(['Period', 'Channel', 'Total followers', 'Shares', 'Import record', NOTE]);
    expect(workbook.getCell('KPI data', 'F2').note).toContain('The report shows the latest period’s notes');
    expect(workbook.getCell('KPI data', 'F3').format).toBe('@');
  });

  it('keeps a note starting with "=" as the text typed, not a formula', () => {
    const { workbook, api } = server();
    api.applyWizard(input);
    typeMonths(workbook);
    const cell = workbook.getCell('KPI data', 'F6');
    expect(cell.value).toBe('=ads paused, "for now"');
    expect(cell.formula).toBe('');
    expect(cell.display).toBe('=ads paused, "for now"');
  });

  it('survives re-runs of the wizard: an unchanged one, another language, and a KPI added', () => {
    const { workbook, api } = server();
    api.applyWizard(input);
    typeMonths(workbook);
    const before = dataRows(workbook).slice(1);
    expect(api.applyWizard(open(api)).ok).toBe(true);
    expect(api.applyWizard({ ...open(api), language: 'da' }).ok).toBe(true);
    const more = open(api);
    const added = api.applyWizard({
      ...more,
      kpis: [...more.kpis, kpi('ctr', { socialGoal: 'conversion', baseline: '1%', target: '2%' })],
    });
    expect(added.messages).toEqual([]);
    const after = workbook.getValues('KPI data', 'A2:I6');
    expect(after.slice(1).map((row) => row.slice(0, 6))).toEqual(before.map((row) => row.slice(0, 6)));
    // The label follows the language; the new KPI's inputs go to the right of the notes.
    expect(after[0]).toEqual([
      'Periode',
      'Kanal',
      'Følgere i alt',
      'Delinger',
      'Importlog',
      'Note: hvorfor tallet flyttede sig',
      'Klik',
      'Visninger',
      '',
    ]);
    expect(workbook.getCell('KPI data', 'F6').formula).toBe('');
  });

  it('is never part of a re-run’s plan below its label', () => {
    const { workbook, api } = server();
    api.applyWizard(input);
    typeMonths(workbook);
    const plan = buildKpiMapPlan(open(api), workbook.snapshot(), { today: '2026-03-01' }).plan;
    const data = plan.sheets.find((sheet) => sheet.key === 'kpiData');
    const written = (data?.values ?? []).flatMap((block) => {
      const start = /^([A-Z]+)(\d+)$/.exec(block.start) as RegExpExecArray;
      return block.values.flatMap((row, r) =>
        row.map((value, c) => ({ row: Number(start[2]) + r, column: start[1].charCodeAt(0) - 64 + c, value })),
      );
    });
    expect(written.filter((cell) => cell.column === 5 && cell.row > 2)).toEqual([]);
  });
});

/**
 * The plan the version before notes wrote: the data sheet without the note column and the import's record
 * column after it (their keys, labels, header notes, formats, and the record's hiding).
 */
function previousVersion(plan: Plan): Plan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      if (sheet.key !== 'kpiData') return sheet;
      const keys = sheet.values?.[0].values[0] ?? [];
      expect(keys.slice(-2)).toEqual([IMPORT_RECORD_KEY, NOTE_KEY]);
      return {
        ...sheet,
        values: sheet.values?.map((block) => ({ ...block, values: block.values.map((row) => row.slice(0, -2)) })),
        notes: sheet.notes?.map((block) => ({ ...block, notes: block.notes.map((row) => row.slice(0, -2)) })),
        numberFormats: sheet.numberFormats?.slice(0, -2),
        hiddenColumns: [],
      };
    }),
  };
}

describe('a map made before notes existed', () => {
  it('gets the note column on its next re-run, right of everything typed, and loses nothing', () => {
    const workbook = newWorkbook();
    applyPlanToWorkbook(
      workbook,
      previousVersion(buildKpiMapPlan(input, workbook.snapshot(), { today: '2026-03-01' }).plan),
    );
    expect(workbook.getValues('KPI data', 'A2:E2')[0]).toEqual(['Period', 'Channel', 'Total followers', 'Shares', '']);
    // The user's own column beside the data.
    workbook.setCell('KPI data', 'E2', 'Campaign');
    typeDataRows(workbook, 'KPI data', [
      { Period: JAN, Channel: 'Instagram', 'Total followers': 1500, Shares: 30, Campaign: 'Spring' },
      { Period: FEB, Channel: 'Instagram', 'Total followers': 1700, Shares: 45, Campaign: '=Summer' },
    ]);
    const typed = workbook.getValues('KPI data', 'A2:E4');
    const { api } = server(workbook);
    expect(api.applyWizard(open(api)).ok).toBe(true);
    const after = workbook.getValues('KPI data', 'A2:G4');
    expect(after.map((row) => row.slice(0, 5))).toEqual(typed);
    // The import's hidden record, then the note column.
    expect(after[0].slice(5)).toEqual(['Import record', NOTE]);
    expect(readDataLayout(findSheet(workbook.snapshot(), 'kpiData')).columns.get(NOTE_KEY)).toBe(7);
    // Typed notes there survive the run after.
    workbook.setCell('KPI data', 'G4', 'Reels launched');
    api.applyWizard(open(api));
    expect(workbook.getValues('KPI data', 'A2:G4')).toEqual([
      ...after.slice(0, 2),
      [...after[2].slice(0, 6), 'Reels launched'],
    ]);
  });
});

describe('the report', () => {
  function reportWithNotes() {
    const { workbook, api } = server();
    api.applyWizard(input);
    typeMonths(workbook);
    const result = buildReportPlan(workbook.snapshot(), 'en');
    applyPlanToWorkbook(workbook, result.plan);
    const header = workbook.getValues(result.sheetName, 'A6:Z6')[0];
    const notesColumn = header.indexOf('Notes on the latest period') + 1;
    const notesOf = (kpiName: string) => {
      const kpiRow = result.kpis.find((k) => k.kpi.text.en.name === kpiName) as { row: number };
      return workbook.getCell(result.sheetName, cellA1(kpiRow.row, notesColumn));
    };
    return { workbook, result, notesColumn, notesOf };
  }

  it('shows the latest period’s note of the KPI’s channel beside a KPI on one channel', () => {
    const { notesColumn, notesOf } = reportWithNotes();
    expect(notesColumn).toBeGreaterThan(0);
    expect(notesOf('Follower count').value).toBe('Reels launched');
  });

  it('shows every channel’s note of the latest period, each after its channel, beside a KPI on all channels', () => {
    const { notesOf } = reportWithNotes();
    expect(notesOf('Amplification rate').value).toBe('Instagram: Reels launched; Facebook: =ads paused, "for now"');
  });

  it('follows the notes as they are typed: a new period, an edited note, a note removed', () => {
    const { workbook, notesOf } = reportWithNotes();
    typeDataRows(workbook, 'KPI data', [
      { Period: FEB + 28, Channel: 'Instagram', 'Total followers': 1800, Shares: 50, [NOTE]: 'Giveaway' },
    ]);
    expect(notesOf('Follower count').value).toBe('Giveaway');
    expect(notesOf('Amplification rate').value).toBe('Instagram: Giveaway');
    workbook.setCell('KPI data', 'F7', '');
    expect(notesOf('Follower count').value).toBe('');
  });

  it('leaves the column blank without notes, and without a note column (a map not re-run yet)', () => {
    const { workbook, api } = server();
    api.applyWizard(input);
    typeDataRows(workbook, 'KPI data', [{ Period: JAN, Channel: 'Instagram', 'Total followers': 1500, Shares: 30 }]);
    const plain = buildReportPlan(workbook.snapshot(), 'en');
    applyPlanToWorkbook(workbook, plain.plan);
    const column = (on: Workbook, sheet: string) =>
      on.getValues(sheet, 'A6:Z6')[0].indexOf('Notes on the latest period') + 1;
    expect(column(workbook, plain.sheetName)).toBeGreaterThan(0);
    expect(workbook.getValue(plain.sheetName, cellA1(plain.kpis[0].row, column(workbook, plain.sheetName)))).toBe('');
    const old = newWorkbook();
    applyPlanToWorkbook(old, previousVersion(buildKpiMapPlan(input, old.snapshot(), { today: '2026-03-01' }).plan));
    const report = buildReportPlan(old.snapshot(), 'en');
    expect(() => applyPlanToWorkbook(old, report.plan)).not.toThrow();
    expect(old.getValue(report.sheetName, cellA1(report.kpis[0].row, column(old, report.sheetName)))).toBe('');
  });

  it('heads the column in the map’s language', () => {
    const { workbook, api } = server();
    api.applyWizard({ ...input, language: 'nl' });
    const result = buildReportPlan(workbook.snapshot(), 'en');
    applyPlanToWorkbook(workbook, result.plan);
    expect(workbook.getValues(result.sheetName, 'A6:Z6')[0]).toContain('Notities bij de laatste periode');
  });
});

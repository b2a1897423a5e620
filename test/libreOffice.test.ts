/**
 * A manager may download the shared sheet as .xlsx and open it in Excel or LibreOffice: every formula
 * the add-on writes must give the same values there as in Google Sheets. The workbook the add-on builds
 * (KPI map, data and answers sheets with a year of example data, the report, and a user's own tab after
 * "Prepare for sharing") is written as .xlsx with exceljs (see test/support/xlsxWorkbook.ts for how
 * ARRAYFORMULA and open ranges are written, and why), recalculated by LibreOffice Calc headless, and
 * every cell a formula fills is compared with HyperFormula's value (the in-memory workbook):
 * numbers to 1e-9 relative, texts exactly, blank as blank, errors as the same error. The example data
 * covers 13 months, so the comparisons with the previous period and a year earlier hold values.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRACKABLE_KPIS } from '../src/catalog/kpis.ts';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import type { Workbook } from '../src/inMemory/workbook.ts';
import { rangeA1 } from '../src/plan/a1.ts';
import { exampleDataPlan } from '../preview/app/exampleData.ts';
import { createLocalServer } from '../sidebar/localServer.ts';
import { findSoffice, recalculateInLibreOffice } from './support/libreOffice.ts';
import { typeRows } from './support/kpiMapWorkbook.ts';
import { runMenuCommand } from './support/menuCommands.ts';
import { findSheet } from '../src/plan/snapshot.ts';
import { CHANNEL_KEY, PERIOD_KEY } from '../src/wizard/dataColumns.ts';
import { readDataLayout } from '../src/wizard/mapLayout.ts';
import { NOTE_KEY } from '../src/wizard/periodNotes.ts';
import { inputWithKpis } from './support/manyKpis.ts';
import {
  functionsMissingElsewhere,
  readXlsxValues,
  sameValue,
  workbookValue,
  writeXlsx,
} from './support/xlsxWorkbook.ts';

const TODAY = '2026-03-15';

/** A user's own tab: numbers (some refused by the sheet functions) and the add-on's functions on them. */
const USER_ROWS: (string | number | null)[][] = [
  ['Clicks', 'Impressions', 'Spend', 'Brand', 'Rival A', 'Rival B', 'Followers', 'Sharers', 'Seen', 'Score'],
  [120, 10000, 300, 40, 25, 10, 5000, 20000, 0.03, 9],
  [90, 8000, 280, 35, 30, 5, 5100, 18000, 0.05, 10],
  [150, 12500, 310, 50, 20, 20, 5200, 21000, 1.5, 6],
  [null, null, null, null, null, null, null, null, null, 7],
  [80, 7000, 150, 20, 10, 10, -40, 15000, 0.02, 3],
  [-5, 6000, 120, 0, 0, 0, 5300, 16000, null, 8],
];
const USER_FORMULAS: Record<string, string> = {
  L2: '=CTR(A2:A7,B2:B7)',
  M2: '=AMPLIFICATION_RATE(A2:A,B2:B)',
  N2: '=CPC(C2,A2)',
  N3: '=CPC(C3,A3)',
  O2: '=SHARE_OF_VOICE(D2:D7,E2:F7)',
  P2: '=POTENTIAL_REACH(G2:G7,H2:H7,I2:I7)',
  Q2: '=ROUND(CTR(A2,B2)*100,2)&" %"',
  Q3: '=SUM(CTR(A2:A4,B2:B4))',
  Q4: '=NPS(J2:J7)',
  Q5: '=CSAT(J2:J7,8)',
  Q6: '=KPI_STATUS(A2,50,200,DATE(2026,1,1),DATE(2026,12,31),DATE(2026,6,1))',
  Q7: '=KPI_PROGRESS(A2:A7,50,200)',
};

/** Notes on "KPI data": one per channel in the latest period (one starting with '='), one in an earlier period. */
function typeNotes(workbook: Workbook): void {
  const data = findSheet(workbook.snapshot(), 'kpiData');
  if (!data) throw new Error('no KPI data sheet');
  const layout = readDataLayout(data);
  const [period, channel, note] = [PERIOD_KEY, CHANNEL_KEY, NOTE_KEY].map((key) => layout.columns.get(key) as number);
  const rows = data.values.map((cells, i) => ({ row: i + 1, period: cells[period - 1], channel: cells[channel - 1] }));
  const latest = Math.max(...rows.map((r) => (typeof r.period === 'number' ? r.period : 0)));
  const cell = (row: number) => rangeA1({ row, column: note, numRows: 1, numColumns: 1 });
  for (const r of rows.filter((r) => r.period === latest)) {
    workbook.setCell(
      data.name,
      cell(r.row),
      r.channel === 'Facebook' ? '=ads paused "for now"' : `${r.channel}: reels`,
    );
  }
  const earlier = rows.find((r) => typeof r.period === 'number' && r.period < latest);
  if (earlier) workbook.setCell(data.name, cell(earlier.row), 'an older note');
}

/** The workbook as a manager receives it: built by the wizard, with data, a report and a prepared user tab. */
function sharedWorkbook(): Workbook {
  const { server, workbook } = createLocalServer({ locale: 'en', today: TODAY });
  const input = inputWithKpis(TRACKABLE_KPIS.length);
  const summary = server.applyWizard({ ...input, startDate: '2025-10-01' });
  expect(summary.messages).toEqual([]);
  const example = exampleDataPlan(workbook.snapshot(), server.getWizardModel(null).current, TODAY);
  if (!example.ok) throw new Error(example.message);
  applyPlanToWorkbook(workbook, example.plan);
  typeNotes(workbook);
  expect(runMenuCommand('buildReport', workbook).status).not.toBeNull();
  workbook.addSheet('My numbers');
  typeRows(workbook, 'My numbers', USER_ROWS);
  for (const [cell, formula] of Object.entries(USER_FORMULAS)) workbook.setCell('My numbers', cell, formula);
  runMenuCommand('prepareForSharing', workbook);
  return workbook;
}

/** Every formula in the workbook, as `Tab!A1` → formula. */
function formulas(workbook: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const info of workbook.listSheets()) {
    const a1 = rangeA1({ row: 1, column: 1, numRows: info.rows, numColumns: info.columns });
    workbook.getFormulas(info.name, a1).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula)
          out.set(`${info.name}!${rangeA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 })}`, formula);
      }),
    );
  }
  return out;
}

/** The column letter under `header` in the first rows of a tab. */
function columnOf(workbook: Workbook, sheet: string, header: string): string {
  const info = workbook.listSheets().find((tab) => tab.name === sheet);
  if (!info) throw new Error(`No tab ${sheet}.`);
  const rows = workbook.getValues(
    sheet,
    rangeA1({ row: 1, column: 1, numRows: Math.min(10, info.rows), numColumns: info.columns }),
  );
  for (const row of rows) {
    const column = row.indexOf(header);
    if (column >= 0) return rangeA1({ row: 1, column: column + 1, numRows: 1, numColumns: 1 }).replace(/\d+$/, '');
  }
  throw new Error(`No column “${header}” on ${sheet}.`);
}

describe('the shared workbook in a second engine (LibreOffice Calc, from .xlsx)', () => {
  const workbook = sharedWorkbook();
  const dir = mkdtempSync(join(tmpdir(), 'social-kpi-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses only functions that Excel and LibreOffice have too (no FILTER, no custom function)', () => {
    const all = formulas(workbook);
    expect(all.size).toBeGreaterThan(500);
    const missing = [...all].flatMap(([cell, formula]) =>
      functionsMissingElsewhere(formula).map((name) => `${cell} uses ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('has the latest period’s notes on the report, so the comparison covers them', () => {
    const shown = workbook.getValues('KPI report', 'A1:Z120').flat().map(String);
    expect(shown.some((text) => text.includes('=ads paused "for now"'))).toBe(true);
    expect(shown.some((text) => text.includes('an older note'))).toBe(false);
  });

  it('every cell a formula fills shows the same value in LibreOffice as in HyperFormula', async () => {
    const soffice = findSoffice();
    const input = join(dir, 'shared.xlsx');
    const cells = await writeXlsx(workbook, input);
    const version = recalculateInLibreOffice(soffice, input, join(dir, 'out'), join(dir, 'profile'));
    const recalculated = await readXlsxValues(join(dir, 'out', 'shared.xlsx'));
    const differences: string[] = [];
    for (const { sheet, cell, formula, anchor } of cells) {
      const expected = workbookValue(workbook, sheet, cell);
      const actual = recalculated.get(`${sheet}!${cell}`) ?? { kind: 'blank' };
      if (!sameValue(expected, actual)) {
        differences.push(
          `${sheet}!${cell}${anchor === cell ? '' : ` (spilled from ${anchor})`}: HyperFormula ${JSON.stringify(expected)}, LibreOffice ${JSON.stringify(actual)}; ${formula}`,
        );
      }
    }
    const shown = cells.filter(({ sheet, cell }) => workbookValue(workbook, sheet, cell).kind !== 'blank').length;
    process.stdout.write(
      `${version}: ${cells.length} cells filled by formulas compared (${shown} not blank), ${cells.length - differences.length} agree.\n`,
    );
    expect(cells.length).toBeGreaterThan(1000);
    expect(differences).toEqual([]);
    // The comparisons and the progress bar are among them, on the map and in the report, with values.
    for (const [sheet, header] of [
      ['KPI map', 'Previous period'],
      ['KPI map', 'Change since previous'],
      ['KPI map', 'Same period a year earlier'],
      ['KPI map', 'Change in a year'],
      ['KPI map', 'Progress bar'],
      ['KPI report', 'Previous period'],
      ['KPI report', 'Same period a year earlier'],
      ['KPI report', 'Change in a year'],
      ['KPI report', 'Progress bar'],
    ]) {
      const letter = columnOf(workbook, sheet, header);
      const compared = cells.filter(
        (c) =>
          c.sheet === sheet &&
          c.cell.replace(/\d+$/, '') === letter &&
          workbookValue(workbook, sheet, c.cell).kind !== 'blank',
      );
      expect(compared.length, `${sheet} “${header}” cells compared with a value`).toBeGreaterThan(
        TRACKABLE_KPIS.length / 2,
      );
    }
  }, 900_000);
});

/** An in-memory spreadsheet with the wizard applied to it, and helpers to read the KPI map back. */
import { Workbook } from '../../src/inMemory/workbook.ts';
import { applyPlanToWorkbook } from '../../src/inMemory/applyPlanToWorkbook.ts';
import { rangeA1 } from '../../src/plan/a1.ts';
import type { CellValue } from '../../src/plan/types.ts';
import type { WizardInput } from '../../src/shared/wizardApi.ts';
import { buildKpiMapPlan } from '../../src/wizard/kpiMapPlan.ts';

/** Builds the KPI map on `workbook` (a new one with "Sheet1" when left out) as applyWizard does. */
export function applyWizardTo(input: WizardInput, workbook = newWorkbook(), today = '2026-03-01') {
  const result = buildKpiMapPlan(input, workbook.snapshot(), { today });
  applyPlanToWorkbook(workbook, result.plan);
  return { workbook, result };
}

export function newWorkbook(): Workbook {
  const workbook = new Workbook('Europe/Copenhagen');
  workbook.addSheet('Sheet1');
  return workbook;
}

/** The KPI map as records: header text → value, one per row below the header (by the tab's current name). */
export function mapRecords(workbook: Workbook, key = 'kpiMap'): Record<string, CellValue>[] {
  const sheet = workbook.snapshot().sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`The workbook has no sheet with key ${key}.`);
  const [header, ...rows] = sheet.values;
  return rows
    .filter((row) => row.some((value) => value !== ''))
    .map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i] ?? ''])));
}

/** Types data rows into a data sheet below its headers, as a user would. Columns by header label. */
export function typeDataRows(workbook: Workbook, sheetName: string, rows: Record<string, string | number>[]): void {
  const values = workbook.snapshot().sheets.find((s) => s.name === sheetName)!.values;
  const labelRow = values.findIndex((row) => row.includes('Period') || row.includes('Periode')) + 1;
  const labels = values[labelRow - 1].map(String);
  let row = values.length + 1;
  for (const record of rows) {
    for (const [label, value] of Object.entries(record)) {
      const column = labels.indexOf(label);
      if (column < 0) throw new Error(`No column "${label}" on ${sheetName}: ${labels.join(', ')}`);
      workbook.setCell(sheetName, `${String.fromCharCode(65 + column)}${row}`, value);
    }
    row++;
  }
}

/** Types a table into a tab from A1, as a user would; null leaves a cell empty. */
export function typeRows(workbook: Workbook, sheetName: string, rows: readonly (readonly CellValue[])[]): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) {
        workbook.setCell(sheetName, rangeA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 }), value);
      }
    }),
  );
}

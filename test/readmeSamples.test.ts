/**
 * The README's quick start as written: "Load example data" on a new workbook, then every sample formula
 * the README shows, typed as it stands into an empty cell of Sheet1, gives numbers, not an error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import { createLocalServer } from '../sidebar/localServer.ts';
import { loadExampleData } from '../preview/app/exampleData.ts';
import { END_MARKER, README_PATH, START_MARKER } from '../scripts/readme.ts';

/** Every formula the README shows in `code` outside its generated reference (whose syntax names parameters). */
function readmeSampleFormulas(): string[] {
  const readme = readFileSync(README_PATH, 'utf8');
  const prose = readme.slice(0, readme.indexOf(START_MARKER)) + readme.slice(readme.indexOf(END_MARKER));
  return [...new Set([...prose.matchAll(/`(=[A-Z_]+\(.*?\))`/g)].map((match) => match[1]))];
}

const TABLES = new Set(SHEET_FUNCTIONS.filter((kpi) => kpi.unit === 'table').map((kpi) => kpi.functionName));

describe("the README's quick start works as written", () => {
  const samples = readmeSampleFormulas();

  it('the README shows sample formulas over the example data', () => {
    expect(samples.length).toBeGreaterThanOrEqual(2);
    expect(samples).toContain("=AMPLIFICATION_RATE('KPI data'!F3:F, 'KPI data'!C3:C)");
  });

  it('"Load example data" on a new workbook builds a sample map with the wizard, says so, and fills the data', () => {
    const { server, workbook, door } = createLocalServer({ locale: 'en', today: '2026-12-06' });
    const message = loadExampleData(door, server);
    expect(message).toContain('There was no KPI map yet, so the goal wizard built a sample one ("KPI map"');
    expect(message).toContain('Loaded 13 months of example numbers');
    expect(server.getWizardModel(null).current?.kpis).toHaveLength(6);
    expect(workbook.listSheets().map((sheet) => sheet.name)).toEqual(['Sheet1', 'KPI data', 'KPI map']);
  });

  it('says it in Danish for a Danish user', () => {
    const { server, door } = createLocalServer({ locale: 'da-DK', today: '2026-12-06' });
    const message = loadExampleData(door, server);
    expect(message).toContain('Der var intet KPI-kort endnu, så målguiden byggede et eksempel');
    expect(message).toContain('13 måneders eksempeltal');
    expect(loadExampleData(door, server)).toContain('har allerede tal, og eksempeldata overskriver dem aldrig');
  });

  it.each(samples)('%s typed into Sheet1 gives its numbers (or its table), not an error', (formula) => {
    const { server, workbook, door } = createLocalServer({ locale: 'en', today: '2026-12-06' });
    loadExampleData(door, server);
    workbook.setCell('Sheet1', 'B2', formula);
    const cell = workbook.getCell('Sheet1', 'B2');
    expect(cell.error, cell.error).toBeUndefined();
    const name = /^=([A-Z_]+)\(/.exec(formula)![1];
    if (!TABLES.has(name)) {
      expect(typeof cell.value, `${formula} gave ${String(cell.value)}`).toBe('number');
      // A spilled column: every month and channel of the example gets a number, none a message.
      const spilled = workbook
        .getValues('Sheet1', 'B2:B40')
        .flat()
        .filter((value) => value !== '');
      expect(spilled.length).toBeGreaterThan(12);
      for (const value of spilled) expect(typeof value, String(value)).toBe('number');
    }
  });
});

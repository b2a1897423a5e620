import { describe, expect, it } from 'vitest';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { formatValue } from '../src/inMemory/formatValue.ts';
import { shiftFormula } from '../src/inMemory/shiftFormula.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { toSerialDate } from '../src/plan/serialDate.ts';
import { findSheet, sheetIdOf, type SpreadsheetSnapshot } from '../src/plan/snapshot.ts';
import { ROW_KEY_HEADER, type Plan } from '../src/plan/types.ts';
import { applyPlanToSpreadsheet } from '../src/plan/applyToSpreadsheet.ts';
import { readSnapshot } from '../src/plan/readSnapshot.ts';
import { createCountingServices } from './support/countingSpreadsheetApp.ts';

/** A small KPI map and its data sheet: the map reads the data sheet with a native formula and a sheet function. */
function smallMapPlan(snapshot?: SpreadsheetSnapshot): Plan {
  const id = (key: string) => (snapshot ? sheetIdOf(snapshot, key) : null);
  return {
    sheets: [
      {
        key: 'kpiData',
        sheetId: id('kpiData'),
        name: 'KPI data',
        create: true,
        values: [
          {
            start: 'A1',
            values: [
              ['Period', 'Likes', 'Followers'],
              [toSerialDate('2025-01-31'), 10, 200],
              [toSerialDate('2025-02-28'), 30, 250],
            ],
          },
        ],
        numberFormats: [{ range: 'A2:A100', format: 'yyyy-mm-dd' }],
        validations: [{ range: 'A2:A100', rule: { kind: 'date' }, helpText: 'A date', reject: true }],
        notes: [{ start: 'B1', notes: [['Instagram › Insights', 'Instagram › Profile']] }],
        frozenRows: 1,
      },
      {
        key: 'kpiMap',
        sheetId: id('kpiMap'),
        name: 'KPI map',
        create: true,
        values: [
          { start: 'A1', values: [['KPI', 'Owner', 'Latest followers', 'Applause rate', 'Status', ROW_KEY_HEADER]] },
          {
            start: 'A2',
            values: [
              ['Followers', '=IMPORTXML("x")'],
              ['Applause rate', '+1'],
              ['Reach', '@x'],
            ],
          },
          { start: 'F2', values: [['follower_count'], ['applause_rate'], ['post_reach']] },
        ],
        formulas: [
          {
            start: 'C2',
            formulas: [
              [
                `=INDEX('KPI data'!C:C, COUNTA('KPI data'!A:A))`,
                `=APPLAUSE_RATE('KPI data'!$B$3, 'KPI data'!$C$3)`,
                '=IF(D2>=0.1, "On track", "Behind")',
              ],
            ],
          },
        ],
        numberFormats: [{ range: 'D2:D4', format: '0.0%' }],
        conditionalFormats: [
          { ranges: ['E2:E4'], when: { kind: 'textEquals', text: 'Behind' }, style: { background: '#f4cccc' } },
          { ranges: ['C2:C4'], when: { kind: 'customFormula', formula: '=C2>200' }, style: { bold: true } },
        ],
        protections: [{ range: 'C2:E4', description: 'Calculated', warningOnly: true }],
        frozenRows: 1,
        hiddenColumns: ['F'],
        columnWidths: [{ columns: 'A:B', width: 160 }],
      },
      {
        key: 'report',
        sheetId: id('report'),
        name: 'Report',
        create: true,
        hidden: true,
        charts: [
          {
            type: 'line',
            title: 'Followers',
            ranges: [{ sheet: 'kpiData', range: 'A1:C3' }],
            anchor: 'B2',
            width: 600,
            height: 300,
          },
        ],
      },
    ],
    namedRanges: [{ name: 'FollowersData', sheet: 'kpiData', range: 'C2:C3' }],
    activate: 'kpiMap',
  };
}

function workbookWithMap(): Workbook {
  const workbook = new Workbook();
  workbook.addSheet('Sheet1');
  applyPlanToWorkbook(workbook, smallMapPlan(workbook.snapshot()));
  return workbook;
}

describe('the in-memory workbook', () => {
  it('applies a plan: sheets created with their keys, formulas evaluated across sheets, sheet functions included', () => {
    const workbook = new Workbook();
    workbook.addSheet('Sheet1');
    const result = applyPlanToWorkbook(workbook, smallMapPlan(workbook.snapshot()));
    expect(result.created.map((c) => c.name)).toEqual(['KPI data', 'KPI map', 'Report']);
    expect(workbook.getValues('KPI map', 'C2:E2')).toEqual([[250, 0.12, 'On track']]);
    expect(workbook.getCell('KPI map', 'D2').display).toBe('12.0%');
    expect(workbook.getCell('KPI data', 'A2').display).toBe('2025-01-31');
    expect(workbook.listSheets().map((s) => [s.name, s.key, s.hidden])).toEqual([
      ['Sheet1', null, false],
      ['KPI data', 'kpiData', false],
      ['KPI map', 'kpiMap', false],
      ['Report', 'report', true],
    ]);
    expect(workbook.activeSheetId).toBe(workbook.sheet('KPI map').sheetId);
  });

  it('keeps formats, validations, notes, rules, protections, frozen rows, widths, hidden columns, charts and named ranges', () => {
    const workbook = workbookWithMap();
    const data = workbook.getCell('KPI data', 'A50');
    expect([data.format, data.validation?.helpText, data.validation?.reject]).toEqual(['yyyy-mm-dd', 'A date', true]);
    expect(workbook.getCell('KPI data', 'C1').note).toBe('Instagram › Profile');
    const map = workbook.sheet('KPI map');
    expect([map.frozenRows, map.columnWidths.get(2), [...map.hiddenColumns]]).toEqual([1, 160, [6]]);
    expect(map.protections).toEqual([{ range: 'C2:E4', description: 'Calculated', warningOnly: true }]);
    expect(workbook.sheet('Report').charts[0].title).toBe('Followers');
    expect(workbook.namedRanges.get('FollowersData')?.range).toBe('C2:C3');
  });

  it('colours a cell by the first conditional format that applies, custom formulas checked per cell', () => {
    const workbook = workbookWithMap();
    workbook.setCell('KPI data', 'B3', 5);
    expect(workbook.getValue('KPI map', 'E2')).toBe('Behind');
    expect(workbook.getCell('KPI map', 'E2').style).toEqual({ background: '#f4cccc' });
    expect(workbook.getCell('KPI map', 'C2').style).toEqual({ bold: true });
    workbook.setCell('KPI data', 'C3', 150);
    expect(workbook.getCell('KPI map', 'C2').style).toBeUndefined();
  });

  it('keeps text users typed as text: =IMPORTXML("x"), +1 and @x are not formulas', () => {
    const workbook = workbookWithMap();
    expect(workbook.getValues('KPI map', 'B2:B4')).toEqual([['=IMPORTXML("x")'], ['+1'], ['@x']]);
    expect(workbook.getFormulas('KPI map', 'B2:B4')).toEqual([[''], [''], ['']]);
    expect(workbook.getCell('KPI map', 'B2').input).toBe('=IMPORTXML("x")');
  });

  it('reads typed input as Sheets does: formulas, numbers, percentages, dates and apostrophe text', () => {
    const workbook = workbookWithMap();
    workbook.setCell('KPI data', 'B4', '45');
    workbook.setCell('KPI data', 'C4', '=C3+50');
    workbook.setCell('KPI data', 'A4', '2025-03-31');
    workbook.setCell('KPI data', 'D4', '10%');
    workbook.setCell('KPI data', 'E4', "'0012");
    expect(workbook.getValues('KPI data', 'A4:E4')).toEqual([[toSerialDate('2025-03-31'), 45, 300, 0.1, '0012']]);
    expect(workbook.getCell('KPI data', 'D4').display).toBe('10%');
    expect(workbook.getValue('KPI map', 'C2')).toBe(300);
  });

  it('sorting rows moves values, formulas and row keys together', () => {
    const workbook = workbookWithMap();
    workbook.sortRows('KPI map', 2, 4, 1, false);
    expect(workbook.getValues('KPI map', 'A2:A4').flat()).toEqual(['Reach', 'Followers', 'Applause rate']);
    const map = findSheet(workbook.snapshot(), 'kpiMap')!;
    expect(map.rows).toEqual([
      { key: 'post_reach', row: 2 },
      { key: 'follower_count', row: 3 },
      { key: 'applause_rate', row: 4 },
    ]);
    expect(workbook.getValues('KPI map', 'B3:D3')).toEqual([['=IMPORTXML("x")', 250, 0.12]]);
    expect(workbook.getCell('KPI map', 'D3').format).toBe('0.0%');
  });

  it('a sorted formula shifts its relative references to other rows, as Sheets does: $ keeps a cell fixed', () => {
    const workbook = new Workbook();
    workbook.addSheet('Data');
    workbook.addSheet('Map');
    workbook.setCell('Data', 'A1', 10);
    workbook.setCell('Data', 'A2', 20);
    workbook.setCell('Map', 'A1', 'b');
    workbook.setCell('Map', 'A2', 'a');
    workbook.setCell('Map', 'B1', '=Data!A1');
    workbook.setCell('Map', 'C1', '=Data!$A$1');
    workbook.sortRows('Map', 1, 2, 1);
    expect(workbook.getFormulas('Map', 'B2:C2')).toEqual([['=Data!A2', '=Data!$A$1']]);
    expect(workbook.getValues('Map', 'B2:C2')).toEqual([[20, 10]]);
  });

  it('inserting rows moves rows, their keys and formats down, and formulas follow', () => {
    const workbook = workbookWithMap();
    workbook.insertRows('KPI map', 3, 2);
    expect(findSheet(workbook.snapshot(), 'kpiMap')!.rows).toEqual([
      { key: 'follower_count', row: 2 },
      { key: 'applause_rate', row: 5 },
      { key: 'post_reach', row: 6 },
    ]);
    expect(workbook.getCell('KPI map', 'D2').format).toBe('0.0%');
    expect(workbook.sheet('KPI map').protections[0].range).toBe('C2:E6');
    workbook.insertRows('KPI data', 2, 1);
    expect(workbook.getValue('KPI map', 'D2')).toBe(0.12);
    expect(workbook.getFormulas('KPI map', 'D2')).toEqual([[`=APPLAUSE_RATE('KPI data'!$B$4, 'KPI data'!$C$4)`]]);
  });

  it('renaming a tab keeps its key, and formulas that read it follow the new name', () => {
    const workbook = workbookWithMap();
    workbook.renameSheet('KPI data', 'Numbers');
    expect(workbook.getFormulas('KPI map', 'C2')).toEqual([[`=INDEX(Numbers!C:C, COUNTA(Numbers!A:A))`]]);
    expect(workbook.getValue('KPI map', 'C2')).toBe(250);
    const snapshot = workbook.snapshot();
    expect(findSheet(snapshot, 'kpiData')?.name).toBe('Numbers');
    applyPlanToWorkbook(workbook, smallMapPlan(snapshot));
    expect(workbook.listSheets().map((s) => s.name)).toEqual(['Sheet1', 'Numbers', 'KPI map', 'Report']);
  });

  it('gives the same snapshot shape as Google Sheets: add-on sheets by key, other tabs by name, JSON-safe', () => {
    const workbook = workbookWithMap();
    workbook.setCell('KPI data', 'B3', 0);
    const snapshot = workbook.snapshot();
    expect(snapshot.otherSheetNames).toEqual(['Sheet1']);
    const map = findSheet(snapshot, 'kpiMap')!;
    expect(map.keyColumn).toBe(6);
    expect(map.headerRow).toBe(1);
    expect(map.values[1]).toEqual(['Followers', '=IMPORTXML("x")', 250, 0, 'Behind', 'follower_count']);
    expect(map.formulas[1][3]).toBe(`=APPLAUSE_RATE('KPI data'!$B$3, 'KPI data'!$C$3)`);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('survives a toJSON / fromJSON round trip through text, as browser storage keeps it', () => {
    const workbook = workbookWithMap();
    workbook.setCell('KPI data', 'B4', '=1/0');
    workbook.renameSheet('KPI map', 'Goals');
    const copy = Workbook.fromJSON(JSON.parse(JSON.stringify(workbook.toJSON())));
    expect(copy.snapshot()).toEqual(workbook.snapshot());
    expect(copy.getValues('Goals', 'B2:D2')).toEqual([['=IMPORTXML("x")', 250, 0.12]]);
    expect(copy.getValue('KPI data', 'B4')).toBe('#DIV/0!');
    expect(copy.getCell('KPI data', 'A60').validation?.helpText).toBe('A date');
    expect(copy.sheet('Goals').sheetId).toBe(workbook.sheet('Goals').sheetId);
    expect(copy.toJSON()).toEqual(workbook.toJSON());
    expect(() => Workbook.fromJSON({ format: 'something else' })).toThrow(
      'This is not a saved Social KPI Kit workbook',
    );
  });

  it('a formula that spills still spills after a toJSON / fromJSON round trip (its spilled values are not stored)', () => {
    const workbook = new Workbook();
    workbook.addSheet('Data');
    workbook.setCell('Data', 'A1', 2);
    workbook.setCell('Data', 'A2', 3);
    workbook.setCell('Data', 'B1', 10);
    workbook.setCell('Data', 'B2', 0);
    workbook.setCell('Data', 'C1', '=CTR(A1:A2, B1:B2)');
    const copy = Workbook.fromJSON(JSON.parse(JSON.stringify(workbook.toJSON())));
    expect(copy.getValue('Data', 'C1')).toBe(0.2);
    expect(String(copy.getValue('Data', 'C2'))).toContain('impressions row 2 is 0');
    expect(copy.getFormulas('Data', 'C1:C2')).toEqual([['=CTR(A1:A2, B1:B2)'], ['']]);
  });

  it('writes into a tab of the user only never: a new sheet gets a free name when the wanted one is taken', () => {
    const workbook = new Workbook();
    workbook.addSheet('KPI map');
    workbook.setCell('KPI map', 'A1', 'mine');
    const result = applyPlanToWorkbook(workbook, smallMapPlan(workbook.snapshot()));
    expect(result.created.find((c) => c.key === 'kpiMap')?.name).toBe('KPI map (2)');
    expect(workbook.getValues('KPI map', 'A1:B2')).toEqual([
      ['mine', ''],
      ['', ''],
    ]);
  });

  it('keeps open ranges like B2:B as written while evaluating them over the whole column', () => {
    const workbook = workbookWithMap();
    workbook.setCell('KPI map', 'H1', "=SUM('KPI data'!B2:B)");
    expect(workbook.getValue('KPI map', 'H1')).toBe(40);
    expect(workbook.getFormulas('KPI map', 'H1')).toEqual([["=SUM('KPI data'!B2:B)"]]);
  });
});

describe('one plan, two appliers', () => {
  it('leaves Google Sheets and the in-memory workbook holding the same text, numbers, formulas and row keys', () => {
    const services = createCountingServices(['Sheet1']);
    applyPlanToSpreadsheet(services.app, services.spreadsheet, smallMapPlan(readSnapshot(services.spreadsheet)));
    const sheets = readSnapshot(services.spreadsheet);
    const memory = workbookWithMap().snapshot();
    expect(memory.otherSheetNames).toEqual(sheets.otherSheetNames);
    expect(memory.sheets.map((s) => [s.key, s.name, s.hidden, s.keyColumn, s.headerRow, s.rows])).toEqual(
      sheets.sheets.map((s) => [s.key, s.name, s.hidden, s.keyColumn, s.headerRow, s.rows]),
    );
    for (const [i, sheet] of sheets.sheets.entries()) {
      expect(memory.sheets[i].formulas, sheet.name).toEqual(sheet.formulas);
      // The counting fake does not calculate, so compare the cells that hold no formula.
      const literals = (values: unknown[][], formulas: string[][]) =>
        values.map((row, r) => row.map((value, c) => (formulas[r][c] ? 'formula' : value)));
      expect(literals(memory.sheets[i].values, memory.sheets[i].formulas), sheet.name).toEqual(
        literals(sheet.values, sheet.formulas),
      );
    }
  });
});

describe('showing values with their number format', () => {
  it.each([
    [0.123, '0%', '12%'],
    [0.1234, '0.0%', '12.3%'],
    [1234.5, '#,##0.00', '1,234.50'],
    [1234.5, '[$€]#,##0.00', '€1,234.50'],
    [-5, '"kr" #,##0.00', '-kr 5.00'],
    [toSerialDate('2025-03-09'), 'yyyy-mm-dd', '2025-03-09'],
    [toSerialDate('2025-03-09'), 'd mmm yyyy', '9 Mar 2025'],
    [toSerialDate('2025-03-09') + 0.5, 'dd/mm/yyyy hh:mm', '09/03/2025 12:00'],
    [12, '@', '12'],
    [0.1 + 0.2, undefined, '0.3'],
    [true, undefined, 'TRUE'],
  ] as const)('%s under %s shows as %s', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });

  it('moves a conditional format formula to the cell it is checked for', () => {
    expect(shiftFormula('=AND(G2<TODAY(), $A$1="x", "G2"<>G$2)', 3, 1)).toBe('=AND(H5<TODAY(), $A$1="x", "G2"<>H$2)');
  });
});

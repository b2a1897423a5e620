/**
 * The SpreadsheetApp stand-in refuses what Google Sheets refuses, with Sheets' message: every rule of
 * SHEETS_RULES (src/plan/sheetsLimits.ts) is broken here once, on the stand-in and, for the grid and cell
 * limits, on the in-memory workbook behind the tests and `npm start`.
 */
import { describe, expect, it } from 'vitest';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { SHEETS_RULES, sheetsMessage, type SheetsRuleId } from '../src/plan/sheetsLimits.ts';
import { createCountingServices } from './support/countingSpreadsheetApp.ts';

function freshSheet() {
  const services = createCountingServices(['Sheet1']);
  const sheet = services.spreadsheet.getSheetByName('Sheet1') as GoogleAppsScript.Spreadsheet.Sheet;
  return { services, sheet };
}

const LONG_TEXT = 'x'.repeat(50_001);

/** One way to break each rule on the stand-in, and the message Sheets gives. */
const BREAKS: Record<SheetsRuleId, { attempt: () => unknown; message: string }> = {
  unknownMethod: {
    attempt: () => (freshSheet().sheet as unknown as { getValues(): unknown }).getValues(),
    message: 'TypeError: Sheet.getValues is not a function',
  },
  outsideGrid: {
    attempt: () => freshSheet().sheet.getRange('A1:AJ2'),
    message: 'The coordinates of the range are outside the dimensions of the sheet.',
  },
  cellTooLong: {
    attempt: () =>
      freshSheet()
        .sheet.getRange('A1')
        .setValues([[LONG_TEXT]]),
    message: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  },
  tooManyCells: {
    attempt: () => freshSheet().sheet.insertRowsAfter(1000, 400_000),
    message: 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  },
  rowsMismatch: {
    attempt: () =>
      freshSheet()
        .sheet.getRange('A1:B3')
        .setValues([[1, 2]]),
    message:
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
  },
  columnsMismatch: {
    attempt: () =>
      freshSheet()
        .sheet.getRange('A1:B1')
        .setNumberFormats([['0.0%']]),
    message:
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
  },
  invalidColour: {
    attempt: () => freshSheet().sheet.getRange('A1').setBackground('#12345'),
    message: 'Invalid color: "#12345". Use CSS notation such as "#ffffff" or "white".',
  },
  invalidNumberFormat: {
    attempt: () => freshSheet().sheet.getRange('A1').setNumberFormat('#,##0.00 "kr.'),
    message: 'Invalid number format pattern: "#,##0.00 "kr.".',
  },
  sheetNameTooLong: {
    attempt: () => freshSheet().services.spreadsheet.insertSheet('K'.repeat(101)),
    message: `The sheet name must be 1 to 100 characters long: "${'K'.repeat(101)}".`,
  },
  sheetNameTaken: {
    attempt: () => freshSheet().services.spreadsheet.insertSheet('sheet1'),
    message: 'A sheet with the name "sheet1" already exists. Please enter another name.',
  },
};

describe('the SpreadsheetApp stand-in refuses what Sheets refuses', () => {
  it.each(Object.keys(SHEETS_RULES) as SheetsRuleId[])('%s, with the message and doc page listed', (id) => {
    const rule = SHEETS_RULES[id];
    expect(rule.doc).toMatch(/^https:\/\/(developers\.google\.com|support\.google\.com)\//);
    expect(BREAKS[id].attempt).toThrow(BREAKS[id].message);
    expect(BREAKS[id].message).toContain(sheetsMessage(id).split('{')[0]);
  });

  it('a tab grows and shrinks with insertRowsAfter, insertColumnsAfter, deleteRows and deleteColumns', () => {
    const { sheet } = freshSheet();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    sheet.getRange('A1000').setValues([['last row']]);
    sheet.insertRowsAfter(1000, 3);
    sheet.insertColumnsAfter(26, 10);
    expect(sheet.getRange('A1003:AJ1003').getNumColumns()).toBe(36);
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A1001').getValues()).toEqual([['last row']]);
    sheet.deleteRows(2, 4);
    sheet.deleteColumns(27, 10);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet.getRange('A997').getValues()).toEqual([['last row']]);
    expect(() => sheet.getRange(1001, 1)).toThrow(SHEETS_RULES.outsideGrid.message);
    expect(() => sheet.getRange(1, 27)).toThrow(SHEETS_RULES.outsideGrid.message);
  });

  it('a new tab counts towards the 10 million cells, and a taken name is refused whatever its case', () => {
    const services = createCountingServices([]);
    for (let i = 0; i < 384; i++) services.state.addSheet(`Tab ${i}`);
    expect(() => services.spreadsheet.insertSheet('One too many')).toThrow(SHEETS_RULES.tooManyCells.message);
    expect(() => services.spreadsheet.insertSheet('TAB 1')).toThrow('A sheet with the name "TAB 1" already exists.');
  });

  it('builders take only their own methods and CSS colours', () => {
    const { services } = freshSheet();
    const rule = services.app.newConditionalFormatRule();
    expect(() => rule.setBackground('#b7e1cd')).not.toThrow();
    expect(() => rule.setFontColor('not a colour')).toThrow('Invalid color: "not a colour".');
    expect(() => (rule as unknown as { setAllowInvalid(b: boolean): void }).setAllowInvalid(true)).toThrow(
      'TypeError: ConditionalFormatRuleBuilder.setAllowInvalid is not a function',
    );
  });
});

describe('the in-memory workbook enforces the same grid and cell limits', () => {
  it('refuses a cell outside a tab or over 50,000 characters, and a plan grows the tab first', () => {
    const workbook = new Workbook();
    workbook.addSheet('Sheet1');
    expect(() => workbook.setCell('Sheet1', 'AA1', 'beyond Z')).toThrow(SHEETS_RULES.outsideGrid.message);
    expect(() => workbook.setCell('Sheet1', 'A1001', 'beyond row 1000')).toThrow(SHEETS_RULES.outsideGrid.message);
    expect(() => workbook.setCell('Sheet1', 'A1', LONG_TEXT)).toThrow(SHEETS_RULES.cellTooLong.message);
    expect(() => workbook.addSheet('S'.repeat(101))).toThrow(
      sheetsMessage('sheetNameTooLong', { name: 'S'.repeat(101) }),
    );
    applyPlanToWorkbook(workbook, {
      sheets: [{ key: 'wide', name: 'Wide', create: true, values: [{ start: 'AJ1200', values: [['far']] }] }],
    });
    expect(workbook.getValue('Wide', 'AJ1200')).toBe('far');
    expect(workbook.gridSize('Wide')).toEqual({ rows: 1200, columns: 36 });
  });
});

/**
 * "Prepare for sharing" and its undo on the in-memory workbook: rewritten formulas give the same
 * values, undo restores every original formula, and formulas that merely mention a similar name are
 * left alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../src/inMemory/workbook.ts';
import { rangeA1 } from '../src/plan/a1.ts';
import type { CellValue } from '../src/plan/types.ts';
import type { RectangleWrite, SheetGrid } from '../src/door/spreadsheetDoor.ts';
import {
  prepareForSharing,
  previewSharingChanges,
  SHARING_BACKUP_KEY,
  undoPrepareForSharing,
  type SharingDocument,
} from '../src/sharing/prepareForSharing.ts';
import { confirmMessage, undoMessage } from '../src/sharing/sharingTexts.ts';
import { withDocumentLock } from '../src/plan/documentLock.ts';
import { onOpen } from '../src/server/menu.ts';
import { prepareForSharing as serverPrepare, undoPrepareForSharing as serverUndo } from '../src/server/sharing.ts';
import { createCountingServices, type CountingServices } from './support/countingSpreadsheetApp.ts';
import { recordingUi, withAppsScriptGlobals, type Dialog } from './support/appsScriptGlobals.ts';
import { typeRows } from './support/kpiMapWorkbook.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import { countingDoor } from './support/countingDoor.ts';

type Row = (string | number | null)[];

/** A user's own tab with monthly numbers and the add-on's functions used in several ways. */
const NUMBERS: Row[] = [
  ['Clicks', 'Impressions', 'Spend', 'Brand', 'Rival A', 'Rival B'],
  [120, 10000, 300, 40, 25, 10],
  [90, 8000, 280, 35, 30, 5],
  [150, 12500, 310, 50, 20, 20],
  [null, null, null, null, null, null],
  [80, 7000, 150, 20, 10, 10],
];

const FORMULAS: Record<string, string> = {
  // A range call that spills a column.
  H2: '=CTR(A2:A6,B2:B6)',
  // Open ranges, as the add-on's own sheets use them.
  N2: '=AMPLIFICATION_RATE(A2:A,B2:B)',
  // Per-row calls stacked in one column.
  I2: '=CPC(C2,A2)',
  I3: '=CPC(C3,A3)',
  I4: '=CPC(C4,A4)',
  // Competitor columns summed per row.
  J2: '=SHARE_OF_VOICE(D2:D6,E2:F6)',
  // Inside other functions.
  K2: '=ROUND(CTR(A2,B2)*100,2)&" %"',
  K3: '=IF(CPM(C3,B3)>30,"expensive","fine")',
  // Mentions that are not calls: left exactly as they are.
  L2: '="Use CTR(clicks, impressions) for the click rate"',
  L3: '=LEN("SHARE_OF_VOICE(")+SUM(A2:A3)',
  L4: '=IFERROR(MY_CTR(A2,B2),"not an add-on function")',
  L5: '=SUM(A2:A6)',
};

function buildWorkbook(): Workbook {
  const workbook = new Workbook('Europe/Copenhagen');
  workbook.addSheet('Numbers');
  typeRows(workbook, 'Numbers', NUMBERS);
  for (const [cell, formula] of Object.entries(FORMULAS)) workbook.setCell('Numbers', cell, formula);
  workbook.addSheet('Reference');
  workbook.setCell('Reference', 'A1', 'All functions:');
  workbook.setCell('Reference', 'A2', '=SOCIAL_KPIS()');
  workbook.setCell('Reference', 'H1', 'My own note next to the table');
  return workbook;
}

/** Every user tab's formulas and values, for before/after comparisons. */
function contents(workbook: Workbook): Record<string, { formulas: string[][]; values: CellValue[][] }> {
  const out: Record<string, { formulas: string[][]; values: CellValue[][] }> = {};
  for (const info of workbook.listSheets()) {
    if (info.key === SHARING_BACKUP_KEY) continue;
    const a1 = rangeA1({ row: 1, column: 1, numRows: info.rows, numColumns: info.columns });
    out[info.name] = { formulas: workbook.getFormulas(info.name, a1), values: workbook.getValues(info.name, a1) };
  }
  return out;
}

function roundValues(values: CellValue[][]): CellValue[][] {
  return values.map((row) => row.map((value) => (typeof value === 'number' ? Number(value.toPrecision(12)) : value)));
}

describe('prepare for sharing on the in-memory workbook', () => {
  it('lists every formula that uses the add-on, and only those', () => {
    const changes = previewSharingChanges(workbookDoor(buildWorkbook()));
    expect(changes.map((change) => `${change.sheetName}!${change.cell} ${change.action}`)).toEqual([
      'Numbers!H2 native',
      'Numbers!I2 native',
      'Numbers!J2 native',
      'Numbers!K2 native',
      'Numbers!N2 native',
      'Numbers!I3 native',
      'Numbers!K3 native',
      'Numbers!I4 native',
      'Reference!A2 freeze',
    ]);
  });

  it('the confirm dialog lists the changes in the user language, and what has no native formula', () => {
    const changes = previewSharingChanges(workbookDoor(buildWorkbook()));
    const message = confirmMessage(changes, 'da');
    expect(message).toContain('9 formler bruger Social KPI Kit-funktioner');
    expect(message).toContain('Numbers!H2: =CTR(A2:A6,B2:B6) bliver til =ARRAYFORMULA(');
    expect(message).toContain('Reference!A2: =SOCIAL_KPIS() beholder sin nuværende værdi');
  });

  it('rewritten formulas show the same values, nothing else changes, and no formula calls the add-on any more', () => {
    const workbook = buildWorkbook();
    const before = contents(workbook);
    const result = prepareForSharing(workbookDoor(workbook));
    expect(result.changes).toHaveLength(9);
    const after = contents(workbook);
    for (const name of Object.keys(before)) {
      expect(roundValues(after[name].values), `values on ${name}`).toEqual(roundValues(before[name].values));
    }
    const changed = new Set(result.changes.map((change) => `${change.sheetName}!${change.cell}`));
    for (const [name, { formulas }] of Object.entries(after)) {
      formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          const cell = `${name}!${rangeA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 })}`;
          if (!changed.has(cell)) expect(formula, cell).toBe(before[name].formulas[r][c]);
          else expect(formula, cell).not.toMatch(/\b(?:CTR|CPC|CPM|SHARE_OF_VOICE|SOCIAL_KPIS)\(/);
        }),
      );
    }
    expect(after.Numbers.formulas[1][11]).toBe(FORMULAS.L2);
    expect(after.Numbers.formulas[2][11]).toBe(FORMULAS.L3);
    expect(after.Numbers.formulas[3][11]).toBe(FORMULAS.L4);
  });

  it('keeps every original formula in a hidden add-on sheet, as text', () => {
    const workbook = buildWorkbook();
    prepareForSharing(workbookDoor(workbook));
    const record = workbook.snapshot().sheets.find((sheet) => sheet.key === SHARING_BACKUP_KEY);
    expect(record?.hidden).toBe(true);
    const originals = record?.values.slice(1).map((row) => row[3]);
    expect(originals).toEqual(expect.arrayContaining([FORMULAS.H2, FORMULAS.J2, FORMULAS.K3, '=SOCIAL_KPIS()']));
    expect(record?.formulas.flat().every((formula) => formula === '')).toBe(true);
  });

  it('undo restores every original formula exactly, and the values with them', () => {
    const workbook = buildWorkbook();
    const before = contents(workbook);
    const document = workbookDoor(workbook);
    prepareForSharing(document);
    const result = undoPrepareForSharing(document);
    expect(result).toEqual({ restored: 9, skipped: [] });
    const after = contents(workbook);
    for (const name of Object.keys(before)) {
      expect(after[name].formulas, `formulas on ${name}`).toEqual(before[name].formulas);
      expect(roundValues(after[name].values), `values on ${name}`).toEqual(roundValues(before[name].values));
    }
    expect(undoMessage(result, 'en')).toBe('9 original formulas restored.');
  });

  it('undo leaves a cell the user edited since, and says which', () => {
    const workbook = buildWorkbook();
    const document = workbookDoor(workbook);
    prepareForSharing(document);
    workbook.setCell('Numbers', 'I3', 42);
    workbook.setCell('Reference', 'B5', 'my correction');
    const result = undoPrepareForSharing(document);
    expect(result.restored).toBe(7);
    expect(result.skipped).toEqual([
      { sheetName: 'Reference', cell: 'A2', original: '=SOCIAL_KPIS()' },
      { sheetName: 'Numbers', cell: 'I3', original: '=CPC(C3,A3)' },
    ]);
    expect(workbook.getValue('Numbers', 'I3')).toBe(42);
    expect(workbook.getValue('Reference', 'B5')).toBe('my correction');
    expect(workbook.getFormulas('Numbers', 'I2:I4')).toEqual([['=CPC(C2,A2)'], [''], ['=CPC(C4,A4)']]);
    expect(undoMessage(result, 'nl')).toContain('2 cellen zijn bewerkt na het klaarmaken');
  });

  it('a spreadsheet already prepared has nothing left to change, and undo twice has nothing to do', () => {
    const workbook = buildWorkbook();
    const document = workbookDoor(workbook);
    prepareForSharing(document);
    expect(previewSharingChanges(document)).toEqual([]);
    undoPrepareForSharing(document);
    expect(undoPrepareForSharing(document)).toEqual({ restored: 0, skipped: [] });
  });

  it('preparing again after new add-on formulas were typed keeps both records, and undo restores all', () => {
    const workbook = buildWorkbook();
    const before = contents(workbook);
    const document = workbookDoor(workbook);
    prepareForSharing(document);
    workbook.setCell('Numbers', 'M2', '=ROI(C2,A2)');
    const second = prepareForSharing(document);
    expect(second.changes.map((change) => change.cell)).toEqual(['M2']);
    const result = undoPrepareForSharing(document);
    expect(result).toEqual({ restored: 10, skipped: [] });
    expect(workbook.getFormulas('Numbers', 'M2')).toEqual([['=ROI(C2,A2)']]);
    expect(contents(workbook).Numbers.formulas.map((row) => row.slice(0, 12))).toEqual(
      before.Numbers.formulas.map((row) => row.slice(0, 12)),
    );
  });
});

/** A document whose sheets are plain grids, to show what happens when a native array formula cannot spill. */
function gridDocument(grid: SheetGrid, afterWrite: (grid: SheetGrid, write: RectangleWrite) => void): SharingDocument {
  let record: CellValue[][] = [];
  return {
    readSheets: () => [structuredClone(grid)],
    write: (_, writes) => writes.forEach((write) => afterWrite(grid, write)),
    readSnapshot: () => ({
      sheets: record.length
        ? [
            {
              key: SHARING_BACKUP_KEY,
              sheetId: 99,
              name: 'backup',
              hidden: true,
              values: record,
              formulas: [],
              keyColumn: null,
              headerRow: null,
              rows: [],
            },
          ]
        : [],
      otherSheetNames: [grid.name],
      timeZone: 'UTC',
    }),
    applyPlan: (plan) => {
      record = (plan.sheets[0].values ?? [])[0].values.filter((row) => row.some((value) => value !== null));
      return { created: [] };
    },
  };
}

describe('a native array formula blocked by other data', () => {
  it('is frozen to the values the custom function showed instead, and undo still restores it', () => {
    const grid: SheetGrid = {
      sheetId: 1,
      name: 'Sheet1',
      formulas: [
        ['', '', '=CTR(A1:A4,B1:B4)'],
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
      ],
      values: [
        [1, 10, 0.1],
        [2, 10, 0.2],
        ['', '', ''],
        ['', '', 'a note of mine'],
      ],
    };
    const document = gridDocument(grid, (sheet, write) => {
      if ('formulas' in write) {
        // As in Google Sheets: the array formula cannot spill over 'a note of mine'.
        write.formulas.forEach((cells, r) =>
          cells.forEach((formula, c) => {
            sheet.formulas[write.row - 1 + r][write.column - 1 + c] = formula;
            sheet.values[write.row - 1 + r][write.column - 1 + c] =
              formula === '' ? '' : formula.startsWith('=ARRAYFORMULA') ? '#REF!' : 0.1;
          }),
        );
      } else {
        write.values.forEach((cells, r) =>
          cells.forEach((value, c) => {
            sheet.values[write.row - 1 + r][write.column - 1 + c] = value;
            sheet.formulas[write.row - 1 + r][write.column - 1 + c] = '';
          }),
        );
      }
    });
    const result = prepareForSharing(document);
    expect(result.frozenInstead).toBe(1);
    // The custom function stopped after the last row with input, so the note below is not part of it.
    expect(result.changes[0]).toMatchObject({ action: 'freeze', values: [[0.1], [0.2]] });
    expect(grid.values.map((row) => row[2])).toEqual([0.1, 0.2, '', 'a note of mine']);
    expect(grid.formulas[0][2]).toBe('');
    expect(undoPrepareForSharing(document).restored).toBe(1);
    expect(grid.formulas[0][2]).toBe('=CTR(A1:A4,B1:B4)');
    expect(grid.values[3][2]).toBe('a note of mine');
  });
});

describe('prepare for sharing on Google Sheets', () => {
  /** A tab with `rows` rows of numbers and a per-row CTR formula on each, plus one spilling range call. */
  function countedRun(rows: number): {
    scan: number;
    prepare: number;
    grown: number;
    undo: number;
    addonTabReads: number;
    services: CountingServices;
  } {
    const services = createCountingServices(['Numbers', 'Notes']);
    const sheet = services.state.sheets[0];
    // A tab has 1000 rows: for more, the user added rows at the bottom first (as Sheets offers).
    sheet.maxRows = Math.max(sheet.maxRows, rows + 1);
    for (let row = 2; row <= rows + 1; row++) {
      sheet.type(row, 1, 10 + row);
      sheet.type(row, 2, 1000 + row);
      sheet.type(row, 3, `=CTR(A${row},B${row})`);
    }
    sheet.type(2, 5, `=CPC(A2:A${rows + 1},B2:B${rows + 1})`);
    services.state.sheets[1].type(1, 1, 'A note that mentions CTR(');
    const document = countingDoor(services);
    services.resetLog();
    previewSharingChanges(document);
    const scan = services.documentCalls();
    services.resetLog();
    withDocumentLock(services, () => prepareForSharing(document));
    const prepare = services.documentCalls();
    const grown = services.growthCalls();
    // The add-on's tabs are found by their index on the spreadsheet, read once per snapshot.
    const addonTabReads = services.log.filter((call) => call === 'Spreadsheet.getDeveloperMetadata').length;
    services.resetLog();
    withDocumentLock(services, () => undoPrepareForSharing(document));
    return { scan, prepare, grown, undo: services.documentCalls(), addonTabReads, services };
  }

  it('costs the same number of calls for 10 and 1000 rows: per-row formulas in a column are one write', () => {
    const small = countedRun(10);
    const large = countedRun(1000);
    console.info(
      `Prepare for sharing calls: ${JSON.stringify({ small: { ...small, services: undefined }, large: { ...large, services: undefined } })}`,
    );
    expect(large.scan).toBe(small.scan);
    // The record of 1,000 rewritten formulas does not fit a new 1000-row tab: it grows by one call first.
    expect(small.grown).toBe(0);
    expect(large.grown).toBe(1);
    expect(large.prepare - large.grown).toBe(small.prepare);
    expect(large.undo).toBe(small.undo);
    // Under the lock only the record tab matters, and nothing but this run writes it: one read is enough.
    expect(small.addonTabReads).toBe(1);
    const numbers = large.services.state.sheets[0];
    expect(numbers.cell(500, 3).formula).toBe('=CTR(A500,B500)');
    expect(numbers.cell(2, 5).formula).toBe('=CPC(A2:A1001,B2:B1001)');
  });

  it('writes the native formulas and keeps the record as literal text', () => {
    const services = createCountingServices(['Numbers']);
    const sheet = services.state.sheets[0];
    sheet.type(2, 1, 30);
    sheet.type(2, 2, 1200);
    sheet.type(2, 3, '=CTR(A2,B2)');
    const document = countingDoor(services);
    withDocumentLock(services, () => prepareForSharing(document));
    expect(sheet.cell(2, 3).formula).toBe(
      '=IF((A2="")+(B2=""),IF((A2="")*(B2=""),"",NA()),IF((A2<0)+(B2<0),NA(),A2/B2))',
    );
    const record = services.state.sheetWithKey(SHARING_BACKUP_KEY);
    expect(record?.hidden).toBe(true);
    expect(record?.cell(2, 4)).toEqual({ value: '=CTR(A2,B2)', formula: '' });
  });
});

describe('the menu items on Google Sheets', () => {
  /** Runs `work` with Apps Script's globals standing in: the counting fake, a user locale and a dialog that answers. */
  function withAppsScript(
    services: CountingServices,
    locale: string,
    answer: 'OK' | 'CANCEL',
    work: () => void,
  ): Dialog[] {
    const { ui, dialogs } = recordingUi(answer);
    withAppsScriptGlobals(services, locale, ui, work);
    return dialogs;
  }

  function spreadsheetWithCtr(): CountingServices {
    const services = createCountingServices(['Numbers']);
    const sheet = services.state.sheets[0];
    sheet.type(2, 1, 30);
    sheet.type(2, 2, 1200);
    sheet.type(2, 3, '=CTR(A2,B2)');
    return services;
  }

  it('Prepare for sharing… asks first, in the user language, and changes nothing when cancelled', () => {
    const services = spreadsheetWithCtr();
    const dialogs = withAppsScript(services, 'nl_NL', 'CANCEL', () => serverPrepare());
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].title).toBe('Klaarmaken om te delen');
    expect(dialogs[0].message).toContain('Numbers!C2: =CTR(A2,B2) wordt =IF(');
    expect(services.state.sheets[0].cell(2, 3).formula).toBe('=CTR(A2,B2)');
    expect(services.state.sheets).toHaveLength(1);
  });

  it('Prepare for sharing… rewrites after OK, and Undo prepare for sharing puts the original back', () => {
    const services = spreadsheetWithCtr();
    const prepared = withAppsScript(services, 'da_DK', 'OK', () => serverPrepare());
    expect(prepared.map((dialog) => dialog.message.split('\n')[0])).toEqual([
      '1 formel bruger Social KPI Kit-funktioner og ville vise #NAME? for folk uden tilføjelsen. De ændres sådan:',
      'Færdig: 1 formel omskrevet med indbyggede funktioner, 0 låst til den nuværende værdi. Regnearket kan nu deles.',
    ]);
    expect(services.state.sheets[0].cell(2, 3).formula).not.toContain('CTR(');
    const undone = withAppsScript(services, 'da_DK', 'OK', () => serverUndo());
    expect(undone).toEqual([{ title: 'Fortryd klargøring til deling', message: '1 oprindelige formel sat tilbage.' }]);
    expect(services.state.sheets[0].cell(2, 3).formula).toBe('=CTR(A2,B2)');
  });

  it('Prepare for sharing… says so when nothing uses the add-on', () => {
    const services = createCountingServices(['Numbers']);
    services.state.sheets[0].type(1, 1, '=SUM(1,2)');
    const dialogs = withAppsScript(services, 'en_US', 'OK', () => serverPrepare());
    expect(dialogs.map((dialog) => dialog.message)).toEqual([
      'No formula in this spreadsheet uses Social KPI Kit functions: it already works for people without the add-on.',
    ]);
  });

  it('the add-on menu offers the report and sharing items, and onOpen only builds the menu', () => {
    const items: string[] = [];
    const menu = {
      addItem: (caption: string, functionName: string) => (items.push(`${caption} → ${functionName}`), menu),
      addSeparator: () => menu,
      addSubMenu: () => menu,
      addToUi: () => undefined,
    };
    const scope = globalThis as Record<string, unknown>;
    const saved = scope.SpreadsheetApp;
    // Nothing but getUi exists: any other service call in AuthMode.NONE would throw here.
    scope.SpreadsheetApp = { getUi: () => ({ createAddonMenu: () => menu, createMenu: () => menu }) };
    try {
      onOpen();
    } finally {
      scope.SpreadsheetApp = saved;
    }
    expect(items).toEqual(
      expect.arrayContaining([
        'Build report → buildReport',
        'Prepare for sharing… → prepareForSharing',
        'Undo prepare for sharing → undoPrepareForSharing',
      ]),
    );
  });
});

describe('the prepare/undo round trip over random spreadsheets', () => {
  const TEMPLATES = [
    (r: number) => `=CTR(Data!A${r},Data!B${r})`,
    (r: number) => `=ROUND(CPC(Data!C${r},Data!A${r}),2)`,
    (r: number) => `="CTR("&Data!A${r}`,
    (r: number) => `=IF(ROI(Data!C${r},Data!B${r})>0,"up","down")`,
    (r: number) => `=POTENTIAL_REACH(Data!A${r},Data!B${r},0.05)`,
    (r: number) => `=SUM(Data!A2:A${r})`,
    (r: number) => `=GROWTH_RATE(Data!A${r},Data!B${r})&" change"`,
  ];

  it('values stay the same after prepare, and undo brings back every formula exactly', () => {
    const number = fc.integer({ min: 1, max: 9000 });
    const dataRow = fc.option(fc.tuple(number, number, number, number, number, number), { freq: 4 });
    const placed = fc.uniqueArray(
      fc.record({
        row: fc.integer({ min: 1, max: 20 }),
        column: fc.integer({ min: 1, max: 5 }),
        template: fc.nat(TEMPLATES.length - 1),
        dataRow: fc.integer({ min: 2, max: 7 }),
      }),
      { minLength: 1, maxLength: 12, selector: (cell) => `${cell.row},${cell.column}` },
    );
    fc.assert(
      fc.property(fc.array(dataRow, { minLength: 6, maxLength: 6 }), placed, fc.boolean(), (rows, cells, withRange) => {
        const workbook = new Workbook();
        workbook.addSheet('Data');
        rows.forEach((row, r) =>
          row?.forEach((value, c) =>
            workbook.setCell('Data', rangeA1({ row: r + 2, column: c + 1, numRows: 1, numColumns: 1 }), value),
          ),
        );
        workbook.addSheet('Out');
        for (const cell of cells) {
          workbook.setCell(
            'Out',
            rangeA1({ row: cell.row, column: cell.column, numRows: 1, numColumns: 1 }),
            TEMPLATES[cell.template](cell.dataRow),
          );
        }
        if (withRange) workbook.setCell('Out', 'G1', '=SHARE_OF_VOICE(Data!D2:D7,Data!E2:F7)');
        const before = contents(workbook);
        const document = workbookDoor(workbook);
        prepareForSharing(document);
        const prepared = contents(workbook);
        for (const name of Object.keys(before)) {
          expect(roundValues(prepared[name].values), name).toEqual(roundValues(before[name].values));
        }
        expect(undoPrepareForSharing(document).skipped).toEqual([]);
        const undone = contents(workbook);
        for (const name of Object.keys(before)) expect(undone[name].formulas, name).toEqual(before[name].formulas);
      }),
      { numRuns: 25 },
    );
  });
});

/**
 * Writing an import into "KPI data" (issue 12): values land in the right period × channel row, a re-import
 * replaces and never adds, a typed value is kept unless the user asks, the export column is recorded and a
 * change of column flagged, a mapping is remembered, and Undo import puts back every cell.
 */
import { cellA1 } from '../src/plan/a1.ts';
import { toSerialDate } from '../src/plan/serialDate.ts';
import { describe, expect, it } from 'vitest';
import { createLocalImportServer } from '../sidebar/localImportServer.ts';
import { createImportServer } from '../src/commands/importServer.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import type { Workbook } from '../src/inMemory/workbook.ts';
import type { ImportBatch, ImportTarget, ImportedValue, SavedMapping } from '../src/shared/importApi.ts';
import { IMPORT_RECORD_KEY } from '../src/wizard/importRecordColumn.ts';
import { importWorkbook as makeImportWorkbook } from './support/importFixtures.ts';
import { newWorkbook, typeDataRows } from './support/kpiMapWorkbook.ts';

const value = (
  period: string,
  input: ImportedValue['input'],
  number: number,
  sourceColumn = input === 'engagements' ? 'Engagements' : 'Followers',
  channel: ImportedValue['channel'] = 'instagram',
): ImportedValue => ({ period, channel, input, value: number, sourceColumn });

/** Where the panel sends the values: "KPI data" of the last workbook made, as its context names it. */
let target: ImportTarget;

/** The map and the import's server on it, with the panel's target read from the context. */
function importWorkbook() {
  const made = makeImportWorkbook();
  target = made.server.getImportContext(null).target as ImportTarget;
  return made;
}

const batchOf = (values: ImportedValue[], remember: SavedMapping[] = []): ImportBatch => ({
  files: [{ name: 'posts.csv', kind: 'instagramPosts', grain: 'posts', summary: 'Instagram posts export' }],
  values,
  remember,
  target,
});

/** The hidden record column of "KPI data" (0-based), which a user does not see. */
const recordIndex = (sheet: { values: unknown[][] }) => sheet.values[0].indexOf(IMPORT_RECORD_KEY);

/** "KPI data" as a user reads it: one record per row below the labels, by label. */
function dataRows(workbook: Workbook): Record<string, unknown>[] {
  const sheet = workbook.snapshot().sheets.find((s) => s.key === 'kpiData')!;
  const labels = sheet.values[1].map(String);
  const hidden = recordIndex(sheet);
  return sheet.values
    .slice(2)
    .filter((row) => row.some((cell, i) => cell !== '' && i !== hidden))
    .map((row) => Object.fromEntries(labels.flatMap((label, i) => (i === hidden ? [] : [[label, row[i] ?? '']]))));
}

/**
 * Every cell of every tab but the hidden record: value, formula and note, so nothing can change unnoticed.
 * Blank rows at the end are left out (a row the import added and Undo emptied is blank, as before).
 */
function everyCell(workbook: Workbook): string {
  return JSON.stringify(
    workbook.snapshot().sheets.map((sheet) => {
      const hidden = sheet.key === 'kpiData' ? recordIndex(sheet) : -1;
      const cells = sheet.values.map((row, r) =>
        row.map((value, c) => ({
          value: c === hidden && r > 1 ? '' : value,
          formula: sheet.formulas[r][c],
          note: workbook.getCell(sheet.name, cellA1(r + 1, c + 1)).note ?? '',
        })),
      );
      while (cells.length > 0 && cells[cells.length - 1].every((cell) => !cell.value && !cell.formula && !cell.note))
        cells.pop();
      return { name: sheet.name, cells };
    }),
  );
}

/** A mapping a user made for Danish headers the reader's aliases do not know. */
const DANISH: SavedMapping = {
  headersKey: 'Dato\tVisninger\tInteraktioner',
  grain: 'days',
  channel: 'instagram',
  dateColumn: 'Dato',
  columns: { Interaktioner: 'engagements' },
};

const JAN = 46023; // 2026-01-01 as a date serial
const FEB = 46054;
const MAR = 46082;

describe('Import writes the aggregated values into "KPI data"', () => {
  it('appends a row per new period × channel, with the date and the channel in the sheet language', () => {
    const { workbook, server } = importWorkbook();
    const summary = server.applyImport(
      batchOf([
        value('2026-01-01', 'engagements', 120),
        value('2026-02-01', 'engagements', 150),
        value('2026-02-01', 'total_followers', 900),
      ]),
      false,
    );
    expect(summary).toMatchObject({ written: 3, keptTyped: 0 });
    expect(dataRows(workbook)).toEqual([
      {
        Period: JAN,
        Channel: 'Instagram',
        'Total followers': '',
        Engagements: 120,
        'Audience (followers)': '',
        'Note: why it moved': '',
      },
      {
        Period: FEB,
        Channel: 'Instagram',
        'Total followers': 900,
        Engagements: 150,
        'Audience (followers)': '',
        'Note: why it moved': '',
      },
    ]);
  });

  it('importing the same file twice, or one that overlaps it, counts nothing twice', () => {
    const { workbook, server } = importWorkbook();
    const janFeb = batchOf([value('2026-01-01', 'engagements', 120), value('2026-02-01', 'engagements', 150)]);
    server.applyImport(janFeb, false);
    const once = everyCell(workbook);
    expect(server.applyImport(janFeb, false).keptTyped).toBe(0);
    expect(everyCell(workbook)).toBe(once);
    // An export of February and March: February's number is replaced by the newer one, March is added.
    server.applyImport(
      batchOf([value('2026-02-01', 'engagements', 155), value('2026-03-01', 'engagements', 90)]),
      false,
    );
    expect(dataRows(workbook).map((row) => [row.Period, row.Engagements])).toEqual([
      [JAN, 120],
      [FEB, 155],
      [MAR, 90],
    ]);
  });

  it('leaves out numbers for a column "KPI data" does not have, and says so', () => {
    const { workbook, server } = importWorkbook();
    const summary = server.applyImport(
      batchOf([value('2026-01-01', 'engagements', 120), value('2026-01-01', 'shares', 7, 'Shares')]),
      false,
    );
    expect(summary.message).toBe(
      'Imported 1 value (1 new row). "KPI data" has no column for Shares: those numbers are left out.',
    );
    expect(dataRows(workbook)).toHaveLength(1);
  });

  it('finds the rows a user typed, whatever day of the period they dated them', () => {
    const { workbook, server } = importWorkbook();
    typeDataRows(workbook, 'KPI data', [{ Period: '2026-01-31', Channel: 'Instagram', 'Total followers': 800 }]);
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 120)]), false);
    expect(dataRows(workbook)).toHaveLength(1);
    expect(dataRows(workbook)[0]).toMatchObject({ 'Total followers': 800, Engagements: 120 });
  });
});

describe('A value a user typed is never overwritten without asking', () => {
  it('the preview flags it; Import keeps it; Import with "overwrite" replaces it', () => {
    const { workbook, server } = importWorkbook();
    typeDataRows(workbook, 'KPI data', [
      { Period: '2026-01-01', Channel: 'Instagram', Engagements: 100, 'Total followers': 700 },
    ]);
    const batch = batchOf([value('2026-01-01', 'engagements', 120), value('2026-01-01', 'total_followers', 700)]);
    const preview = server.previewImport(batch);
    expect(preview.cells).toEqual([
      expect.objectContaining({ input: 'engagements', current: 100, incoming: 120, differs: true, typed: true }),
      expect.objectContaining({ input: 'total_followers', current: 700, incoming: 700, differs: false, typed: false }),
    ]);
    expect(server.applyImport(batch, false)).toMatchObject({ written: 1, keptTyped: 1 });
    expect(dataRows(workbook)[0].Engagements).toBe(100);
    expect(server.applyImport(batch, true)).toMatchObject({ written: 2, keptTyped: 0 });
    expect(dataRows(workbook)[0].Engagements).toBe(120);
  });

  it('a number the import wrote is replaced by the next import without asking, unless the user typed over it', () => {
    const { workbook, server } = importWorkbook();
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 120)]), false);
    expect(server.previewImport(batchOf([value('2026-01-01', 'engagements', 125)])).cells[0]).toMatchObject({
      differs: true,
      typed: false,
    });
    workbook.setCell('KPI data', 'D3', 130);
    const again = batchOf([value('2026-01-01', 'engagements', 125)]);
    expect(server.previewImport(again).cells[0]).toMatchObject({ current: 130, typed: true });
    expect(server.applyImport(again, false).keptTyped).toBe(1);
    expect(dataRows(workbook)[0].Engagements).toBe(130);
  });

  it('a formula in the cell counts as typed', () => {
    const { workbook, server } = importWorkbook();
    typeDataRows(workbook, 'KPI data', [{ Period: '2026-01-01', Channel: 'Instagram', Engagements: '=40+60' }]);
    expect(server.applyImport(batchOf([value('2026-01-01', 'engagements', 120)]), false).keptTyped).toBe(1);
    expect(workbook.getCell('KPI data', 'D3').formula).toBe('=40+60');
  });
});

describe('Undo import', () => {
  it('restores every cell as it was: values, formulas, notes, and the rows it added are blank again', () => {
    const { workbook, server } = importWorkbook();
    typeDataRows(workbook, 'KPI data', [
      { Period: '2026-01-01', Channel: 'Instagram', Engagements: 100, 'Total followers': '=600+100' },
    ]);
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 110, 'Impressions')]), false);
    const before = everyCell(workbook);
    const summary = server.applyImport(
      batchOf([
        value('2026-01-01', 'engagements', 120, 'Impressions'),
        value('2026-01-01', 'total_followers', 710),
        value('2026-02-01', 'engagements', 150, 'Views'),
        value('2026-03-01', 'engagements', 160, 'Views'),
      ]),
      true,
    );
    expect(summary.written).toBe(4);
    expect(everyCell(workbook)).not.toBe(before);
    expect(server.undoImport(target).message).toMatch(/^Undone: \d+ cells are as before the import\.$/);
    expect(everyCell(workbook)).toBe(before);
  });

  it('leaves a cell the user changed after the import as they left it, and says so', () => {
    const { workbook, server } = importWorkbook();
    server.applyImport(
      batchOf([value('2026-01-01', 'engagements', 120), value('2026-02-01', 'engagements', 150)]),
      false,
    );
    workbook.setCell('KPI data', 'D4', 151);
    const summary = server.undoImport(target);
    expect(summary.keptTyped).toBe(1);
    expect(workbook.getCell('KPI data', 'D4').value).toBe(151);
    expect(workbook.getCell('KPI data', 'D3').value).toBe('');
    // The kept number keeps its row: February on Instagram.
    expect(dataRows(workbook)).toEqual([
      {
        Period: FEB,
        Channel: 'Instagram',
        'Total followers': '',
        Engagements: 151,
        'Audience (followers)': '',
        'Note: why it moved': '',
      },
    ]);
    expect(server.undoImport(target).message).toBe('There is no import to undo.');
    // The next import starts right below the rows that hold something, not below emptied ones.
    server.applyImport(batchOf([value('2026-03-01', 'engagements', 90)]), false);
    expect(workbook.getCell('KPI data', 'A5').value).toBe(MAR);
  });
});

describe('The export column behind each value', () => {
  it('is recorded, and a change of column between periods is flagged on "KPI data" and in the preview', () => {
    const { workbook, server } = importWorkbook();
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 120, 'Impressions')]), false);
    const views = batchOf([value('2026-02-01', 'engagements', 150, 'Views')]);
    expect(server.previewImport(views).cells[0].sourceChangedFrom).toBe('Impressions');
    server.applyImport(views, false);
    expect(workbook.getCell('KPI data', 'D4').note).toMatch(/"Views".*"Impressions"/);
    expect(workbook.getCell('KPI data', 'D3').note ?? '').toBe('');
  });

  it("keeps a note the user typed on the cell: the flag goes below it, and Undo gives the user's note back as it was", () => {
    const { workbook, server } = importWorkbook();
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 120, 'Impressions')]), false);
    server.applyImport(batchOf([value('2026-02-01', 'engagements', 140, 'Impressions')]), false);
    // The user writes a note of their own on February's engagements (Insert → Note in Sheets).
    const typed = 'Campaign "Spring" started = more reach';
    workbook.attributes(workbook.sheet('KPI data'), 4, 4).note = typed;
    server.applyImport(batchOf([value('2026-02-01', 'engagements', 150, 'Views')]), false);
    const flagged = workbook.getCell('KPI data', 'D4').note ?? '';
    expect(flagged.startsWith(`${typed}\n\n`)).toBe(true);
    expect(flagged).toMatch(/"Views".*"Impressions"/);
    server.undoImport(target);
    expect(workbook.getCell('KPI data', 'D4').note).toBe(typed);
    // Imported again, then from the first column once more: the flag goes, the user's words stay.
    server.applyImport(batchOf([value('2026-02-01', 'engagements', 150, 'Views')]), false);
    server.applyImport(batchOf([value('2026-02-01', 'engagements', 150, 'Impressions')]), false);
    expect(workbook.getCell('KPI data', 'D4').note).toBe(typed);
  });
});

describe('Mappings and refused payloads', () => {
  it('remembers a mapping in the spreadsheet for the next file with the same headers', () => {
    const { server } = importWorkbook();
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 120, 'Interaktioner')], [DANISH]), false);
    expect(server.getImportContext(null).mappings).toEqual([DANISH]);
  });

  it("remembers the answer to the day/month question with the mapping, so the next file's dates are read the same way", () => {
    const { server } = importWorkbook();
    const mapping: SavedMapping = {
      headersKey: 'Dato\tVisninger',
      grain: 'days',
      channel: 'instagram',
      dateColumn: 'Dato',
      columns: { Visninger: 'impressions' },
      dateOrder: 'dmy',
    };
    server.applyImport(batchOf([value('2026-01-01', 'impressions', 120, 'Visninger')], [mapping]), false);
    expect(server.getImportContext(null).mappings).toEqual([mapping]);
    const wrong = batchOf([value('2026-01-01', 'impressions', 1)], [{ ...mapping, dateOrder: 'ymd' as 'dmy' }]);
    expect(server.applyImport(wrong, false).message).toMatch(/mappings?\.0\.dateOrder|dateOrder/);
  });

  it('GA4\'s social channel group, which names no platform, lands on an "All channels" row', () => {
    const { workbook, server } = importWorkbook();
    const summary = server.applyImport(batchOf([value('2026-01-01', 'engagements', 75, 'Key events', 'all')]), false);
    expect(summary.written).toBe(1);
    expect(dataRows(workbook)).toContainEqual(expect.objectContaining({ Channel: 'All channels', Engagements: 75 }));
  });

  it('refuses a payload of the wrong shape with a message, and writes nothing', () => {
    const { workbook, server } = importWorkbook();
    const before = everyCell(workbook);
    const bad = { files: [], values: [{ ...value('2026-01-01', 'engagements', 1), value: 'lots' }], remember: [] };
    expect(server.applyImport(bad as unknown as ImportBatch, false).message).toMatch(/values\.0\.value/);
    expect(server.previewImport(null as unknown as ImportBatch).message).not.toBe('');
    expect(
      server.applyImport(batchOf([value('2026-01-01', 'engagements', 1)]), 'yes' as unknown as boolean).written,
    ).toBe(0);
    expect(everyCell(workbook)).toBe(before);
  });

  it('without a map, says to run the wizard first', () => {
    const server = createLocalImportServer(newWorkbook(), { locale: 'en-GB' });
    expect(server.getImportContext(null).notice).toMatch(/goal wizard/);
    expect(server.applyImport(batchOf([value('2026-01-01', 'engagements', 1)]), false).written).toBe(0);
  });
});

describe('Where the import keeps its record: a hidden column of "KPI data"', () => {
  const jan = () => batchOf([value('2026-01-01', 'engagements', 120), value('2026-01-01', 'total_followers', 700)]);

  it('is hidden, and holds per row what the import wrote there', () => {
    const { workbook, server } = importWorkbook();
    server.applyImport(jan(), false);
    const sheet = workbook.sheet('KPI data');
    const column = workbook.getValues('KPI data', 'A1:Z1')[0].indexOf(IMPORT_RECORD_KEY) + 1;
    expect(column).toBeGreaterThan(0);
    expect(sheet.hiddenColumns.has(column)).toBe(true);
    const record = JSON.parse(String(workbook.getValues('KPI data', cellA1(3, column))[0][0]));
    expect(record).toMatchObject({
      k: '2026-01-01|instagram',
      s: { engagements: { value: 120, column: 'Engagements' }, total_followers: { value: 700, column: 'Followers' } },
    });
  });

  it('is made on the first import into a "KPI data" that has none (a map made before it existed)', () => {
    const { workbook, server } = importWorkbook();
    // The version before wrote no record column: its key and label are not there.
    const column = workbook.getValues('KPI data', 'A1:Z1')[0].indexOf(IMPORT_RECORD_KEY) + 1;
    workbook.setCell('KPI data', cellA1(1, column), '');
    workbook.setCell('KPI data', cellA1(2, column), '');
    target = server.getImportContext(null).target as ImportTarget;
    expect(server.applyImport(jan(), false).written).toBe(2);
    const keys = workbook.getValues('KPI data', 'A1:Z1')[0];
    const made = keys.indexOf(IMPORT_RECORD_KEY) + 1;
    expect(made).toBeGreaterThan(0);
    expect(workbook.sheet('KPI data').hiddenColumns.has(made)).toBe(true);
    expect(workbook.getValues('KPI data', cellA1(2, made))[0][0]).toBe('Import record');
    // From then on it works as on a new map: a re-import changes nothing, Undo puts the numbers back.
    const once = everyCell(workbook);
    server.applyImport(jan(), false);
    expect(everyCell(workbook)).toBe(once);
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 130)]), false);
    server.undoImport(target);
    expect(dataRows(workbook)[0]).toMatchObject({ Engagements: 120, 'Total followers': 700 });
  });

  it('is not trusted on a row that moved without it (some columns sorted): those numbers count as typed', () => {
    const { workbook, server } = importWorkbook();
    server.applyImport(
      batchOf([value('2026-01-01', 'engagements', 120), value('2026-02-01', 'engagements', 150)]),
      false,
    );
    // The user sorts only the visible columns A:E by period, newest first: the hidden records stay behind.
    const visible = workbook.getValues('KPI data', 'A3:E4');
    visible
      .reverse()
      .forEach((row, r) => row.forEach((cell, c) => workbook.setCell('KPI data', cellA1(3 + r, c + 1), cell)));
    const summary = server.applyImport(
      batchOf([value('2026-01-01', 'engagements', 125), value('2026-02-01', 'engagements', 155)]),
      false,
    );
    expect(summary.keptTyped).toBe(2);
    expect(dataRows(workbook).map((row) => row.Engagements)).toEqual([150, 120]);
    // Asked to overwrite, the import writes them, and records them on the rows where they are now.
    server.applyImport(
      batchOf([value('2026-01-01', 'engagements', 125), value('2026-02-01', 'engagements', 155)]),
      true,
    );
    expect(dataRows(workbook).map((row) => row.Engagements)).toEqual([155, 125]);
    expect(server.applyImport(batchOf([value('2026-02-01', 'engagements', 160)]), false).keptTyped).toBe(0);
  });

  it('undoes one import: a second Undo does not take back the import before it', () => {
    const { workbook, server } = importWorkbook();
    server.applyImport(jan(), false);
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 130)]), false);
    expect(server.undoImport(target).message).toMatch(/^Undone/);
    expect(dataRows(workbook)[0]).toMatchObject({ Engagements: 120, 'Total followers': 700 });
    expect(server.undoImport(target).message).toBe('There is no import to undo.');
    expect(dataRows(workbook)[0]).toMatchObject({ Engagements: 120, 'Total followers': 700 });
  });

  it('keeps the mappings through an Undo', () => {
    const { server } = importWorkbook();
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 120, 'Interaktioner')], [DANISH]), false);
    server.undoImport(target);
    expect(server.getImportContext(null).mappings).toEqual([DANISH]);
  });

  it('finds "KPI data" again when the panel names a tab that is gone (a panel left open across a rebuild)', () => {
    const { workbook, server } = importWorkbook();
    target = { ...target, sheetId: 987_654 };
    expect(server.applyImport(jan(), false).written).toBe(2);
    expect(dataRows(workbook)[0]).toMatchObject({ Engagements: 120, 'Total followers': 700 });
    expect(server.undoImport(target).message).toMatch(/^Undone/);
  });

  it('writes into "KPI data" only, whichever other tab the panel names (the map, the answers, a tab of the user)', () => {
    const { workbook, server } = importWorkbook();
    // Sheet1 laid out as "KPI answers" is (its key row: period, channel, one answer column).
    ['socialKpiKit.period', 'socialKpiKit.channel', 'socialKpiKit.answer.csat.satisfaction_scores'].forEach((key, i) =>
      workbook.setCell('Sheet1', cellA1(1, i + 1), key),
    );
    const others = workbook.listSheets().filter((sheet) => sheet.key !== 'kpiData');
    expect(others.map((sheet) => sheet.key ?? sheet.name)).toEqual(['Sheet1', 'kpiMap']);
    for (const other of others) {
      const before = workbook.getValues(other.name, 'A1:Z30');
      target = { ...target, sheetId: other.sheetId };
      server.applyImport(jan(), false);
      expect(workbook.getValues(other.name, 'A1:Z30')).toEqual(before);
    }
    expect(dataRows(workbook)[0]).toMatchObject({ Engagements: 120, 'Total followers': 700 });
  });
});

describe('A "KPI data" tab full to its last row', () => {
  it('grows for the rows an import adds, their periods shown as dates like the rows above', () => {
    const { workbook, server } = importWorkbook();
    const rows = workbook.gridSize('KPI data').rows;
    // One row per month for more months than the tab has rows left.
    const months = rows;
    const values = Array.from({ length: months }, (_, m) =>
      value(new Date(Date.UTC(1950, m, 1)).toISOString().slice(0, 10), 'engagements', m),
    );
    expect(server.applyImport(batchOf(values), false).written).toBe(months);
    expect(workbook.gridSize('KPI data').rows).toBe(months + 2);
    // Rows are added oldest first: the last is the latest month, April 2033.
    const last = workbook.getCell('KPI data', cellA1(months + 2, 1));
    expect(last.value).toBe(toSerialDate('2033-04-01'));
    expect(last.display).toBe('2033-04-01');
  });
});

describe('What an import writes on "KPI data"', () => {
  it('never the note column or a column a user added, not even to write back what they hold', () => {
    const made = importWorkbook();
    const { workbook } = made;
    // A map made before the record column: the import adds it right of the note column, past the user's.
    const column = workbook.getValues('KPI data', 'A1:Z1')[0].indexOf(IMPORT_RECORD_KEY) + 1;
    workbook.setCell('KPI data', cellA1(1, column), '');
    workbook.setCell('KPI data', cellA1(2, column), '');
    const labels = workbook.getValues('KPI data', 'A2:Z2')[0];
    const noteColumn = labels.indexOf('Note: why it moved') + 1;
    workbook.setCell('KPI data', cellA1(2, noteColumn + 1), 'Campaign');
    const written: { from: number; to: number }[] = [];
    const door = workbookDoor(workbook, { locale: 'en-GB', today: '2026-03-01' });
    const server = createImportServer({
      ...door,
      writeTab: (sheetId, write) => {
        for (const r of write.rectangles) written.push({ from: r.column, to: r.column + r.cells[0].length - 1 });
        door.writeTab(sheetId, write);
      },
    });
    target = server.getImportContext(null).target as ImportTarget;
    server.applyImport(batchOf([value('2026-01-01', 'engagements', 120)]), false);
    workbook.setCell('KPI data', cellA1(3, noteColumn), '=typed on January');
    workbook.setCell('KPI data', cellA1(3, noteColumn + 1), 'Spring');
    server.applyImport(
      batchOf([value('2026-01-01', 'engagements', 125), value('2026-01-01', 'total_followers', 700)]),
      false,
    );
    server.undoImport(target);
    const recordColumn = workbook.getValues('KPI data', 'A1:Z1')[0].indexOf(IMPORT_RECORD_KEY) + 1;
    expect(recordColumn).toBe(noteColumn + 2);
    expect(written.length).toBeGreaterThan(0);
    for (const { from, to } of written) expect(noteColumn < from || noteColumn > to).toBe(true);
    for (const { from, to } of written) expect(noteColumn + 1 < from || noteColumn + 1 > to).toBe(true);
    expect(workbook.getValues('KPI data', `${cellA1(3, noteColumn)}:${cellA1(3, noteColumn + 1)}`)[0]).toEqual([
      '=typed on January',
      'Spring',
    ]);
  });
});

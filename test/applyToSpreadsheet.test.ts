import { describe, expect, it } from 'vitest';
import { applyPlanToSpreadsheet, PROTECTION_MARKER } from '../src/plan/applyToSpreadsheet.ts';
import { withDocumentLock } from '../src/plan/documentLock.ts';
import { toLiteralInput } from '../src/plan/literalText.ts';
import { readSnapshot } from '../src/plan/readSnapshot.ts';
import { dateToSerial, toSerialDate } from '../src/plan/serialDate.ts';
import { findSheet, sheetIdOf, type SpreadsheetSnapshot } from '../src/plan/snapshot.ts';
import { ROW_KEY_HEADER, SHEET_KEY_METADATA, type CellValue, type Plan } from '../src/plan/types.ts';
import { SHEET_INDEX_METADATA } from '../src/plan/addonSheets.ts';
import { validatePlan } from '../src/plan/validatePlan.ts';
import { createCountingServices, lockIsHeld, type CountingServices } from './support/countingSpreadsheetApp.ts';

/**
 * A plan shaped like the KPI map the wizard builds, with `rows` KPI rows: a map sheet (text columns,
 * user columns, formula columns, a hidden key column) with every kind of formatting, a data sheet with
 * header notes and validations, and a report sheet with a chart.
 */
function kpiMapLikePlan(rows: number, snapshot?: SpreadsheetSnapshot): Plan {
  const id = (key: string) => (snapshot ? sheetIdOf(snapshot, key) : null);
  const last = rows + 1;
  const header = [
    'Business goal',
    'KPI',
    'Channel',
    'Owner',
    'Baseline',
    'Target',
    'Deadline',
    'Current',
    'Progress',
    'Status',
    ROW_KEY_HEADER,
  ];
  const cells: CellValue[][] = [];
  const formulas: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    cells.push([`Goal ${i % 3}`, `KPI ${i}`, 'instagram', `Owner ${i}`, 100 + i, 200 + i, toSerialDate('2025-06-30')]);
    formulas.push([
      `=IFERROR(INDEX('KPI data'!B:B, COUNTA('KPI data'!A:A)), "")`,
      `=IFERROR((H${r}-E${r})/(F${r}-E${r}), "")`,
      `=IF(I${r}>=1, "On track", "Behind")`,
    ]);
  }
  return {
    sheets: [
      {
        key: 'kpiMap',
        sheetId: id('kpiMap'),
        name: 'KPI map',
        create: true,
        values: [
          { start: 'A1', values: [header] },
          { start: 'A2', values: cells },
          { start: 'K2', values: Array.from({ length: rows }, (_, i) => [`kpi-${i}`]) },
        ],
        formulas: [{ start: 'H2', formulas }],
        numberFormats: [
          { range: `A2:D${last}`, format: '@' },
          { range: `E2:F${last}`, format: '#,##0.00' },
          { range: `G2:G${last}`, format: 'yyyy-mm-dd' },
          { range: `H2:H${last}`, format: '#,##0.00' },
          { range: `I2:I${last}`, format: '0%' },
        ],
        validations: [
          {
            range: `C2:C${last}`,
            rule: { kind: 'list', values: ['all', 'instagram', 'facebook'] },
            helpText: 'Pick a channel',
            reject: true,
          },
          { range: `E2:F${last}`, rule: { kind: 'number' }, helpText: 'A number', reject: false },
          { range: `G2:G${last}`, rule: { kind: 'date', onOrAfter: toSerialDate('2025-01-01') }, reject: true },
        ],
        conditionalFormats: [
          { ranges: [`J2:J${last}`], when: { kind: 'textEquals', text: 'On track' }, style: { background: '#d9ead3' } },
          {
            ranges: [`J2:J${last}`],
            when: { kind: 'textEquals', text: 'Behind' },
            style: { background: '#f4cccc', bold: true },
          },
          {
            ranges: [`G2:G${last}`],
            when: { kind: 'customFormula', formula: '=G2<TODAY()' },
            style: { fontColor: '#cc0000' },
          },
        ],
        protections: [{ range: `H2:J${last}`, description: 'Calculated from the KPI data sheet', warningOnly: true }],
        notes: [
          {
            start: 'H1',
            notes: [['The latest value in KPI data', 'From baseline to target', 'Review due after the deadline']],
          },
        ],
        frozenRows: 1,
        columnWidths: [
          { columns: 'A:B', width: 180 },
          { columns: 'C:J', width: 110 },
        ],
        hiddenColumns: ['K'],
      },
      {
        key: 'kpiData',
        sheetId: id('kpiData'),
        name: 'KPI data',
        create: true,
        values: [{ start: 'A1', values: [['Period', 'Followers', 'Likes', ROW_KEY_HEADER]] }],
        numberFormats: [{ range: 'A2:A500', format: 'yyyy-mm-dd' }],
        validations: [{ range: 'A2:A500', rule: { kind: 'date' }, reject: false }],
        notes: [{ start: 'B1', notes: [['Instagram › Insights › Followers', 'Instagram › Insights › Interactions']] }],
        frozenRows: 1,
        hiddenColumns: ['D'],
      },
      {
        key: 'report',
        sheetId: id('report'),
        name: 'Report',
        create: true,
        hidden: false,
        charts: [
          {
            type: 'line',
            title: 'Followers',
            ranges: [{ sheet: 'kpiData', range: 'A1:B500' }],
            anchor: 'E2',
            width: 600,
            height: 320,
          },
        ],
      },
    ],
    namedRanges: [{ name: 'KpiMapStatus', sheet: 'kpiMap', range: `J2:J${last}` }],
    activate: 'kpiMap',
  };
}

/** Reads, plans and applies under the lock, as the server does, and returns the calls applying took. */
function applyCounted(
  services: CountingServices,
  rows: number,
  only?: (plan: Plan) => Plan,
): { document: number; builders: number } {
  let counts = { document: 0, builders: 0 };
  withDocumentLock(services, () => {
    const plan = kpiMapLikePlan(rows, readSnapshot(services.spreadsheet));
    services.resetLog();
    applyPlanToSpreadsheet(services.app, services.spreadsheet, only ? only(plan) : plan);
    counts = { document: services.documentCalls(), builders: services.builderCalls() };
  });
  return counts;
}

/** Applies a plan computed from the spreadsheet as it is now. */
function applyFresh(services: CountingServices, rows: number) {
  return applyPlanToSpreadsheet(
    services.app,
    services.spreadsheet,
    kpiMapLikePlan(rows, readSnapshot(services.spreadsheet)),
  );
}

describe('applying a plan to Google Sheets', () => {
  it('stays within 30 document calls for a fully formatted KPI map sheet', () => {
    const mapOnly = (plan: Plan): Plan => ({ sheets: plan.sheets.filter((sheet) => sheet.key === 'kpiMap') });
    const services = createCountingServices(['Sheet1']);
    const first = applyCounted(services, 60, mapOnly);
    expect(first.document, services.log.join('\n')).toBeLessThanOrEqual(30);
    const again = applyCounted(services, 60, mapOnly);
    expect(again.document, services.log.join('\n')).toBeLessThanOrEqual(30);
  });

  it('writes text users typed literally: =IMPORTXML("x"), +1, -x, @x, 0012 and dates stay text', () => {
    const typed = ['=IMPORTXML("x")', '+1', '-x', '@x', '0012', '2024-01-01', "'quoted", 'TRUE', '10%', 'plain words'];
    const services = createCountingServices();
    applyPlanToSpreadsheet(services.app, services.spreadsheet, {
      sheets: [
        {
          key: 'kpiMap',
          sheetId: null,
          name: 'KPI map',
          create: true,
          values: [{ start: 'A1', values: [typed, [1, true, null, '', 2.5, 0, -3, false, 'x', 'y']] }],
        },
      ],
    });
    const range = services.spreadsheet.getSheetByName('KPI map')!.getRange(1, 1, 2, typed.length);
    expect(range.getValues()[0]).toEqual(typed);
    expect(range.getFormulas()[0]).toEqual(typed.map(() => ''));
    expect(range.getValues()[1]).toEqual([1, true, '', '', 2.5, 0, -3, false, 'x', 'y']);
  });

  it('takes the document lock before writing and releases it after the flush', () => {
    const services = createCountingServices();
    services.resetLog();
    withDocumentLock(services, () => applyPlanToSpreadsheet(services.app, services.spreadsheet, kpiMapLikePlan(3)));
    const log = services.log;
    expect(log.indexOf('Lock.waitLock')).toBeLessThan(log.indexOf('Range.setValues'));
    expect(log.at(-2)).toBe('SpreadsheetApp.flush');
    expect(log.at(-1)).toBe('Lock.releaseLock');
    expect(lockIsHeld(services)).toBe(false);
  });

  it('releases the lock after a failed apply, having flushed what was written', () => {
    const services = createCountingServices();
    services.resetLog();
    const missing: Plan = { sheets: [{ key: 'kpiMap', sheetId: null, name: 'KPI map', create: false }] };
    expect(() =>
      withDocumentLock(services, () => applyPlanToSpreadsheet(services.app, services.spreadsheet, missing)),
    ).toThrow('The sheet "KPI map" is missing. Run the goal wizard again to rebuild it.');
    expect(services.log.slice(-2)).toEqual(['SpreadsheetApp.flush', 'Lock.releaseLock']);
    expect(lockIsHeld(services)).toBe(false);
  });

  it('says someone else is updating the spreadsheet when the lock stays busy, and writes nothing', () => {
    const services = createCountingServices();
    services.lock.getDocumentLock()!.waitLock(1);
    services.resetLog();
    expect(() =>
      withDocumentLock(
        services,
        () => applyPlanToSpreadsheet(services.app, services.spreadsheet, kpiMapLikePlan(3)),
        5000,
      ),
    ).toThrow(
      'Someone else is updating this spreadsheet with Social KPI Kit. Waited 5 seconds; please try again in a minute.',
    );
    expect(services.log.filter((call) => call.startsWith('Range.'))).toEqual([]);
  });

  it('creates the sheets with their add-on key, formats, dropdowns, rules, protection, notes, chart and named range', () => {
    const services = createCountingServices();
    const result = applyFresh(services, 3);
    expect(result.created).toEqual([
      { key: 'kpiMap', name: 'KPI map' },
      { key: 'kpiData', name: 'KPI data' },
      { key: 'report', name: 'Report' },
    ]);
    const map = services.state.sheetNamed('KPI map');
    // The add-on's index on the spreadsheet lists its sheets by id, in the order they were created.
    const ids = ['KPI map', 'KPI data', 'Report'].map((name) => services.state.sheetNamed(name).id);
    expect(services.state.metadata.map((m) => m.key)).toEqual([SHEET_INDEX_METADATA]);
    const index = JSON.parse(services.state.metadata[0].value) as Record<string, { id: number; look: string }>;
    expect(Object.entries(index).map(([key, entry]) => [key, entry.id])).toEqual([
      ['kpiMap', ids[0]],
      ['kpiData', ids[1]],
      ['report', ids[2]],
    ]);
    expect(services.state.sheetWithKey('kpiMap')).toBe(map);
    expect(map.numberFormats.get('3,9')).toBe('0%');
    expect(map.numberFormats.get('2,7')).toBe('yyyy-mm-dd');
    expect(map.validations.get('3,3')).toMatchObject({
      criteria: 'requireValueInList',
      allowInvalid: false,
      helpText: 'Pick a channel',
    });
    expect(map.validations.get('2,5')).toMatchObject({ criteria: 'requireNumberBetween', allowInvalid: true });
    expect(map.conditionalRules.map((rule) => [rule.condition, rule.ranges])).toEqual([
      ['whenTextEqualTo', ['J2:J4']],
      ['whenTextEqualTo', ['J2:J4']],
      ['whenFormulaSatisfied', ['G2:G4']],
    ]);
    expect(map.protections).toEqual([
      {
        range: 'H2:J4',
        description: `Calculated from the KPI data sheet${PROTECTION_MARKER}`,
        warningOnly: true,
        removed: false,
      },
    ]);
    expect(map.notes.get('1,9')).toBe('From baseline to target');
    expect([map.frozenRows, map.columnWidths.get(2), map.columnWidths.get(5), [...map.hiddenColumns]]).toEqual([
      1,
      180,
      110,
      [11],
    ]);
    expect(map.cell(2, 10).formula).toBe('=IF(I2>=1, "On track", "Behind")');
    expect(services.state.sheetNamed('Report').charts).toEqual([
      { type: 'line', ranges: ['A1:B500'], options: { title: 'Followers', width: 600, height: 320 }, position: [2, 5] },
    ]);
    expect(services.state.namedRanges.get('KpiMapStatus')).toEqual({ sheetId: map.id, range: 'J2:J4' });
    expect(services.state.active).toBe(map.id);
  });

  it('finds its sheets again after the user renamed them, and never touches a tab of the user named like them', () => {
    const services = createCountingServices(['Sheet1']);
    applyFresh(services, 3);
    services.state.sheetNamed('KPI map').name = 'Our goals';
    const usersOwn = services.state.addSheet('KPI map');
    usersOwn.type(1, 1, 'mine');
    const snapshot = readSnapshot(services.spreadsheet);
    expect(findSheet(snapshot, 'kpiMap')?.name).toBe('Our goals');
    const result = applyPlanToSpreadsheet(services.app, services.spreadsheet, kpiMapLikePlan(5, snapshot));
    expect(result.created).toEqual([]);
    expect(services.state.sheetNamed('Our goals').cell(6, 2).value).toBe('KPI 4');
    expect([...usersOwn.cells.keys()]).toEqual(['1,1']);
    expect(usersOwn.cell(1, 1).value).toBe('mine');
  });

  it('leaves the tab to activate in front when it is the last one it created, without activating it again', () => {
    const services = createCountingServices(['Sheet1']);
    const [map, data] = kpiMapLikePlan(3).sheets;
    applyPlanToSpreadsheet(services.app, services.spreadsheet, { sheets: [data, map], activate: 'kpiMap' });
    expect(services.state.active).toBe(services.state.sheetNamed('KPI map').id);
    expect(services.log).not.toContain('Sheet.activate');
    services.resetLog();
    applyPlanToSpreadsheet(services.app, services.spreadsheet, {
      sheets: [
        { key: 'kpiMap', name: 'KPI map', create: true },
        { key: 'report', sheetId: null, name: 'Report', create: true },
      ],
      activate: 'kpiMap',
    });
    expect(services.log).toContain('Sheet.activate');
    expect(services.state.active, 'a later tab was created: the map is brought back').toBe(
      services.state.sheetNamed('KPI map').id,
    );
  });

  it('creates a sheet under a free name when a tab of the user already has the wanted one', () => {
    const services = createCountingServices(['KPI map']);
    const result = applyPlanToSpreadsheet(services.app, services.spreadsheet, {
      sheets: [kpiMapLikePlan(3).sheets[0]],
    });
    expect(result.created).toEqual([{ key: 'kpiMap', name: 'KPI map (2)' }]);
    expect(services.state.sheetNamed('KPI map').cells.size).toBe(0);
  });

  it("re-running reuses the add-on's protection and leaves the user's own protections alone", () => {
    const services = createCountingServices();
    applyFresh(services, 3);
    const map = services.state.sheetNamed('KPI map');
    map.protections.push({ range: 'A1:A1', description: 'Mine, hands off', warningOnly: false, removed: false });
    applyFresh(services, 10);
    expect(map.protections.filter((p) => !p.removed).map((p) => [p.range, p.description])).toEqual([
      ['H2:J11', `Calculated from the KPI data sheet${PROTECTION_MARKER}`],
      ['A1:A1', 'Mine, hands off'],
    ]);
  });

  it('keeps number formats of cells the plan does not mention', () => {
    const services = createCountingServices();
    const sheet = services.state.sheets[0];
    sheet.metadata.push({ key: SHEET_KEY_METADATA, value: 'kpiMap' });
    sheet.numberFormats.set('1,2', '0.000');
    applyPlanToSpreadsheet(services.app, services.spreadsheet, {
      sheets: [
        {
          key: 'kpiMap',
          sheetId: sheet.id,
          name: 'KPI map',
          create: false,
          numberFormats: [
            { range: 'A1', format: '0%' },
            { range: 'C1', format: '@' },
          ],
        },
      ],
    });
    expect([sheet.numberFormats.get('1,1'), sheet.numberFormats.get('1,2'), sheet.numberFormats.get('1,3')]).toEqual([
      '0%',
      '0.000',
      '@',
    ]);
  });
});

describe('reading the spreadsheet before planning', () => {
  it('finds rows by key after the user sorted them and inserted a row, and lists tabs the add-on did not create', () => {
    const services = createCountingServices(['Notes']);
    applyFresh(services, 3);
    const map = services.state.sheetNamed('KPI map');
    map.name = 'Renamed map';
    // The user sorts rows 2-4 descending by KPI and inserts an empty row above them.
    const rows = [2, 3, 4].map((r) => Array.from({ length: 11 }, (_, c) => map.cell(r, c + 1)));
    rows.reverse();
    for (const key of [...map.cells.keys()]) if (Number(key.split(',')[0]) >= 2) map.cells.delete(key);
    rows.forEach((cells, i) => cells.forEach((cell, c) => map.cells.set(`${i + 3},${c + 1}`, cell)));

    const snapshot = readSnapshot(services.spreadsheet);
    const mapSnapshot = findSheet(snapshot, 'kpiMap')!;
    expect(mapSnapshot.name).toBe('Renamed map');
    expect(mapSnapshot.keyColumn).toBe(11);
    expect(mapSnapshot.headerRow).toBe(1);
    expect(mapSnapshot.rows).toEqual([
      { key: 'kpi-2', row: 3 },
      { key: 'kpi-1', row: 4 },
      { key: 'kpi-0', row: 5 },
    ]);
    expect(mapSnapshot.values[2][1]).toBe('KPI 2');
    expect(mapSnapshot.formulas[2][9], 'the formula moved with its row').toBe('=IF(I4>=1, "On track", "Behind")');
    expect(snapshot.otherSheetNames).toEqual(['Notes']);
    expect(snapshot.sheets.map((sheet) => sheet.key)).toEqual(['kpiMap', 'kpiData', 'report']);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('reads a date cell back as the serial number the plan wrote, in the spreadsheet time zone', () => {
    const services = createCountingServices();
    const sheet = services.state.sheets[0];
    sheet.metadata.push({ key: SHEET_KEY_METADATA, value: 'kpiData' });
    // Midnight of 30 June 2025 in Copenhagen (UTC+2), as Apps Script hands a date cell over.
    sheet.cells.set('1,1', { value: new Date('2025-06-29T22:00:00Z'), formula: '' });
    const snapshot = readSnapshot(services.spreadsheet);
    expect(snapshot.sheets[0].values).toEqual([[toSerialDate('2025-06-30')]]);
    expect(dateToSerial(new Date('2025-06-30T12:00:00Z'), 'UTC')).toBe(toSerialDate('2025-06-30') + 0.5);
  });

  it('finds the sheets of a spreadsheet made before the index by their own metadata, and then writes the index', () => {
    const services = createCountingServices(['Mine']);
    const old = services.state.addSheet('KPI data');
    old.metadata.push({ key: SHEET_KEY_METADATA, value: 'kpiData' });
    // A copy the user made of the tab keeps its metadata: the first (older) one is the add-on's.
    const copy = services.state.addSheet('Copy of KPI data');
    copy.metadata.push({ key: SHEET_KEY_METADATA, value: 'kpiData' });
    const snapshot = readSnapshot(services.spreadsheet);
    expect(snapshot.sheets.map((sheet) => [sheet.key, sheet.name])).toEqual([['kpiData', 'KPI data']]);
    applyPlanToSpreadsheet(services.app, services.spreadsheet, {
      sheets: [{ key: 'kpiData', sheetId: old.id, name: 'KPI data', create: true, frozenRows: 1 }],
    });
    expect(services.state.metadata.map((m) => [m.key, JSON.parse(m.value).kpiData.id])).toEqual([
      [SHEET_INDEX_METADATA, old.id],
    ]);
    services.resetLog();
    expect(findSheet(readSnapshot(services.spreadsheet), 'kpiData')?.sheetId).toBe(old.id);
    expect(services.log).not.toContain('Spreadsheet.createDeveloperMetadataFinder');
  });

  it('costs the same number of calls for 3 and 60 rows', () => {
    const calls = [3, 60].map((rows) => {
      const services = createCountingServices(['Sheet1']);
      applyFresh(services, rows);
      services.resetLog();
      readSnapshot(services.spreadsheet);
      return services.log.length;
    });
    expect(calls[1]).toBe(calls[0]);
  });
});

describe('handing literal values to setValues', () => {
  it.each([
    ['=IMPORTXML("x")', `'=IMPORTXML("x")`],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ["'already quoted", "''already quoted"],
    ['plain', "'plain"],
    ['', ''],
    [null, ''],
    [42, 42],
    [false, false],
  ] as const)('%s is handed over as %s', (value, input) => {
    expect(toLiteralInput(value)).toBe(input);
  });

  it('refuses a number a cell cannot hold', () => {
    expect(() => toLiteralInput(Number.NaN)).toThrow('plans hold finite numbers only');
  });
});

describe('checking a plan before writing', () => {
  it.each([
    [
      {
        sheets: [{ key: 'a', sheetId: null, name: 'A', create: true, numberFormats: [{ range: 'B2:B', format: '0' }] }],
      },
      '"B2:B" is not a bounded range',
    ],
    [
      {
        sheets: [
          { key: 'a', sheetId: null, name: 'A', create: true, values: [{ start: 'A1', values: [[1, 2], [3]] }] },
        ],
      },
      'row 2 has 1 cells, the first has 2',
    ],
    [
      {
        sheets: [
          { key: 'a', sheetId: null, name: 'A', create: true, formulas: [{ start: 'A1', formulas: [['SUM(A2:A3)']] }] },
        ],
      },
      'which is not a formula',
    ],
    [
      {
        sheets: [
          { key: 'a', sheetId: null, name: 'A', create: true },
          { key: 'a', sheetId: null, name: 'B', create: true },
        ],
      },
      'The plan has sheet "a" twice',
    ],
    [{ sheets: [{ key: 'a', sheetId: null, name: 'A', create: true }], activate: 'b' }, 'activates sheet "b"'],
    [
      {
        sheets: [{ key: 'a', sheetId: null, name: 'A', create: true }],
        namedRanges: [{ name: 'A1', sheet: 'a', range: 'A1' }],
      },
      '"A1" cannot name a range',
    ],
  ] as [Plan, string][])('refuses a malformed plan with a message saying what is wrong (%#)', (plan, message) => {
    expect(() => validatePlan(plan)).toThrow(message);
  });
});

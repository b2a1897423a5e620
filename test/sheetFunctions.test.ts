/**
 * Every sheet function, called the way Apps Script calls it: a single cell arrives as a value, a
 * range as a row-major 2-D array with '' for blank cells, a date as a Date.
 */
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import type { KpiInput, SheetFunctionDefinition } from '../src/catalog/types.ts';
import { callSheetFunction, implementedFunctionNames } from '../src/functions/kpiFunctions.ts';

const call = (name: string, ...args: unknown[]) => callSheetFunction(name, args);

/** A column range as Sheets passes it: [[v], [v], ...]. */
const column = (...values: unknown[]) => values.map((value) => [value]);

function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw, but it returned a value');
}

const isListFunction = (kpi: SheetFunctionDefinition) => kpi.inputs.some((input) => input.shape === 'list');
const ROW_FUNCTIONS = SHEET_FUNCTIONS.filter((kpi) => !isListFunction(kpi) && kpi.unit !== 'table');

/** One correct call per row-wise function: the arguments and what the function must return. */
const NORMAL_CASES: { name: string; args: unknown[]; expected: number | string; why: string }[] = [
  { name: 'AUDIENCE_GROWTH_RATE', args: [50, 1000], expected: 0.05, why: '50 new of 1000' },
  { name: 'AUDIENCE_GROWTH_RATE', args: [-20, 1000], expected: -0.02, why: 'losing followers is negative growth' },
  { name: 'POST_REACH_RATE', args: [300, 1000], expected: 0.3, why: '300 reached of 1000' },
  { name: 'POTENTIAL_REACH', args: [1000, 20000], expected: 1600, why: "3 % of sharers' followers by default" },
  { name: 'POTENTIAL_REACH', args: [1000, 20000, 0.05], expected: 2000, why: 'share_seen given' },
  { name: 'SHARE_OF_VOICE', args: [30, 70], expected: 0.3, why: '30 of 100 mentions' },
  { name: 'APPLAUSE_RATE', args: [120, 4000], expected: 0.03, why: '120 likes per 4000 followers' },
  { name: 'ENGAGEMENT_RATE', args: [200, 4000], expected: 0.05, why: '200 engagements per 4000' },
  { name: 'AMPLIFICATION_RATE', args: [40, 4000], expected: 0.01, why: '40 shares per 4000' },
  { name: 'CONVERSION_RATE', args: [12, 400], expected: 0.03, why: '12 conversions of 400 clicks' },
  { name: 'CTR', args: [25, 1000], expected: 0.025, why: '25 clicks per 1000 impressions' },
  { name: 'BOUNCE_RATE', args: [60, 200], expected: 0.3, why: '60 of 200 sessions bounced' },
  { name: 'CPC', args: [150, 300], expected: 0.5, why: '150 spent on 300 clicks' },
  { name: 'CPM', args: [50, 20000], expected: 2.5, why: '50 spent on 20,000 impressions' },
  { name: 'ROI', args: [1500, 1000], expected: 0.5, why: '1500 back for 1000 spent' },
  { name: 'ROI', args: [500, 1000], expected: -0.5, why: 'a loss is a negative return' },
  { name: 'LEAD_CONVERSION_RATE', args: [5, 50], expected: 0.1, why: '5 customers of 50 leads' },
  { name: 'SUPPORT_COST_PER_CUSTOMER', args: [900, 300], expected: 3, why: '900 for 300 customers' },
  { name: 'CUSTOMER_LIFETIME_VALUE', args: [50, 4, 3], expected: 600, why: 'revenue, no margin given' },
  { name: 'CUSTOMER_LIFETIME_VALUE', args: [50, 4, 3, 0.4], expected: 240, why: 'with a 40 % margin' },
  { name: 'RESOLUTION_RATE', args: [45, 50], expected: 0.9, why: '45 of 50 problems solved' },
  { name: 'GROWTH_RATE', args: [120, 100], expected: 0.2, why: 'from 100 to 120' },
  { name: 'GROWTH_RATE', args: [-50, -100], expected: 0.5, why: 'a loss that halved is growth' },
  { name: 'KPI_PROGRESS', args: [150, 100, 200], expected: 0.5, why: 'halfway up' },
  { name: 'KPI_PROGRESS', args: [6, 10, 2], expected: 0.5, why: 'lower is better: 10 h → 2 h, now 6 h' },
  { name: 'KPI_STATUS', args: [200, 100, 200, 46000, 46100, 46050], expected: 'Achieved', why: 'target reached' },
];

/**
 * A known-good row per row-wise function to build ranges from: its first normal case here, else plain
 * valid numbers and the single call's result (the KPI's spec table beside its definition checks its
 * arithmetic; here the ranges must give what the single call gives).
 */
const GOOD_ROW = new Map<string, { args: unknown[]; expected: number | string }>();
for (const testCase of NORMAL_CASES) if (!GOOD_ROW.has(testCase.name)) GOOD_ROW.set(testCase.name, testCase);
for (const kpi of ROW_FUNCTIONS) {
  if (GOOD_ROW.has(kpi.functionName)) continue;
  const args = kpi.inputs
    .filter((input) => input.defaultValue === undefined)
    .map((input) => (input.kind === 'fraction' ? 0.4 : input.nonZero ? 400 : 12));
  GOOD_ROW.set(kpi.functionName, { args, expected: call(kpi.functionName, ...args) as number | string });
}

function expectValue(actual: unknown, expected: number | string): void {
  if (typeof expected === 'number') expect(actual).toBeCloseTo(expected, 10);
  else expect(actual).toBe(expected);
}

describe('every catalog function is implemented, and only those', () => {
  it('SHEET_FUNCTIONS and the implementations list the same names', () => {
    const catalog = SHEET_FUNCTIONS.map((kpi) => kpi.functionName).sort();
    expect([...implementedFunctionNames()].sort()).toEqual(catalog);
  });
});

describe('single values give the KPI', () => {
  it.each(NORMAL_CASES)('$name($args) = $expected ($why)', ({ name, args, expected }) => {
    expectValue(call(name, ...args), expected);
  });

  it.each(NORMAL_CASES)('$name accepts a one-cell range [[v]] like a single value', ({ name, args, expected }) => {
    expectValue(call(name, ...args.map((value) => [[value]])), expected);
  });

  it('a percentage typed as text ("12%") counts as 0.12', () => {
    expect(call('CTR', '12%', 1)).toBeCloseTo(0.12, 12);
    expect(call('POTENTIAL_REACH', 1000, 20000, '5%')).toBeCloseTo(2000, 9);
  });

  it('plain numbers typed as text are read as numbers', () => {
    expect(call('CPC', '150', ' 300 ')).toBeCloseTo(0.5, 12);
  });

  it('a fraction formatted as % in the cell arrives as a number and is used as it is', () => {
    expect(call('CUSTOMER_LIFETIME_VALUE', 50, 4, 3, 0.4)).toBeCloseTo(240, 9);
  });

  it('a single call where every input is blank returns a blank cell, not an error', () => {
    expect(call('CTR', '', '')).toBe('');
  });
});

describe('ranges are computed row by row and spill', () => {
  it.each(ROW_FUNCTIONS.map((kpi) => kpi.functionName))('%s over three rows gives three results', (name) => {
    const { args, expected } = GOOD_ROW.get(name)!;
    const result = call(name, ...args.map((value) => column(value, value, value))) as unknown[][];
    expect(result).toHaveLength(3);
    for (const row of result) expectValue(row[0], expected);
  });

  it('AMPLIFICATION_RATE pairs shares and followers row by row', () => {
    expect(call('AMPLIFICATION_RATE', column(10, 30, 0), column(1000, 1500, 200))).toEqual([[0.01], [0.02], [0]]);
  });

  it('a block of several columns spills as a block', () => {
    expect(
      call(
        'CTR',
        [
          [1, 2],
          [3, 4],
        ],
        [
          [10, 10],
          [10, 10],
        ],
      ),
    ).toEqual([
      [0.1, 0.2],
      [0.3, 0.4],
    ]);
  });
});

describe('a single value applies to every row (broadcasting)', () => {
  it.each(ROW_FUNCTIONS.map((kpi) => kpi.functionName))(
    '%s with only its first argument as a range uses the other values on each row',
    (name) => {
      const { args, expected } = GOOD_ROW.get(name)!;
      const [first, ...rest] = args;
      const result = call(name, column(first, first), ...rest) as unknown[][];
      expect(result).toHaveLength(2);
      for (const row of result) expectValue(row[0], expected);
    },
  );

  it('CPM with one ad budget over a column of impressions', () => {
    expect(call('CPM', 100, column(10000, 50000))).toEqual([[10], [2]]);
  });
});

describe('open-ended ranges (B2:B) with blank rows below the data', () => {
  it.each(ROW_FUNCTIONS.map((kpi) => kpi.functionName))(
    '%s returns the filled rows and nothing for the blank rows below',
    (name) => {
      const { args, expected } = GOOD_ROW.get(name)!;
      const result = call(name, ...args.map((value) => column(value, value, '', '', '', ''))) as unknown[][];
      expect(result).toHaveLength(2);
      for (const row of result) expectValue(row[0], expected);
    },
  );

  it.each(ROW_FUNCTIONS.map((kpi) => kpi.functionName))(
    '%s with single values beside an open range still leaves the blank rows blank',
    (name) => {
      const { args, expected } = GOOD_ROW.get(name)!;
      const [first, ...rest] = args;
      const result = call(name, column(first, '', '', ''), ...rest) as unknown[][];
      expect(result).toHaveLength(1);
      expectValue(result[0][0], expected);
    },
  );

  it('a blank row in the middle stays blank and the rows after it are still computed', () => {
    expect(call('CTR', column(1, '', 3, ''), column(10, '', 10, ''))).toEqual([[0.1], [''], [0.3]]);
  });

  it('a range with no data at all returns one blank cell, not an error', () => {
    expect(call('CTR', column('', ''), column('', ''))).toEqual([['']]);
  });

  it('a row with only one side filled says which input is missing', () => {
    expect(call('CTR', column(1, 2), column(10, ''))).toEqual([
      [0.1],
      ['#CTR: impressions row 2 is blank. Fill it in or clear the row.'],
    ]);
  });
});

describe('bad input says what is wrong and how to fix it', () => {
  /** Replaces the value of one input in a known-good row. */
  function withValue(name: string, input: KpiInput, value: unknown): unknown[] {
    const kpi = SHEET_FUNCTIONS.find((k) => k.functionName === name)!;
    const args = [...GOOD_ROW.get(name)!.args];
    while (args.length < kpi.inputs.length) args.push(kpi.inputs[args.length].defaultValue);
    args[kpi.inputs.indexOf(input)] = value;
    return args;
  }

  const everyInput = ROW_FUNCTIONS.flatMap((kpi) =>
    kpi.inputs.map((input) => ({ name: kpi.functionName, input, label: `${kpi.functionName} ${input.name}` })),
  );

  it.each(everyInput)('$label: text like "1.234,5" is refused with the Format → Number hint', ({ name, input }) => {
    const error = thrownBy(() => call(name, ...withValue(name, input, '1.234,5')));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(`${name}: ${input.name} is "1.234,5"`);
    expect(error.message).toMatch(input.kind === 'date' ? /Format → Number → Date time/ : /Format → Number/);
  });

  it.each(everyInput)('$label: TRUE (a checkbox) is refused', ({ name, input }) => {
    const error = thrownBy(() => call(name, ...withValue(name, input, true)));
    expect(error.message).toContain(`${input.name} is TRUE (a checkbox)`);
  });

  it.each(everyInput.filter(({ input }) => input.kind !== 'date'))(
    '$label: a date where a number belongs is refused',
    ({ name, input }) => {
      const error = thrownBy(() => call(name, ...withValue(name, input, new Date(2026, 2, 31))));
      expect(error.message).toBe(`${name}: ${input.name} is a date. Wrong column?`);
    },
  );

  it.each(everyInput.filter(({ input }) => input.kind === 'count' || input.kind === 'money'))(
    '$label: a negative amount or count is refused',
    ({ name, input }) => {
      const error = thrownBy(() => call(name, ...withValue(name, input, -5)));
      expect(error.message).toBe(`${name}: ${input.name} is -5; it cannot be negative.`);
    },
  );

  it.each(everyInput.filter(({ input }) => input.kind === 'fraction'))(
    '$label: a share above 100 % is refused',
    ({ name, input }) => {
      const error = thrownBy(() => call(name, ...withValue(name, input, 3)));
      expect(error.message).toBe(`${name}: ${input.name} is 3; a share is 0 to 1 (e.g. 3%).`);
    },
  );

  it.each(everyInput.filter(({ input }) => input.nonZero))(
    '$label: 0 as a denominator is refused',
    ({ name, input }) => {
      const error = thrownBy(() => call(name, ...withValue(name, input, 0)));
      expect(error.message).toBe(`${name}: ${input.name} is 0, and ${name} divides by it.`);
    },
  );

  it('a single-value error is a thrown Error, so IFERROR can catch it', () => {
    expect(thrownBy(() => call('CTR', 5, 0))).toBeInstanceOf(Error);
  });

  it('over a range only the bad row shows its message; every other row is computed', () => {
    expect(call('CTR', column(1, '1.234,5', 3, -2, true), column(10, 10, 0, 10, 10))).toEqual([
      [0.1],
      ['#CTR: clicks row 2 is "1.234,5" (text). Format → Number, then retype.'],
      ['#CTR: impressions row 3 is 0, and CTR divides by it.'],
      ['#CTR: clicks row 4 is -2; it cannot be negative.'],
      ['#CTR: clicks row 5 is TRUE (a checkbox). Wrong column?'],
    ]);
  });

  it('a date inside a range of numbers is shown on its own row', () => {
    const result = call('CPC', column(10, new Date(2026, 0, 1)), column(5, 5)) as unknown[][];
    expect(result[0][0]).toBe(2);
    expect(result[1][0]).toBe('#CPC: ad_spend row 2 is a date. Wrong column?');
  });

  it('a bad single value that applies to every row fails the whole call', () => {
    expect(thrownBy(() => call('CPM', 'lots', column(1000, 2000))).message).toBe(
      'CPM: ad_spend is "lots" (text). Wrong column?',
    );
  });

  it('too many arguments are refused with the count', () => {
    expect(thrownBy(() => call('CTR', 1, 2, 3)).message).toBe('CTR: takes at most 2 arguments but got 3.');
  });

  it('a missing argument is named, with the full syntax', () => {
    expect(thrownBy(() => call('CTR', 1)).message).toBe('CTR: impressions is missing. Use =CTR(clicks, impressions).');
  });

  it('an empty range is refused', () => {
    expect(thrownBy(() => call('CTR', [], 1)).message).toContain('clicks is an empty range');
  });
});

describe('ranges of different sizes', () => {
  it('name both arguments and their sizes', () => {
    expect(thrownBy(() => call('CTR', column(1, 2), column(10, 10, 10))).message).toBe(
      'CTR: clicks is 2 rows × 1 column but impressions is 3 rows × 1 column. Give ranges of the same size, e.g. B2:B100 and C2:C100, or a single cell.',
    );
  });

  it('a block and a column are different shapes too', () => {
    const error = thrownBy(() =>
      call(
        'CPC',
        [
          [1, 2],
          [3, 4],
        ],
        column(1, 1),
      ),
    );
    expect(error.message).toContain('ad_spend is 2 rows × 2 columns but clicks is 2 rows × 1 column');
  });

  it('RESPONSE_TIME names both date columns and their sizes', () => {
    expect(thrownBy(() => call('RESPONSE_TIME', column(1, 2), column(1, 2, 3))).message).toBe(
      'RESPONSE_TIME: received_at is 2 rows × 1 column but replied_at is 3 rows × 1 column. Give ranges of the same size, one pair per row.',
    );
  });
});

describe('SHARE_OF_VOICE sums several competitor columns per row', () => {
  it('brand ÷ (brand + all competitors on that row)', () => {
    expect(
      call('SHARE_OF_VOICE', column(30, 10), [
        [20, 50],
        [0, 0],
      ]),
    ).toEqual([[0.3], [1]]);
  });

  it('one row of competitor columns beside a single brand count', () => {
    expect(call('SHARE_OF_VOICE', 20, [[10, 30, 40]])).toBeCloseTo(0.2, 12);
  });

  it('a blank competitor cell counts as no mentions; a fully blank row stays blank', () => {
    expect(
      call('SHARE_OF_VOICE', column(25, ''), [
        [25, ''],
        ['', ''],
      ]),
    ).toEqual([[0.5]]);
  });

  it('a row with no mentions at all explains why there is no share', () => {
    expect(thrownBy(() => call('SHARE_OF_VOICE', 0, [[0, 0]])).message).toBe(
      'SHARE_OF_VOICE: no mentions at all, so no share.',
    );
  });

  it('competitor columns with fewer rows than the brand column are refused with both sizes', () => {
    expect(thrownBy(() => call('SHARE_OF_VOICE', column(1, 2, 3), [[1, 2]])).message).toContain(
      'competitor_mentions is 1 row × 2 columns but brand_mentions is 3 rows × 1 column',
    );
  });
});

describe('KPI_PROGRESS and KPI_STATUS know which direction is better', () => {
  const start = 46000; // date serials, as a sheet holds them
  const deadline = 46100;
  const halfway = 46050;

  it.each([
    { actual: 100, baseline: 100, target: 200, expected: 0, why: 'at the baseline' },
    { actual: 200, baseline: 100, target: 200, expected: 1, why: 'at the target' },
    { actual: 90, baseline: 100, target: 200, expected: -0.1, why: 'below the baseline' },
    { actual: 4, baseline: 10, target: 2, expected: 0.75, why: 'lower is better, 4 h of 10 h → 2 h' },
    { actual: 12, baseline: 10, target: 2, expected: -0.25, why: 'lower is better, got worse' },
  ])('KPI_PROGRESS is $expected $why', ({ actual, baseline, target, expected }) => {
    expect(call('KPI_PROGRESS', actual, baseline, target)).toBeCloseTo(expected, 12);
  });

  it('KPI_PROGRESS refuses a target equal to the baseline', () => {
    expect(thrownBy(() => call('KPI_PROGRESS', 5, 10, 10)).message).toContain('target equals baseline');
  });

  it.each([
    { actual: '', baseline: 100, target: 200, asOf: halfway, expected: 'Not started', why: 'no actual yet' },
    { actual: 210, baseline: 100, target: 200, asOf: halfway, expected: 'Achieved', why: 'past the target' },
    { actual: 120, baseline: 100, target: 200, asOf: start - 5, expected: 'Not started', why: 'before the start' },
    { actual: 190, baseline: 100, target: 200, asOf: deadline + 1, expected: 'Off track', why: 'deadline passed' },
    { actual: 160, baseline: 100, target: 200, asOf: halfway, expected: 'On track', why: '60 % done at half time' },
    { actual: 140, baseline: 100, target: 200, asOf: halfway, expected: 'Behind', why: '40 % done at half time' },
    { actual: 120, baseline: 100, target: 200, asOf: halfway, expected: 'Off track', why: '20 % done at half time' },
    { actual: 6, baseline: 10, target: 2, asOf: halfway, expected: 'On track', why: 'lower is better, halfway' },
    { actual: 2, baseline: 10, target: 2, asOf: halfway, expected: 'Achieved', why: 'lower is better, reached' },
    { actual: 12, baseline: 10, target: 2, asOf: halfway, expected: 'Off track', why: 'lower is better, worse' },
    { actual: 7, baseline: 10, target: 2, asOf: halfway, expected: 'Behind', why: 'lower is better, 37.5 %' },
  ])('KPI_STATUS is $expected when $why', ({ actual, baseline, target, asOf, expected }) => {
    expect(call('KPI_STATUS', actual, baseline, target, start, deadline, asOf)).toBe(expected);
  });

  it('KPI_STATUS accepts dates as Sheets passes them (Date objects)', () => {
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));
    expect(call('KPI_STATUS', 160, 100, 200, day(1), day(31), day(16))).toBe('On track');
  });

  it('KPI_STATUS over a table of goals gives one status per row, blank rows below stay blank', () => {
    expect(
      call(
        'KPI_STATUS',
        column(160, '', 90, ''),
        column(100, 10, 100, ''),
        column(200, 2, 200, ''),
        start,
        deadline,
        halfway,
      ),
    ).toEqual([['On track'], ['Not started'], ['Off track']]);
  });

  it('KPI_STATUS refuses a deadline before the start', () => {
    expect(thrownBy(() => call('KPI_STATUS', 5, 1, 10, deadline, start, halfway)).message).toContain(
      'deadline is not after start_date',
    );
  });
});

describe('CSAT and NPS count answers; blank cells are not answers', () => {
  it('CSAT is the share of answers at or above 4 by default', () => {
    expect(call('CSAT', column(5, 4, '', 2, '', 3))).toBeCloseTo(0.5, 12);
  });

  it('CSAT with a different threshold', () => {
    expect(call('CSAT', column(5, 4, 2, 3), 5)).toBeCloseTo(0.25, 12);
  });

  it('CSAT over a block of answers (several columns) uses every cell', () => {
    expect(
      call('CSAT', [
        [5, 1],
        [4, ''],
      ]),
    ).toBeCloseTo(2 / 3, 12);
  });

  it('CSAT with no answers explains that blanks are not answers', () => {
    expect(thrownBy(() => call('CSAT', column('', ''))).message).toBe(
      'CSAT: scores has no answers (blanks are not answers). Point it at the answers column.',
    );
  });

  it('CSAT refuses a text answer and says which row it is on', () => {
    expect(thrownBy(() => call('CSAT', column(5, 'good'))).message).toBe(
      'CSAT: scores row 2 is "good" (text). Wrong column?',
    );
  });

  it('NPS is % promoters (9–10) minus % detractors (0–6)', () => {
    expect(call('NPS', column(10, 10, 9, 8, 0, ''))).toBeCloseTo(40, 10);
  });

  it('NPS goes from −100 to 100', () => {
    expect(call('NPS', column(0, 3, 6))).toBe(-100);
    expect(call('NPS', column(9, 10))).toBe(100);
  });

  it('NPS refuses answers outside 0–10', () => {
    expect(thrownBy(() => call('NPS', column(9, 11))).message).toContain('NPS answers are 0 to 10');
  });

  it('NPS of one answer in a single cell', () => {
    expect(call('NPS', 7)).toBe(0);
  });
});

describe('RESPONSE_TIME averages hours between message and first reply', () => {
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 2, day, hour));

  it('averages the hours of each answered message', () => {
    expect(call('RESPONSE_TIME', column(at(1, 8), at(2, 8)), column(at(1, 20), at(2, 14)))).toBeCloseTo(9, 9);
  });

  it('ignores rows where either side is blank', () => {
    expect(
      call('RESPONSE_TIME', column(at(1, 8), at(2, 8), '', at(4, 8)), column(at(1, 20), '', at(3, 9), at(4, 14))),
    ).toBeCloseTo(9, 9);
  });

  it('works with date serial numbers as well as dates', () => {
    expect(call('RESPONSE_TIME', column(46000, 46001), column(46000.5, 46001.25))).toBeCloseTo(9, 9);
  });

  it('refuses a reply before the message and names the row', () => {
    expect(thrownBy(() => call('RESPONSE_TIME', column(at(1, 8), at(2, 8)), column(at(1, 9), at(1, 8)))).message).toBe(
      'RESPONSE_TIME: row 2: the reply is before the message. Check received_at and replied_at.',
    );
  });

  it('says so when no row has both sides', () => {
    expect(thrownBy(() => call('RESPONSE_TIME', column(at(1, 8), ''), column('', at(2, 9)))).message).toContain(
      'no row has both received_at and replied_at',
    );
  });

  it('refuses text that is not a date with the Date time hint', () => {
    expect(thrownBy(() => call('RESPONSE_TIME', column('31/03 14:30'), column(at(1, 9)))).message).toContain(
      'Format → Number → Date time',
    );
  });
});

describe('SOCIAL_KPIS lists every function', () => {
  const table = call('SOCIAL_KPIS') as string[][];

  it('has a header and one row per catalog function', () => {
    expect(table[0]).toEqual(['Function', 'Syntax', 'What it measures', 'Formula', 'Unit', 'Better']);
    expect(table.slice(1).map((row) => row[0])).toEqual(SHEET_FUNCTIONS.map((kpi) => kpi.functionName));
  });

  it('shows optional arguments in brackets in the syntax', () => {
    const row = table.find((r) => r[0] === 'CUSTOMER_LIFETIME_VALUE')!;
    expect(row[1]).toBe('=CUSTOMER_LIFETIME_VALUE(avg_order_value, orders_per_year, years, [gross_margin])');
  });

  it('is a rectangle of non-empty text', () => {
    for (const row of table) {
      expect(row).toHaveLength(6);
      for (const cell of row) expect(typeof cell === 'string' && cell.length > 0).toBe(true);
    }
  });

  it('takes no arguments', () => {
    expect(thrownBy(() => call('SOCIAL_KPIS', 1)).message).toContain('takes at most 0 arguments');
  });
});

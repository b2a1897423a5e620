/**
 * What a sheet function's cell says when a row cannot be computed: short, specific (which input, which
 * row, what was found), the right advice for what was found, in the spreadsheet's language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callSheetFunction } from '../src/functions/kpiFunctions.ts';
import { setSheetFunctionLanguage } from '../src/functions/messages.ts';

const call = (name: string, ...args: unknown[]) => callSheetFunction(name, args);
const column = (...values: unknown[]) => values.map((value) => [value]);

/** A spreadsheet whose locale is `locale`, counting how often the functions ask for it. */
function spreadsheetIn(locale: string): { reads: () => number } {
  let reads = 0;
  vi.stubGlobal('SpreadsheetApp', {
    getActiveSpreadsheet: () => ({
      getSpreadsheetLocale: () => {
        reads++;
        return locale;
      },
    }),
  });
  setSheetFunctionLanguage('en'); // forget the language of the previous test's spreadsheet
  return { reads: () => reads };
}

afterEach(() => {
  vi.unstubAllGlobals();
  setSheetFunctionLanguage('en');
});

describe('what was found decides the advice', () => {
  it('channel names in the clicks range: the range may point at the wrong column, no format advice', () => {
    const result = call('CTR', column(40, 'Instagram', 12), column(1000, 1000, 800)) as unknown[][];
    expect(result[1][0]).toBe('#CTR: clicks row 2 is "Instagram" (text). Wrong column?');
    expect(result[1][0]).not.toContain('Format');
    expect(result[0][0]).toBe(0.04);
    expect(result[2][0]).toBe(0.015);
  });

  it.each(['1.234,5', '12,5 %', '€ 1 200', '1,234', '1 234 kr.'])(
    'text that is a number in another format ("%s") gets the format hint',
    (text) => {
      const result = call('CTR', column(1, text), column(10, 10)) as unknown[][];
      expect(result[1][0]).toBe(`#CTR: clicks row 2 is "${text}" (text). Format → Number, then retype.`);
    },
  );

  it("another cell's error value says to fix that cell first", () => {
    const result = call('CTR', column(1, 2), column('#DIV/0!', 10)) as unknown[][];
    expect(result[0][0]).toBe('#CTR: impressions row 1 is #DIV/0!. Fix that cell first.');
  });

  it('a wide range names the row and the column', () => {
    const result = call('CTR', [[1, 'n/a']], [[10, 10]]) as unknown[][];
    expect(result[0][1]).toBe('#CTR: clicks row 1, column 2 is "n/a" (text). Wrong column?');
  });

  it.each(['en', 'da', 'nl'] as const)('the message stays short in %s: at most 80 characters (was 190)', (language) => {
    setSheetFunctionLanguage(language);
    const bad = ['Instagram', '1.234,5', true, new Date(2026, 0, 1), -4, '#N/A', 0, ''];
    const result = call('CTR', column(...bad.map((value) => (value === 0 ? 1 : value))), column(...bad)) as string[][];
    expect(result).toHaveLength(bad.length - 1);
    for (const [message] of result) expect(message.length, message).toBeLessThanOrEqual(80);
  });
});

describe("in the spreadsheet's language, asked once and only when a message is shown", () => {
  it('a whole column of good numbers never asks for the locale', () => {
    const sheet = spreadsheetIn('da_DK');
    const rows = 10_000;
    const clicks = Array.from({ length: rows }, (_, i) => [i % 50]);
    const impressions = Array.from({ length: rows }, () => [1000]);
    call('CTR', clicks, impressions);
    expect(sheet.reads()).toBe(0);
  });

  it('a Danish spreadsheet gets Danish messages with decimal commas; the locale is read once', () => {
    const sheet = spreadsheetIn('da_DK');
    expect(call('CTR', column(40, 'Instagram', 5), column(1000, 1000, 0))).toEqual([
      [0.04],
      ['#CTR: clicks række 2 er "Instagram" (tekst). Forkert kolonne?'],
      ['#CTR: impressions række 3 er 0, og CTR dividerer med den.'],
    ]);
    expect(call('POTENTIAL_REACH', column(100, 100), column(50, 50), column(0.5, 1.5))).toEqual([
      [125],
      ['#POTENTIAL_REACH: share_seen række 2 er 1,5; en andel er 0 til 1 (f.eks. 3%).'],
    ]);
    expect(() => call('CTR', 'klik', 100)).toThrow('CTR: clicks er "klik" (tekst). Forkert kolonne?');
    expect(sheet.reads()).toBe(1);
  });

  it('a Dutch spreadsheet gets Dutch messages, also for a row the formula cannot compute', () => {
    spreadsheetIn('nl_NL');
    expect(call('KPI_PROGRESS', column(5, 6), column(1, 2), column(9, 2))).toEqual([
      [0.5],
      ['#KPI_PROGRESS: rij 2: doel is gelijk aan de beginwaarde. Kies een ander doel.'],
    ]);
    expect(call('CTR', column(1, ''), column(10, 10))).toEqual([
      [0.1],
      ['#CTR: clicks rij 2 is leeg. Vul het in of maak de rij leeg.'],
    ]);
  });

  it('a whole call that cannot run says why in Danish too: a missing input, ranges of different sizes', () => {
    spreadsheetIn('da_DK');
    expect(() => call('CTR', column(1))).toThrow('CTR: impressions mangler. Brug =CTR(clicks, impressions).');
    expect(() => call('CTR', column(1, 2), column(1, 2, 3))).toThrow(
      'CTR: clicks er 2 rækker × 1 kolonne, men impressions er 3 rækker × 1 kolonne.',
    );
  });

  it('a locale in another language gets English', () => {
    spreadsheetIn('de_DE');
    expect(call('CTR', column(1, true), column(10, 10))).toEqual([
      [0.1],
      ['#CTR: clicks row 2 is TRUE (a checkbox). Wrong column?'],
    ]);
  });

  it("without SpreadsheetApp (tests, the in-memory workbook) the workbook's language is used", () => {
    setSheetFunctionLanguage('da');
    expect(call('CTR', column(1, false), column(10, 10))).toEqual([
      [0.1],
      ['#CTR: clicks række 2 er FALSK (et afkrydsningsfelt). Forkert kolonne?'],
    ]);
  });

  it('a spreadsheet that cannot be asked falls back to the workbook language instead of failing', () => {
    vi.stubGlobal('SpreadsheetApp', {
      getActiveSpreadsheet: () => {
        throw new Error('no active spreadsheet');
      },
    });
    setSheetFunctionLanguage('nl');
    expect(call('CTR', column(1, 'x'), column(10, 10))).toEqual([
      [0.1],
      ['#CTR: clicks rij 2 is "x" (tekst). Verkeerde kolom?'],
    ]);
  });
});

/**
 * What a sheet function's cell says when a row cannot be computed: short, specific (which input, which
 * row, what was found), the right advice for what was found, in the spreadsheet's language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callSheetFunction } from '../src/functions/kpiFunctions.ts';
import { setSheetFunctionLanguage } from '../src/functions/messages.ts';
import { runListFunction } from '../src/functions/sheetFunction.ts';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import type { KpiInput, SheetFunctionDefinition } from '../src/catalog/types.ts';

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

/** A definition of a list function whose single value has no default, for the checks no catalog function reaches. */
function csatWithout(change: Partial<KpiInput>): SheetFunctionDefinition {
  const csat = SHEET_FUNCTIONS.find((kpi) => kpi.functionName === 'CSAT') as SheetFunctionDefinition;
  return { ...csat, inputs: [csat.inputs[0], { ...csat.inputs[1], ...change }] };
}

/** Every message of CSAT, NPS, RESPONSE_TIME and SHARE_OF_VOICE's competitor rows, in Danish and Dutch. */
const LIST_MESSAGES: { what: string; run: () => unknown; da: string; nl: string }[] = [
  {
    what: 'CSAT with no answers',
    run: () => call('CSAT', column('', '')),
    da: 'CSAT: scores har ingen svar (tomme celler er ikke svar). Peg på kolonnen med svarene.',
    nl: 'CSAT: scores heeft geen antwoorden (lege cellen zijn geen antwoorden). Verwijs naar de kolom met antwoorden.',
  },
  {
    what: 'NPS with no answers',
    run: () => call('NPS', column('')),
    da: 'NPS: scores har ingen svar (tomme celler er ikke svar). Peg på kolonnen med svarene.',
    nl: 'NPS: scores heeft geen antwoorden (lege cellen zijn geen antwoorden). Verwijs naar de kolom met antwoorden.',
  },
  {
    what: 'an NPS answer outside 0–10, named by its row',
    run: () => call('NPS', column(9, '', 11)),
    da: 'NPS: scores række 3 er 11, men NPS-svar er 0 til 10. Ret eller ryd den.',
    nl: 'NPS: scores rij 3 is 11, maar NPS-antwoorden zijn 0 tot 10. Verbeter of wis het.',
  },
  {
    what: 'an NPS answer outside 0–10 in a wide range, named by row and column',
    run: () =>
      call('NPS', [
        [9, 8],
        [12, 10],
      ]),
    da: 'NPS: scores række 2, kolonne 1 er 12, men NPS-svar er 0 til 10. Ret eller ryd den.',
    nl: 'NPS: scores rij 2, kolom 1 is 12, maar NPS-antwoorden zijn 0 tot 10. Verbeter of wis het.',
  },
  {
    what: 'a text answer, named by its row',
    run: () => call('CSAT', column(5, 'god')),
    da: 'CSAT: scores række 2 er "god" (tekst). Forkert kolonne?',
    nl: 'CSAT: scores rij 2 is "god" (tekst). Verkeerde kolom?',
  },
  {
    what: 'satisfied_from given as a range',
    run: () => call('CSAT', column(4, 5), column(4, 4)),
    da: 'CSAT: satisfied_from skal være én celle, ikke et område.',
    nl: 'CSAT: satisfied_from moet één cel zijn, geen bereik.',
  },
  {
    what: 'a reply before the message',
    run: () => call('RESPONSE_TIME', column(46000, 46001), column(46000.5, 46000.9)),
    da: 'RESPONSE_TIME: række 2: svaret ligger før beskeden. Tjek received_at og replied_at.',
    nl: 'RESPONSE_TIME: rij 2: het antwoord ligt vóór het bericht. Controleer received_at en replied_at.',
  },
  {
    what: 'no row with both date-times',
    run: () => call('RESPONSE_TIME', column(46000, ''), column('', 46001)),
    da: 'RESPONSE_TIME: ingen række har både received_at og replied_at. Udfyld begge for mindst én besked.',
    nl: 'RESPONSE_TIME: geen rij heeft zowel received_at als replied_at. Vul beide in voor minstens één bericht.',
  },
  {
    what: 'a range of date-times beside a single one',
    run: () => call('RESPONSE_TIME', column(46000, 46001), 46002),
    da: 'RESPONSE_TIME: received_at er 2 rækker × 1 kolonne, men replied_at er 1 række × 1 kolonne. Brug områder af samme størrelse, ét par pr. række.',
    nl: 'RESPONSE_TIME: received_at is 2 rijen × 1 kolom maar replied_at is 1 rij × 1 kolom. Gebruik bereiken van dezelfde grootte, één paar per rij.',
  },
  {
    what: "competitor rows that do not match the brand's",
    run: () => call('SHARE_OF_VOICE', column(1, 2, 3), [[1, 2]]),
    da: 'SHARE_OF_VOICE: competitor_mentions er 1 række × 2 kolonner, men brand_mentions er 3 rækker × 1 kolonne. Brug samme rækker, én kolonne pr. konkurrent.',
    nl: 'SHARE_OF_VOICE: competitor_mentions is 1 rij × 2 kolommen maar brand_mentions is 3 rijen × 1 kolom. Gebruik dezelfde rijen, één kolom per concurrent.',
  },
  {
    what: 'a blank single value without a default',
    run: () => runListFunction(csatWithout({ defaultValue: undefined }), () => 1, [column(5), '']),
    da: 'CSAT: satisfied_from er tom. Udfyld den.',
    nl: 'CSAT: satisfied_from is leeg. Vul het in.',
  },
  {
    what: 'a result that is not a finite number',
    run: () => runListFunction(csatWithout({}), () => Infinity, [column(5)]),
    da: 'CSAT: resultatet er ikke et endeligt tal.',
    nl: 'CSAT: het resultaat is geen eindig getal.',
  },
];

describe('CSAT, NPS, RESPONSE_TIME and SHARE_OF_VOICE say what is wrong in Danish and Dutch too', () => {
  it.each(LIST_MESSAGES.flatMap((c) => (['da', 'nl'] as const).map((language) => ({ ...c, language }))))(
    '$what ($language)',
    ({ run, language, ...expected }) => {
      setSheetFunctionLanguage(language);
      expect(run).toThrow(expected[language]);
    },
  );

  it.each(LIST_MESSAGES)('$what: the message fits beside the cell (at most 150 characters)', ({ run }) => {
    for (const language of ['en', 'da', 'nl'] as const) {
      setSheetFunctionLanguage(language);
      let message = '';
      try {
        run();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message.length, message).toBeGreaterThan(0);
      expect(message.length, message).toBeLessThanOrEqual(150);
    }
  });
});

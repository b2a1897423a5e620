import { describe, expect, it } from 'vitest';
import { RangeBatch } from '../src/plan/rangeBatch.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A sheet whose ranges are their A1 notation; getRangeList hands back `listed` of them. */
function sheetReturning(listed: (asked: string[]) => string[], calls: string[]): Sheet {
  const range = (a1: string) => ({ a1 }) as unknown as Range;
  return {
    getRangeList: (asked: string[]) => {
      calls.push(`getRangeList ${asked.join(' ')}`);
      return { getRanges: () => listed(asked).map(range) };
    },
    getRange: (a1: string) => {
      calls.push(`getRange ${a1}`);
      return range(a1);
    },
  } as unknown as Sheet;
}

describe('fetching the ranges a sheet plan writes', () => {
  it('asks once for all ranges, each distinct range once, and hands each back by its key', () => {
    const calls: string[] = [];
    const batch = new RangeBatch(sheetReturning((asked) => asked, calls));
    const header = batch.add('A1:C1');
    const again = batch.add({ row: 1, column: 1, numRows: 1, numColumns: 3 });
    const rows = batch.add('$A$2:C9');
    batch.fetch();
    expect(calls).toEqual(['getRangeList A1:C1 A2:C9']);
    expect(again).toBe(header);
    expect(batch.get(rows)).toEqual({ a1: 'A2:C9' });
  });

  it('fetches the ranges one by one if Sheets hands back a different number than asked for', () => {
    const calls: string[] = [];
    const batch = new RangeBatch(sheetReturning((asked) => asked.slice(1), calls));
    const first = batch.add('A1');
    const second = batch.add('B2:B5');
    batch.fetch();
    expect(calls).toEqual(['getRangeList A1 B2:B5', 'getRange A1', 'getRange B2:B5']);
    expect([batch.get(first), batch.get(second)]).toEqual([{ a1: 'A1' }, { a1: 'B2:B5' }]);
  });

  it('costs no call for a sheet plan that writes no ranges', () => {
    const calls: string[] = [];
    new RangeBatch(sheetReturning((asked) => asked, calls)).fetch();
    expect(calls).toEqual([]);
  });
});

/**
 * Fetches every Range a sheet plan writes in one Sheet.getRangeList call (plus RangeList.getRanges),
 * instead of one Sheet.getRange call per block, rectangle, rule range and protection.
 *
 * Each distinct A1 notation is asked for once, so the same range named twice (a header row that gets
 * values and notes) comes back as the same Range. Should Sheets ever hand back a different number of
 * ranges than asked for, the ranges are fetched one by one instead: correct, just more calls.
 */
import { parseRange, rangeA1, type GridRange } from './a1.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class RangeBatch {
  private readonly wanted: string[] = [];
  private ranges: Map<string, Range> | null = null;

  constructor(private readonly sheet: Sheet) {}

  /** Registers a range ('B2:D10' or a grid range); returns its key for get(). Call before fetch(). */
  add(range: GridRange | string): string {
    if (this.ranges) throw new Error('RangeBatch: add every range before fetching.');
    const a1 = rangeA1(typeof range === 'string' ? parseRange(range) : range);
    if (!this.wanted.includes(a1)) this.wanted.push(a1);
    return a1;
  }

  /** Fetches all registered ranges at once. */
  fetch(): void {
    this.ranges = new Map();
    if (this.wanted.length === 0) return;
    const fetched = this.sheet.getRangeList(this.wanted).getRanges();
    if (fetched.length === this.wanted.length) {
      this.wanted.forEach((a1, i) => this.ranges?.set(a1, fetched[i]));
    } else {
      for (const a1 of this.wanted) this.ranges.set(a1, this.sheet.getRange(a1));
    }
  }

  get(key: string): Range {
    const range = this.ranges?.get(key);
    if (!range) throw new Error(`RangeBatch: the range ${key} was not added before fetching.`);
    return range;
  }
}

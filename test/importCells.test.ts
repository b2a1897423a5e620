import { describe, expect, it } from 'vitest';
import { DateMover, parseDate, parseNumber } from '../src/import/cellValues.ts';
import { periodStart } from '../src/import/periods.ts';

describe('numbers as exports write them', () => {
  it.each([
    ['1,234', 1234],
    ['"1,234"'.slice(1, -1), 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1,234,567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['0.125', 0.125],
    ['12,5', 12.5],
    ['12.5%', 0.125],
    ['12,5 %', 0.125],
    ['−3', -3],
    ['', null],
    ['-', null],
  ])('%s in a count reads as %s', (cell, expected) => {
    expect(parseNumber(cell, true)).toBe(expected);
  });

  it('text that is not a number is NaN (the row is listed as unreadable)', () => {
    expect(parseNumber('12x', true)).toBeNaN();
    expect(parseNumber('n/a', true)).toBeNaN();
  });
});

describe('dates as each export writes them', () => {
  it.each([
    ['01/31/2026 20:30', 'mdy', '2026-01-31 20:30'],
    ['31/01/2026', 'dmy', '2026-01-31 00:00'],
    ['2026/04/01', 'mdy', '2026-04-01 00:00'],
    ['2026-04-01T13:45:00', 'mdy', '2026-04-01 13:45'],
    ['20260401', 'mdy', '2026-04-01 00:00'],
    ['Sun, Sep 13, 2026', 'mdy', '2026-09-13 00:00'],
    ['Jan 5, 2026', 'mdy', '2026-01-05 00:00'],
    ['13. sep. 2026', 'dmy', '2026-09-13 00:00'],
    ['3 mrt 2026', 'dmy', '2026-03-03 00:00'],
    ['1/5/2026 1:05 PM', 'mdy', '2026-01-05 13:05'],
  ] as const)('%s (%s)', (cell, order, expected) => {
    const wall = parseDate(cell, order);
    expect(
      wall &&
        `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')} ${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`,
    ).toBe(expected);
  });

  it('"Lifetime", 02/30/2026 and a caption are not dates', () => {
    expect(parseDate('Lifetime', 'mdy')).toBeNull();
    expect(parseDate('02/30/2026', 'mdy')).toBeNull();
    expect(parseDate('New year, new goals', 'mdy')).toBeNull();
  });

  it("a Pacific publish time lands on the spreadsheet's own day, across both daylight-saving changes", () => {
    const mover = new DateMover('America/Los_Angeles', 'Europe/Copenhagen');
    const day = (cell: string) => mover.dayOf(parseDate(cell, 'mdy')!);
    expect(day('01/31/2026 14:59')).toBe('2026-01-31'); // 23:59 in Copenhagen
    expect(day('01/31/2026 15:00')).toBe('2026-02-01'); // midnight in Copenhagen
    expect(day('03/20/2026 15:30')).toBe('2026-03-20'); // US on summer time, Denmark not yet: 8 hours apart
    expect(day('03/20/2026 16:30')).toBe('2026-03-21');
    expect(day('03/31/2026 15:30')).toBe('2026-04-01'); // both on summer time: 9 hours
    expect(day('03/31/2026 14:30')).toBe('2026-03-31');
    expect(new DateMover('America/Los_Angeles', 'Asia/Kolkata').dayOf(parseDate('06/30/2026 11:45', 'mdy')!)).toBe(
      '2026-07-01',
    );
  });
});

describe('periods start where "KPI data" starts them', () => {
  it.each([
    ['2026-01-01', 'weekly', '2025-12-29'],
    ['2026-01-04', 'weekly', '2025-12-29'],
    ['2026-01-05', 'weekly', '2026-01-05'],
    ['2026-02-28', 'monthly', '2026-02-01'],
    ['2026-02-28', 'bimonthly', '2026-01-01'],
    ['2026-03-01', 'bimonthly', '2026-03-01'],
    ['2026-12-31', 'bimonthly', '2026-11-01'],
    ['2026-06-30', 'quarterly', '2026-04-01'],
    ['2026-07-01', 'quarterly', '2026-07-01'],
  ] as const)('%s, %s: %s', (day, cadence, expected) => {
    expect(periodStart(day, cadence)).toBe(expected);
  });
});

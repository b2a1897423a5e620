/**
 * The preview shows numbers as Sheets does for the spreadsheet's locale (issue 13 §7): the formats the
 * add-on writes (src/wizard/sheetStyle.ts) rendered per locale, numbers typed the local way, the locale
 * kept with the saved workbook, and set from the wizard's language when the wizard creates the KPI map.
 */
import { describe, expect, it } from 'vitest';
import { englishNumberInput, formatValue } from '../src/inMemory/formatValue.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { toSerialDate } from '../src/plan/serialDate.ts';
import type { WizardInput } from '../src/shared/wizardApi.ts';
import {
  CHANGE_FORMAT,
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  PROGRESS_FORMAT,
  currencyFormat,
  inputFormat,
  unitFormat,
} from '../src/wizard/sheetStyle.ts';
import { withMapLocale } from '../preview/app/spreadsheetLocale.ts';
import { createLocalServer } from '../sidebar/localServer.ts';
import { kpi, wizardInput } from './support/wizardFixtures.ts';

const MARCH_1 = toSerialDate('2026-03-01');

describe('numbers and dates under the add-on’s formats, per spreadsheet locale', () => {
  // [what, value, format, en_US, da_DK, nl_NL]
  const cases: [string, number, string, string, string, string][] = [
    ['the issue’s example', 1200.5, '#,##0.00', '1,200.50', '1.200,50', '1.200,50'],
    [
      'a count (followers)',
      12391,
      inputFormat('total_followers', 'en', 'Europe/Copenhagen'),
      '12,391',
      '12.391',
      '12.391',
    ],
    ['a small count', 373, unitFormat('count', 'en', 'Europe/Copenhagen'), '373', '373', '373'],
    ['a rate', 0.0153, unitFormat('fraction', 'en', 'Europe/Copenhagen'), '1.5%', '1,5%', '1,5%'],
    ['progress', 0.67, PROGRESS_FORMAT, '67%', '67%', '67%'],
    ['a change', -0.13, CHANGE_FORMAT, '-13.0%', '-13,0%', '-13,0%'],
    ['a rise', 0.029, CHANGE_FORMAT, '+2.9%', '+2,9%', '+2,9%'],
    ['Danish money', 1234.5, currencyFormat('da', 'Europe/Copenhagen'), '1,234.50 kr.', '1.234,50 kr.', '1.234,50 kr.'],
    ['euros', 1234.5, currencyFormat('nl', 'Europe/Amsterdam'), '€ 1,234.50', '€ 1.234,50', '€ 1.234,50'],
    ['hours', 2.5, unitFormat('hours', 'da', 'Europe/Copenhagen'), '2.5 t', '2,5 t', '2,5 t'],
    ['a score', 8.25, unitFormat('score', 'nl', 'Europe/Amsterdam'), '8.3', '8,3', '8,3'],
    ['a period', MARCH_1, DATE_FORMAT, '2026-03-01', '2026-03-01', '2026-03-01'],
    ['a date and time', MARCH_1 + 0.5, DATE_TIME_FORMAT, '2026-03-01 12:00', '2026-03-01 12:00', '2026-03-01 12:00'],
    ['a month name', MARCH_1, 'd mmmm yyyy', '1 March 2026', '1 marts 2026', '1 maart 2026'],
  ];
  it.each(cases)('%s: %s under %s', (_what, value, format, en, da, nl) => {
    expect([en, da, nl].map((_, i) => formatValue(value, format, 'other', ['en_US', 'da_DK', 'nl_NL'][i]))).toEqual([
      en,
      da,
      nl,
    ]);
  });

  it('shows General numbers with the locale’s decimal mark and no grouping, as Sheets does', () => {
    expect(formatValue(1234.5, undefined, 'other', 'da_DK')).toBe('1234,5');
    expect(formatValue(1234.5, 'General', 'other', 'en_US')).toBe('1234.5');
    expect(formatValue(373, undefined, 'other', 'nl_NL')).toBe('373');
  });

  it('falls back to en_US symbols for a locale it does not know', () => {
    expect(formatValue(1200.5, '#,##0.00', 'other', 'xx_YY')).toBe('1,200.50');
  });
});

describe('the workbook’s locale', () => {
  function danish(): Workbook {
    const workbook = new Workbook('Europe/Copenhagen');
    workbook.addSheet('Sheet1');
    workbook.locale = 'da_DK';
    return workbook;
  }

  it('starts as en_US, like a new spreadsheet of an account in English (United States)', () => {
    expect(new Workbook().locale).toBe('en_US');
  });

  it('reads numbers typed the Danish way as numbers, and shows them back the Danish way', () => {
    const workbook = danish();
    workbook.setCell('Sheet1', 'A1', '1.200,50');
    workbook.setCell('Sheet1', 'A2', '12,5%');
    workbook.setCell('Sheet1', 'A3', 'Uge 12, 2026');
    expect(workbook.getValue('Sheet1', 'A1')).toBe(1200.5);
    expect(workbook.getCell('Sheet1', 'A1').display).toBe('1200,5');
    expect(workbook.getValue('Sheet1', 'A2')).toBe(0.125);
    expect(workbook.getCell('Sheet1', 'A2')).toMatchObject({ display: '12,50%', input: '12,5%' });
    expect(workbook.getValue('Sheet1', 'A3')).toBe('Uge 12, 2026');
  });

  it('reads only the local way: "1.200,50" is text in an en_US spreadsheet', () => {
    expect(englishNumberInput('1.200,50', 'en_US')).toBeNull();
    const workbook = new Workbook();
    workbook.addSheet('Sheet1');
    workbook.setCell('Sheet1', 'A1', '1.200,50');
    expect(workbook.getValue('Sheet1', 'A1')).toBe('1.200,50');
  });

  it('is kept with the saved workbook, with whether the user chose it', () => {
    const workbook = danish();
    workbook.localeChosen = true;
    const restored = Workbook.fromJSON(JSON.parse(JSON.stringify(workbook.toJSON())));
    expect([restored.locale, restored.localeChosen]).toEqual(['da_DK', true]);
    const older = { ...workbook.toJSON(), locale: undefined, localeChosen: undefined };
    expect(Workbook.fromJSON(JSON.parse(JSON.stringify(older))).locale).toBe('en_US');
  });
});

describe('the locale follows the wizard’s language when the wizard creates the KPI map', () => {
  const input = (language: WizardInput['language']): WizardInput =>
    wizardInput(
      { kpis: [kpi('follower_count', { channel: 'instagram', baseline: '1000', target: '3000' })] },
      language,
    );

  it.each([
    ['da', 'da_DK', 'KPI-kort', '1.000'],
    ['nl', 'nl_NL', 'KPI-overzicht', '1.000'],
    ['en', 'en_US', 'KPI map', '1,000'],
  ] as const)(
    'a map in %s makes the spreadsheet %s: the baseline on "%s" shows as %s',
    (language, locale, map, shown) => {
      const { server, workbook } = createLocalServer({ locale: 'en-US', today: '2026-03-01' });
      const summary = withMapLocale(workbook, () => server.applyWizard(input(language)));
      expect(summary.ok).toBe(true);
      expect(workbook.locale).toBe(locale);
      expect(workbook.getCell(map, 'H2').display).toBe(shown);
    },
  );

  it('leaves the locale alone on a re-run in another language, and when the user chose one', () => {
    const { server, workbook } = createLocalServer({ locale: 'en-US', today: '2026-03-01' });
    withMapLocale(workbook, () => server.applyWizard(input('da')));
    withMapLocale(workbook, () => server.applyWizard({ ...(server.getWizardModel('nl').current as WizardInput) }));
    expect(workbook.locale).toBe('da_DK');

    const chosen = createLocalServer({ locale: 'en-US', today: '2026-03-01' });
    chosen.workbook.locale = 'en_GB';
    chosen.workbook.localeChosen = true;
    withMapLocale(chosen.workbook, () => chosen.server.applyWizard(input('da')));
    expect(chosen.workbook.locale).toBe('en_GB');
  });
});

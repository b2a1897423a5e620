/**
 * Number formats as a reader of the sheets sees them: one KPI shows the same on the KPI map and on the
 * report, in en/da/nl and in the spreadsheet's currency, and no format the add-on writes shows a whole
 * number with a trailing decimal separator, as Sheets does under optional decimals ('#,##0.##' → "1,234.").
 */
import { describe, expect, it } from 'vitest';
import { findKpi } from '../src/catalog/kpis.ts';
import type { Language } from '../src/catalog/types.ts';
import { applyPlanToWorkbook } from '../src/inMemory/applyPlanToWorkbook.ts';
import { formatValue } from '../src/inMemory/formatValue.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { cellA1 } from '../src/plan/a1.ts';
import { findSheet } from '../src/plan/snapshot.ts';
import type { Plan } from '../src/plan/types.ts';
import { buildReportPlan } from '../src/report/reportPlan.ts';
import type { KpiChoice, WizardInput } from '../src/shared/wizardApi.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { readMapLayout } from '../src/wizard/mapLayout.ts';
import { socialGoalOfKpi } from '../src/wizard/taxonomy.ts';
import { inputWithKpis } from './support/manyKpis.ts';
import { goal, kpi, NOT_ANSWERED } from './support/wizardFixtures.ts';

const LANGUAGES: readonly Language[] = ['en', 'da', 'nl'];
const TIME_ZONES = ['Europe/Copenhagen', 'Europe/Amsterdam', 'Europe/London', 'America/New_York', 'Etc/UTC'];

/** One KPI of every unit: count, rate, money, hours and score, with whole-number baselines and targets. */
function everyUnit(language: Language): WizardInput {
  const choice = (kpiId: string, baseline: string, target: string): KpiChoice =>
    kpi(kpiId, { socialGoal: socialGoalOfKpi(findKpi(kpiId)!), baseline, target });
  return {
    language,
    businessGoals: [goal('g1', 'sales', 'Sell more')],
    answers: { ...NOT_ANSWERED, sellsOnSocial: true, paidAds: true, serviceOnSocial: true, surveys: true },
    kpis: [
      choice('potential_reach', '30000', '40000'),
      choice('ctr', '1%', '2%'),
      choice('cpc', '5', '4'),
      choice('customer_lifetime_value', '1200', '1500'),
      choice('response_time', '10', '4'),
      choice('nps', '10', '30'),
    ],
    startDate: '2026-01-01',
    reviewIntervalMonths: 3,
  };
}

function mapAndReport(input: WizardInput, timeZone: string, withReport = true): { workbook: Workbook; map: Plan } {
  const workbook = new Workbook(timeZone);
  workbook.addSheet('Sheet1');
  const map = buildKpiMapPlan(input, workbook.snapshot(), { today: '2026-03-01' }).plan;
  applyPlanToWorkbook(workbook, map);
  if (withReport) applyPlanToWorkbook(workbook, buildReportPlan(workbook.snapshot(), input.language).plan);
  return { workbook, map };
}

describe('a KPI on the map and on the report', () => {
  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(['Europe/Copenhagen', 'Europe/Amsterdam', 'America/New_York'])(
      'shows its baseline, current value and target in the same format on both (spreadsheet in %s)',
      (timeZone) => {
        const { workbook } = mapAndReport(everyUnit(language), timeZone);
        const snapshot = workbook.snapshot();
        const mapSheet = findSheet(snapshot, 'kpiMap')!;
        const layout = readMapLayout(mapSheet);
        const { kpis, sheetName } = buildReportPlan(snapshot, language);
        expect(kpis).toHaveLength(6);
        // Report columns: C baseline, E current, F target (src/report/reportPlan.ts).
        const reportColumn = { baseline: 3, current: 5, target: 6 } as const;
        for (const entry of kpis) {
          const mapRow = layout.rows.find((row) => row.key === entry.key)!.row;
          for (const id of ['baseline', 'current', 'target'] as const) {
            const onMap = workbook.getCell(mapSheet.name, cellA1(mapRow, layout.columns.get(id)!));
            const onReport = workbook.getCell(sheetName, cellA1(entry.row, reportColumn[id]));
            const what = `${entry.kpi.id} ${id}`;
            expect(onReport.format, what).toBe(onMap.format);
            expect(onReport.display, what).toBe(onMap.display);
          }
        }
      },
    );
  });

  it('a Danish cost per click shows "5.00 kr." on the map and on the report', () => {
    const { workbook } = mapAndReport(everyUnit('da'), 'Europe/Copenhagen');
    const { kpis, sheetName } = buildReportPlan(workbook.snapshot(), 'da');
    const cpc = kpis.find((entry) => entry.kpi.id === 'cpc')!;
    expect(workbook.getCell(sheetName, cellA1(cpc.row, 3)).display).toBe('5.00 kr.');
  });
});

describe('the number formats the add-on writes', () => {
  it('Sheets shows a whole number under optional decimals with a trailing separator (the preview does too)', () => {
    expect(formatValue(1234, '#,##0.##')).toBe('1,234.');
    expect(formatValue(1234.5, '#,##0.##')).toBe('1,234.5');
    expect(formatValue(5, '0.0#')).toBe('5.0');
  });

  it('never have optional decimals: no whole number shows as "1,234." on any sheet, language or currency', () => {
    const formats = new Set<string>();
    for (const language of LANGUAGES) {
      for (const timeZone of TIME_ZONES) {
        // The map and data sheets for every trackable KPI, so every input column is there (the plan only).
        const empty = new Workbook(timeZone);
        empty.addSheet('Sheet1');
        const map = buildKpiMapPlan({ ...inputWithKpis(60), language }, empty.snapshot(), { today: '2026-03-01' });
        // The report for a KPI of every unit.
        const { workbook } = mapAndReport(everyUnit(language), timeZone, false);
        const report = buildReportPlan(workbook.snapshot(), language);
        for (const sheet of [...map.plan.sheets, ...report.plan.sheets]) {
          for (const spec of sheet.numberFormats ?? []) formats.add(spec.format);
        }
      }
    }
    expect(formats.size).toBeGreaterThan(10);
    for (const format of formats) {
      expect(format, format).not.toMatch(/\.[0#]*#/);
      for (const value of [0, 5, 1234, 1234567]) {
        expect(formatValue(value, format), `${value} under ${format}`).not.toMatch(/\d[.,](?!\d)/);
      }
    }
  });

  it('show the decimals users type on averages: 2.5 years and 1.4 orders a year stay visible', () => {
    const { workbook } = mapAndReport({ ...inputWithKpis(60), language: 'en' }, 'Etc/UTC', false);
    const data = findSheet(workbook.snapshot(), 'kpiData')!;
    const keyRow = data.values.findIndex((row) => row.includes('socialKpiKit.period')) + 1;
    const shown = (key: string, value: number) => {
      const column = data.values[keyRow - 1].indexOf(`socialKpiKit.input.${key}`) + 1;
      expect(column, key).toBeGreaterThan(0);
      const at = cellA1(keyRow + 2, column);
      workbook.setCell(data.name, at, value);
      return workbook.getCell(data.name, at).display;
    };
    expect(shown('years', 2.5)).toBe('2.5');
    expect(shown('orders_per_year', 1.4)).toBe('1.4');
    expect(shown('total_followers', 12000)).toBe('12,000');
  });
});

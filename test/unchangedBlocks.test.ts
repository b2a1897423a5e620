import { describe, expect, it } from 'vitest';
import { applyPlanToSpreadsheet } from '../src/plan/applyToSpreadsheet.ts';
import { readSnapshot } from '../src/plan/readSnapshot.ts';
import type { SheetSnapshot } from '../src/plan/snapshot.ts';
import type { SheetPlan } from '../src/plan/types.ts';
import { withoutUnchangedBlocks } from '../src/plan/unchangedBlocks.ts';
import type { WizardInput } from '../src/shared/wizardApi.ts';
import { buildKpiMapPlan } from '../src/wizard/kpiMapPlan.ts';
import { createCountingServices, type CountingServices } from './support/countingSpreadsheetApp.ts';
import { inputWithKpis } from './support/manyKpis.ts';

function runWizard(services: CountingServices, input: WizardInput): void {
  const { plan } = buildKpiMapPlan(input, readSnapshot(services.spreadsheet), { today: '2026-03-01' });
  services.resetLog();
  applyPlanToSpreadsheet(services.app, services.spreadsheet, plan);
}

/** A one-tab snapshot with these values and formulas from A1. */
function sheetWith(values: SheetSnapshot['values'], formulas: string[][]): SheetSnapshot {
  return {
    key: 'kpiMap',
    sheetId: 1,
    name: 'KPI map',
    hidden: false,
    values,
    formulas,
    keyColumn: null,
    headerRow: null,
    rows: [],
  };
}

describe('re-running writes only what changed', () => {
  it('a re-run that changes nothing writes no values or formulas again', () => {
    const services = createCountingServices(['Sheet1']);
    runWizard(services, inputWithKpis(5));
    runWizard(services, inputWithKpis(5));
    expect(services.log.filter((call) => call === 'Range.setValues' || call === 'Range.setFormulas')).toEqual([]);
  });

  it('a formula a user typed in the map survives a review that rewrites its row', () => {
    const services = createCountingServices(['Sheet1']);
    runWizard(services, inputWithKpis(3));
    const map = services.state.sheetWithKey('kpiMap');
    const owner = 6;
    map.type(2, owner, '=UPPER("mette")');
    const input = inputWithKpis(3);
    input.kpis[0] = { ...input.kpis[0], target: '85%' };
    runWizard(services, input);
    expect(map.cell(2, 9).value, 'the changed target').toBe(0.85);
    expect(map.cell(2, owner).formula, "the user's formula").toBe('=UPPER("mette")');
  });

  it('keeps a block when a single cell differs, and drops blocks the sheet already holds', () => {
    const plan: SheetPlan = {
      key: 'kpiMap',
      name: 'KPI map',
      create: true,
      values: [
        { start: 'A1', values: [['KPI', 'Target']] },
        { start: 'A2', values: [['Reach', 200]] },
      ],
      formulas: [{ start: 'C2', formulas: [['=B2*2']] }],
    };
    const sheet = sheetWith(
      [
        ['KPI', 'Target', ''],
        ['Reach', 150, 300],
      ],
      [
        ['', '', ''],
        ['', '', '=B2*2'],
      ],
    );
    const slim = withoutUnchangedBlocks(plan, sheet);
    expect(slim.values).toEqual([{ start: 'A2', values: [['Reach', 200]] }]);
    expect(slim.formulas).toEqual([]);
  });

  it('writes a value again over a formula that shows the same value, so text stays text', () => {
    const plan: SheetPlan = {
      key: 'kpiMap',
      name: 'KPI map',
      create: true,
      values: [{ start: 'A1', values: [['x']] }],
    };
    const slim = withoutUnchangedBlocks(plan, sheetWith([['x']], [['="x"']]));
    expect(slim.values).toEqual(plan.values);
  });

  it('keeps a formula block that a written value block covers, so the formula is written after the value', () => {
    const plan: SheetPlan = {
      key: 'kpiMap',
      name: 'KPI map',
      create: true,
      values: [{ start: 'A1', values: [['new', 7]] }],
      formulas: [{ start: 'B1', formulas: [['=3+4']] }],
    };
    const slim = withoutUnchangedBlocks(plan, sheetWith([['old', 7]], [['', '=3+4']]));
    expect(slim.values).toEqual(plan.values);
    expect(slim.formulas).toEqual(plan.formulas);
  });
});

/**
 * A KPI added to the catalog must reach the user: the wizard recommends it for at least one business
 * goal, and Load example data fills every column it reads. Both fail for a KPI added in only one place.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS, TRACKABLE_KPIS } from '../src/catalog/kpis.ts';
import { columnsOfKpi } from '../src/wizard/dataColumns.ts';
import { CHANNELS, GOAL_TAXONOMY } from '../src/wizard/taxonomy.ts';
import { exampleMonth } from '../preview/app/exampleNumbers.ts';

describe('every trackable KPI in the catalog', () => {
  it('is recommended by at least one business goal', () => {
    const recommended = new Set(Object.values(GOAL_TAXONOMY).flatMap((goal) => [...goal.kpis]));
    const never = TRACKABLE_KPIS.filter((kpi) => !recommended.has(kpi.id)).map((kpi) => kpi.id);
    expect(never, `KPIs the wizard never recommends: ${never.join(', ')}`).toEqual([]);
  });

  it('has example numbers for every data column it reads, on every channel', () => {
    const missing: string[] = [];
    for (const channel of CHANNELS.filter((id) => id !== 'all')) {
      const month = exampleMonth(channel, 5);
      for (const kpi of TRACKABLE_KPIS) {
        for (const column of columnsOfKpi(kpi)) {
          if (typeof month[column.input] !== 'number') missing.push(`${kpi.id}.${column.input} on ${channel}`);
        }
      }
    }
    expect(missing, `inputs without example numbers: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('every sheet function in the catalog', () => {
  it('has its spec table beside its definition (src/catalog/families/*.spec.ts)', () => {
    const folder = new URL('../src/catalog/families/', import.meta.url);
    const specs = readdirSync(folder)
      .filter((name) => name.endsWith('.spec.ts'))
      .map((name) => readFileSync(new URL(name, folder), 'utf8'))
      .join('\n');
    const without = SHEET_FUNCTIONS.map((kpi) => kpi.functionName).filter(
      (name) => !specs.includes(`kpiSpec('${name}'`),
    );
    expect(without, `sheet functions without a spec table: ${without.join(', ')}`).toEqual([]);
  });
});

/**
 * A KPI added to the catalog must reach the user: the wizard recommends it for at least one business
 * goal, and Load example data fills every column it reads. Both fail for a KPI added in only one place.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS, TRACKABLE_KPIS } from '../src/catalog/kpis.ts';
import { columnsForKpis, columnsOfKpi } from '../src/wizard/dataColumns.ts';
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

describe('how a period and "All channels" combine each data column', () => {
  const aggregationOf = (input: string) =>
    columnsForKpis(TRACKABLE_KPIS.map((kpi) => kpi.id)).find((column) => column.input === input)?.aggregation;

  it('takes followers as the latest value, never summed across periods', () => {
    expect(aggregationOf('total_followers')).toBe('latest');
    expect(aggregationOf('audience')).toBe('latest');
  });

  it('sums counts and money, and averages ratings and order values', () => {
    expect(['clicks', 'impressions', 'shares', 'ad_spend', 'revenue'].map(aggregationOf)).toEqual(Array(5).fill('sum'));
    expect(['review_rating', 'avg_order_value', 'orders_per_year', 'years'].map(aggregationOf)).toEqual(
      Array(4).fill('average'),
    );
  });

  it('reads it from the input the KPI reads, whatever the parameter is called', () => {
    const potentialReach = TRACKABLE_KPIS.find((kpi) => kpi.id === 'potential_reach')!;
    expect(columnsOfKpi(potentialReach)[0]).toMatchObject({ input: 'total_followers', aggregation: 'latest' });
    expect(potentialReach.inputs[0].name).toBe('followers');
  });
});

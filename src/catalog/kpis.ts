import { METRICS } from './families/metrics.ts';
import { SHEET_FUNCTIONS } from './sheetFunctions.ts';
import type { KpiDefinition, TrackableKpiDefinition } from './types.ts';

export { METRICS, SHEET_FUNCTIONS };

/**
 * The KPI catalog: the one source of truth. Each KPI is one complete definition in the file of its
 * family (src/catalog/families/), its spec table beside it; autocomplete help, the sheet functions,
 * the README's function reference, the wizard's taxonomy, the generated sheets and the example data
 * all derive from it. Adding a KPI is its definition and its spec, nothing else.
 */
export const KPI_CATALOG: readonly KpiDefinition[] = SHEET_FUNCTIONS;

/** Everything the wizard can offer as a KPI: the sheet-function KPIs (not the tracking helpers) and the plain metrics. */
export const TRACKABLE_KPIS: readonly TrackableKpiDefinition[] = [...KPI_CATALOG, ...METRICS].filter(
  (kpi): kpi is TrackableKpiDefinition => kpi.family !== 'tracking',
);

/** Looks a KPI up by id or sheet-function name. */
export function findKpi(idOrFunctionName: string): KpiDefinition | undefined {
  const key = idOrFunctionName.toLowerCase();
  return [...KPI_CATALOG, ...METRICS].find((kpi) => kpi.id === key || kpi.functionName?.toLowerCase() === key);
}

import type { Language } from '../catalog/types.ts';
import { problem, type SheetProblem } from './problem.ts';

/** The fixed set of KPI statuses, in the order a manager reads them. */
export const STATUSES = ['Achieved', 'On track', 'Behind', 'Off track', 'Not started'] as const;
export type KpiStatus = (typeof STATUSES)[number];

/** Status labels in each language; sheet functions return the English ones (they must be deterministic). */
export const STATUS_LABELS: Record<Language, Record<KpiStatus, string>> = {
  en: {
    Achieved: 'Achieved',
    'On track': 'On track',
    Behind: 'Behind',
    'Off track': 'Off track',
    'Not started': 'Not started',
  },
  da: {
    Achieved: 'Nået',
    'On track': 'På rette spor',
    Behind: 'Bagud',
    'Off track': 'Ude af kurs',
    'Not started': 'Ikke startet',
  },
  nl: {
    Achieved: 'Behaald',
    'On track': 'Op schema',
    Behind: 'Achter',
    'Off track': 'Uit koers',
    'Not started': 'Niet gestart',
  },
};

/** How far behind the elapsed time progress may fall and still count as "Behind" rather than "Off track". */
export const BEHIND_TOLERANCE = 0.15;

/**
 * Progress from baseline to target: 0 at the baseline, 1 at the target. Works when lower is
 * better, because the target then lies below the baseline and both differences are negative.
 */
export function kpiProgress(actual: number, baseline: number, target: number): number | SheetProblem {
  // The row shows the problem's message in the spreadsheet's language.
  if (target === baseline) return problem('targetIsBaseline');
  return (actual - baseline) / (target - baseline);
}

/**
 * Judges a KPI against the time elapsed between its start and deadline. `actual` may be NaN (no
 * data yet). Dates are day serial numbers. Mirrors the catalog's native formula for KPI_STATUS.
 */
export function kpiStatus(
  actual: number,
  baseline: number,
  target: number,
  start: number,
  deadline: number,
  asOf: number,
): KpiStatus | SheetProblem {
  if (target === baseline) return problem('targetIsBaseline');
  if (deadline <= start) return problem('deadlineNotAfterStart');
  if (Number.isNaN(actual)) return 'Not started';
  const progress = (actual - baseline) / (target - baseline);
  if (progress >= 1) return 'Achieved';
  if (asOf < start) return 'Not started';
  if (asOf > deadline) return 'Off track';
  const expected = Math.min(1, Math.max(0, (asOf - start) / (deadline - start)));
  if (progress >= expected) return 'On track';
  if (progress >= expected - BEHIND_TOLERANCE) return 'Behind';
  return 'Off track';
}

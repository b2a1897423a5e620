/**
 * The period a day belongs to, as "KPI data"'s period column holds it: the period's first day,
 * 'YYYY-MM-DD'. Weeks start on Monday (ISO 8601, as in Denmark and the Netherlands); months on the
 * 1st; two-month periods on 1 Jan, 1 Mar, 1 May, 1 Jul, 1 Sep, 1 Nov; quarters on 1 Jan, 1 Apr,
 * 1 Jul, 1 Oct. Monthly periods match preview/app/exampleData.ts (the first day of each month).
 */
import type { Cadence } from '../shared/wizardApi.ts';
import { isoDay } from './cellValues.ts';

const MONTHS_PER_PERIOD: Record<Exclude<Cadence, 'weekly'>, number> = { monthly: 1, bimonthly: 2, quarterly: 3 };

/** The first day of the period that `day` ('YYYY-MM-DD') falls in. */
export function periodStart(day: string, cadence: Cadence): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (cadence === 'weekly') {
    const date = new Date(Date.UTC(year, month - 1, Number(day.slice(8, 10))));
    const sinceMonday = (date.getUTCDay() + 6) % 7;
    date.setUTCDate(date.getUTCDate() - sinceMonday);
    return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const size = MONTHS_PER_PERIOD[cadence];
  return isoDay(year, month - ((month - 1) % size), 1);
}

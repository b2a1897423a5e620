import type { Language } from '../../src/catalog/types.ts';
import type { KpiChoice, WizardInput } from '../../src/shared/wizardApi.ts';

/**
 * The choices "Load example data" makes on a new workbook, so the example year has a KPI map and a data
 * sheet to go into: what a marketer would enter in the goal wizard for two goals (be better known, sell
 * more through social), with SMART targets. The map is built by the wizard's own code (applyWizard), so
 * the wizard opens on it pre-filled and can change it like any map.
 */

const GOAL_NAMES: Record<Language, { awareness: string; sales: string }> = {
  en: { awareness: 'Become better known', sales: 'Sell more through social media' },
  da: { awareness: 'Blive mere kendt', sales: 'Sælge mere via sociale medier' },
  nl: { awareness: 'Bekender worden', sales: 'Meer verkopen via social media' },
};

/** 'YYYY-MM-DD' of the first day of the month `months` away from `today` ('YYYY-MM-DD'). */
function monthFrom(today: string, months: number): string {
  const [year, month] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
}

/** The sample map's KPIs: kpi id, social goal, business goal, channel, baseline → target. */
const SAMPLE_KPIS: [string, KpiChoice['socialGoal'], string, KpiChoice['channel'], string, string][] = [
  ['follower_count', 'reach', 'awareness', 'instagram', '12000', '20000'],
  ['audience_growth_rate', 'reach', 'awareness', 'instagram', '1.5%', '3.5%'],
  ['post_reach_rate', 'reach', 'awareness', 'facebook', '9%', '15%'],
  ['amplification_rate', 'engagement', 'awareness', 'all', '1.2%', '2%'],
  ['ctr', 'conversion', 'sales', 'all', '0.8%', '1.5%'],
  ['conversion_rate', 'conversion', 'sales', 'all', '2%', '3.5%'],
];

/** The wizard input of the sample map, in the wizard's language; goals set five months before `today`. */
export function sampleWizardInput(language: Language, today: string): WizardInput {
  const names = GOAL_NAMES[language];
  return {
    language,
    businessGoals: [
      { id: 'awareness', kind: 'awareness', name: names.awareness },
      { id: 'sales', kind: 'sales', name: names.sales },
    ],
    answers: { sellsOnSocial: true, paidAds: null, serviceOnSocial: null, surveys: null, webAnalytics: true },
    kpis: SAMPLE_KPIS.map(([kpiId, socialGoal, businessGoalId, channel, baseline, target]) => ({
      kpiId,
      businessGoalId,
      socialGoal,
      channel,
      baseline,
      target,
      deadline: monthFrom(today, 8),
      owner: '',
      cadence: 'monthly',
      notes: '',
    })),
    startDate: monthFrom(today, -5),
    reviewIntervalMonths: 3,
  };
}

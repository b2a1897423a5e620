/** Wizard inputs with many KPIs, for the call-count test and the bench. */
import { TRACKABLE_KPIS, findKpi } from '../../src/catalog/kpis.ts';
import type { KpiChoice, WizardInput } from '../../src/shared/wizardApi.ts';
import { CHANNELS, socialGoalOfKpi } from '../../src/wizard/taxonomy.ts';
import { createWizardServer } from '../../src/commands/wizardServer.ts';
import { countingDoor } from './countingDoor.ts';
import type { CountingServices } from './countingSpreadsheetApp.ts';
import { NOT_ANSWERED } from './wizardFixtures.ts';

/** KPI ids with one answer KPI first, so every size of map has both data sheets. */
const IDS = ['csat', ...TRACKABLE_KPIS.map((kpi) => kpi.id).filter((id) => id !== 'csat')];

/** A valid input with `count` KPI rows: every KPI once per channel, channel after channel. */
export function inputWithKpis(count: number): WizardInput {
  const kpis: KpiChoice[] = Array.from({ length: count }, (_, i) => {
    const kpi = findKpi(IDS[i % IDS.length])!;
    const rate = kpi.unit === 'fraction';
    return {
      kpiId: kpi.id,
      businessGoalId: i % 2 === 0 ? 'g1' : 'g2',
      socialGoal: socialGoalOfKpi(kpi),
      channel: CHANNELS[Math.floor(i / IDS.length) % CHANNELS.length],
      baseline: rate ? '2%' : '100',
      target: rate ? '3%' : '150',
      deadline: '2026-12-31',
      owner: `Owner ${i}`,
      cadence: 'monthly',
      notes: `Note ${i}`,
    };
  });
  return {
    language: 'en',
    businessGoals: [
      { id: 'g1', kind: 'awareness', name: 'Be known' },
      { id: 'g2', kind: 'service', name: 'Happy customers' },
    ],
    answers: { ...NOT_ANSWERED },
    kpis,
    startDate: '2026-01-01',
    reviewIntervalMonths: 6,
  };
}

/**
 * Applies the wizard for `count` KPIs through the wizard server and the Google Sheets door, as Apps Script
 * runs it; returns the document calls reading and applying took, and how many of the apply calls grew a tab
 * (a data tab wider than 26 columns needs one).
 */
export function applyWizardCounted(
  services: CountingServices,
  count: number,
  input = inputWithKpis(count),
): { read: number; apply: number; grow: number } {
  const door = countingDoor(services);
  let counts: { read: number; apply: number; grow: number } | null = null;
  const summary = createWizardServer({
    ...door,
    today: () => '2026-03-01',
    readSnapshot() {
      services.resetLog();
      return door.readSnapshot();
    },
    applyPlan(plan) {
      // Reading counts what planning asks for too (the other tabs' names are read only when a tab is created).
      const read = services.documentCalls();
      services.resetLog();
      const applied = door.applyPlan(plan);
      counts = { read, apply: services.documentCalls(), grow: services.growthCalls() };
      return applied;
    },
  }).applyWizard(input);
  if (!counts) throw new Error(`The wizard wrote nothing: ${JSON.stringify(summary.messages)}`);
  return counts;
}

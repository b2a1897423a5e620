/** The KPI map the import's tests write into: follower count and engagement rate on Instagram (monthly). */
import { createLocalImportServer } from '../../sidebar/localImportServer.ts';
import { applyWizardTo } from './kpiMapWorkbook.ts';
import { kpi, wizardInput } from './wizardFixtures.ts';

/** Its "KPI data" has the columns Total followers, Engagements and Audience (followers). */
export function importMapInput() {
  return wizardInput({
    kpis: [
      kpi('follower_count', { channel: 'instagram' }),
      kpi('engagement_rate', { channel: 'instagram', baseline: '2%', target: '3%' }),
    ],
  });
}

/** The map on an in-memory workbook, and the import's server on it (as the preview runs it). */
export function importWorkbook() {
  const { workbook } = applyWizardTo(importMapInput());
  return { workbook, server: createLocalImportServer(workbook, { locale: 'en-GB', today: '2026-03-01' }) };
}

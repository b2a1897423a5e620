/** The KPI map the import's tests write into: follower count and engagement rate on Instagram (monthly). */
import { createLocalImportServer } from '../../sidebar/localImportServer.ts';
import type { ImportBatch, ImportTarget, ImportedValue } from '../../src/shared/importApi.ts';
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

/**
 * `months` months of engagements and total followers for Instagram and Facebook from January 2022, as the
 * panel sends them to `target` (what the calls test and bench import: the same calls for 3 months as for 60).
 */
export function monthsBatch(months: number, offset: number, target: ImportTarget): ImportBatch {
  const values: ImportedValue[] = [];
  for (let m = 0; m < months; m++) {
    const period = new Date(Date.UTC(2022, m, 1)).toISOString().slice(0, 10);
    for (const channel of ['instagram', 'facebook'] as const) {
      values.push({ period, channel, input: 'engagements', value: 100 + m + offset, sourceColumn: 'Engagements' });
      values.push({ period, channel, input: 'total_followers', value: 1000 + m, sourceColumn: 'Followers' });
    }
  }
  return { files: [{ name: 'export.csv', kind: 'mapped', grain: 'days', summary: '' }], values, remember: [], target };
}

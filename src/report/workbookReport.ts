/**
 * "Build report" on the in-memory workbook, for the local preview's menu (the same plan the server
 * applies on Google Sheets). HyperFormula is GPL: never imported by src/main.ts.
 */
import { applyPlanToWorkbook } from '../inMemory/applyPlanToWorkbook.ts';
import type { Workbook } from '../inMemory/workbook.ts';
import { findSheet } from '../plan/snapshot.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';
import { buildReportPlan } from './reportPlan.ts';
import { REPORT_TEXTS } from './reportTexts.ts';

/** Builds or rebuilds the report sheet; returns what to tell the user (the missing-map message, or done). */
export function buildReportOnWorkbook(workbook: Workbook, userLocale: string | null): { ok: boolean; message: string } {
  const snapshot = workbook.snapshot();
  if (!findSheet(snapshot, 'kpiMap')) {
    return { ok: false, message: REPORT_TEXTS[commandLanguage({ userLocale })].missingMap };
  }
  const result = buildReportPlan(snapshot, userLocale);
  applyPlanToWorkbook(workbook, result.plan);
  const name = workbook.sheetByKey('report')?.name ?? result.sheetName;
  return { ok: true, message: REPORT_TEXTS[result.language].built(name) };
}

/**
 * The sidebar's server calls as plain logic over a workbook: the same code runs on Google Sheets
 * (src/server/wizard.ts gives it a SpreadsheetApp-backed workbook) and on the in-memory workbook in
 * tests and the local preview. JSON in, JSON out.
 */
import type { SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { ApplyResult, Plan, SheetKey } from '../plan/types.ts';
import type {
  ApplySummary,
  Language,
  ServerApi,
  WizardInput,
  WizardModel,
  WizardPreview,
} from '../shared/wizardApi.ts';
import { readCurrentChoices } from '../wizard/currentChoices.ts';
import { buildKpiMapPlan } from '../wizard/kpiMapPlan.ts';
import { recommend } from '../wizard/recommend.ts';
import { languageOf, validateWizardInput } from '../wizard/validate.ts';
import { buildWizardModel, pickLanguage } from '../wizard/wizardModel.ts';

/** What the wizard needs from a spreadsheet. */
export interface WizardWorkbook {
  readSnapshot(): SpreadsheetSnapshot;
  applyPlan(plan: Plan): ApplyResult;
  /** Runs read → plan → apply so that no one else writes in between. */
  withLock<T>(work: () => T): T;
  /** Brings an add-on sheet to the front; false when it does not exist. */
  activate(key: SheetKey): boolean;
  /** The user's locale, e.g. 'da_DK', or null when unknown. */
  userLocale(): string | null;
  /** 'YYYY-MM-DD' today in the spreadsheet's time zone. */
  today(): string;
}

const NO_MAP: Record<Language, string> = {
  en: 'There is no KPI map yet: run the goal wizard and apply it first.',
  da: 'Der er endnu intet KPI-kort: kør målguiden og anvend den først.',
  nl: 'Er is nog geen KPI-overzicht: doorloop eerst de doelenwizard en pas hem toe.',
};

export function createWizardServer(workbook: WizardWorkbook): ServerApi {
  const languageFor = (asked: Language | null) => pickLanguage(asked, workbook.userLocale());
  return {
    getWizardModel(language: Language | null): WizardModel {
      const chosen = languageFor(language);
      const current = readCurrentChoices(workbook.readSnapshot(), chosen);
      return buildWizardModel(chosen, current, workbook.today());
    },

    previewWizard(input: WizardInput): WizardPreview {
      const { recommendations, vanity } = recommend({ ...input, language: languageOf(input) });
      return { recommendations, vanity, messages: validateWizardInput(input, workbook.today()) };
    },

    applyWizard(input: WizardInput): ApplySummary {
      const messages = validateWizardInput(input, workbook.today());
      if (messages.length > 0) {
        // Nothing is written when the input is invalid.
        return {
          ok: false,
          messages,
          sheetsCreated: [],
          rowsAdded: 0,
          rowsUpdated: 0,
          rowsRetired: 0,
          mapSheetName: '',
        };
      }
      return workbook.withLock(() => {
        const built = buildKpiMapPlan(input, workbook.readSnapshot(), { today: workbook.today() });
        const applied = workbook.applyPlan(built.plan);
        return {
          ok: true,
          messages: [],
          sheetsCreated: applied.created.map((sheet) => sheet.name),
          rowsAdded: built.rowsAdded,
          rowsUpdated: built.rowsUpdated,
          rowsRetired: built.rowsRetired,
          mapSheetName: applied.created.find((sheet) => sheet.key === 'kpiMap')?.name ?? built.mapSheetName,
        };
      });
    },

    activateKpiMap(): void {
      if (!workbook.activate('kpiMap')) throw new Error(NO_MAP[languageFor(null)]);
    },
  };
}

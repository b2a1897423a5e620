/**
 * The sidebar's server calls as plain logic over a workbook: the same code runs on Google Sheets
 * (src/server/wizard.ts gives it a SpreadsheetApp-backed workbook) and on the in-memory workbook in
 * tests and the local preview. JSON in, JSON out.
 */
import { oversizedCell } from '../plan/oversizedCell.ts';
import type { SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { ApplyResult, Plan, SheetKey } from '../plan/types.ts';
import { SHEETS_CELL_LIMIT } from '../shared/fieldLimits.ts';
import type {
  ApplySummary,
  FieldMessage,
  Language,
  ServerApi,
  WizardInput,
  WizardModel,
  WizardPreview,
} from '../shared/wizardApi.ts';
import { mergeWithSheet } from '../wizard/concurrentMerge.ts';
import { mapRecordNotices, readCurrentChoices } from '../wizard/currentChoices.ts';
import { NOTICE_TEXTS } from '../wizard/noticeTexts.ts';
import { buildKpiMapPlan } from '../wizard/kpiMapPlan.ts';
import { recommend } from '../wizard/recommend.ts';
import { languageOf, validateWizardInput } from '../wizard/validate.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';
import { buildWizardModel } from '../wizard/wizardModel.ts';
import { checkLanguageArgument, checkWizardInput } from './payloadShape.ts';
import { formatCount, PAYLOAD_TEXTS } from './payloadTexts.ts';

/** What the wizard needs from a spreadsheet. */
export interface WizardWorkbook {
  readSnapshot(): SpreadsheetSnapshot;
  applyPlan(plan: Plan): ApplyResult;
  /** Runs read → plan → apply so that no one else writes in between; says so in `language` when it cannot. */
  withLock<T>(work: () => T, language: Language): T;
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

/** Nothing written: the input was refused (malformed, invalid, in conflict, or a data sheet cannot be read). */
function refused(messages: FieldMessage[], extra: Partial<ApplySummary> = {}): ApplySummary {
  return {
    ok: false,
    messages,
    sheetsCreated: [],
    rowsAdded: 0,
    rowsUpdated: 0,
    rowsRetired: 0,
    mapSheetName: '',
    notices: [],
    ...extra,
  };
}

/**
 * Every entry point checks its payload's shape first (src/server/payloadShape.ts): the arguments are
 * whatever google.script.run was handed, typed here as the sidebar sends them but trusted only once checked.
 */
export function createWizardServer(workbook: WizardWorkbook): ServerApi {
  // For a payload too broken to carry its own language; nothing has been read yet.
  const usersLanguage = () => commandLanguage({ userLocale: workbook.userLocale() });
  return {
    getWizardModel(language: Language | null): WizardModel {
      const asked = checkLanguageArgument(language, usersLanguage());
      const snapshot = workbook.readSnapshot();
      // The language switch, else the map's language (its numbers were typed in it), else the user's.
      const chosen = commandLanguage({ asked, snapshot, userLocale: workbook.userLocale() });
      const current = readCurrentChoices(snapshot, chosen);
      return buildWizardModel(chosen, current, workbook.today(), mapRecordNotices(snapshot, chosen));
    },

    previewWizard(payload: WizardInput): WizardPreview {
      const checked = checkWizardInput(payload, usersLanguage());
      if (!checked.ok) return { recommendations: [], vanity: [], messages: checked.messages };
      const input = checked.value;
      const { recommendations, vanity } = recommend(input);
      return { recommendations, vanity, messages: validateWizardInput(input, workbook.today()) };
    },

    applyWizard(payload: WizardInput): ApplySummary {
      const checked = checkWizardInput(payload, usersLanguage());
      if (!checked.ok) return refused(checked.messages);
      const input = checked.value;
      const messages = validateWizardInput(input, workbook.today());
      // Nothing is written when the input is invalid.
      if (messages.length > 0) return refused(messages);
      const language = languageOf(input);
      return workbook.withLock(() => {
        const snapshot = workbook.readSnapshot();
        // Another wizard may have applied since this one was opened: only what changed here is written.
        const theirs = input.base ? readCurrentChoices(snapshot, language) : null;
        const merged = mergeWithSheet(input, theirs, language);
        if (merged.conflicts.length > 0) {
          const t = NOTICE_TEXTS[language];
          return refused(
            merged.conflicts.map((c) => ({ field: c.field, message: t.conflict(c.label, c.yours, c.theirs) })),
            { conflicts: merged.conflicts, rebased: merged.input },
          );
        }
        const problems = validateWizardInput(merged.input, workbook.today());
        if (problems.length > 0) return refused(problems, { rebased: merged.input });
        const built = buildKpiMapPlan(merged.input, snapshot, { today: workbook.today() });
        if (built.blocked.length > 0) {
          return refused(built.blocked.map((message) => ({ field: 'dataSheets', message })));
        }
        // Refused whole before the first write: the data tabs are written before the map.
        const tooBig = oversizedCell(built.plan);
        if (tooBig) {
          const count = (n: number) => formatCount(n, language);
          const t = PAYLOAD_TEXTS[language];
          const message = t.tooBigForCell(tooBig.sheet, tooBig.cell, count(tooBig.length), count(SHEETS_CELL_LIMIT));
          return refused([{ field: 'input', message }]);
        }
        const applied = workbook.applyPlan(built.plan);
        return {
          ok: true,
          messages: [],
          sheetsCreated: applied.created.map((sheet) => sheet.name),
          rowsAdded: built.rowsAdded,
          rowsUpdated: built.rowsUpdated,
          rowsRetired: built.rowsRetired,
          mapSheetName: applied.created.find((sheet) => sheet.key === 'kpiMap')?.name ?? built.mapSheetName,
          notices: built.notices,
        };
      }, language);
    },

    activateKpiMap(): void {
      // No map: the rule comes down to the user's language.
      if (!workbook.activate('kpiMap')) throw new Error(NO_MAP[commandLanguage({ userLocale: workbook.userLocale() })]);
    },
  };
}

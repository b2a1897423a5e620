/**
 * The goal wizard's server calls (the sidebar's google.script.run calls), written once against the
 * spreadsheet door: src/server/wizard.ts gives it Google Sheets, sidebar/localServer.ts the in-memory
 * workbook of the tests and the local preview. JSON in, JSON out.
 */
import type { SpreadsheetDoor } from '../door/spreadsheetDoor.ts';
import { oversizedCell } from '../plan/oversizedCell.ts';
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
import { checkLanguageArgument, checkWizardInput } from '../server/payloadShape.ts';
import { formatCount, PAYLOAD_TEXTS } from '../server/payloadTexts.ts';

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
export function createWizardServer(door: SpreadsheetDoor): ServerApi {
  // For a payload too broken to carry its own language; nothing has been read yet.
  const usersLanguage = () => commandLanguage({ userLocale: door.userLocale() });
  return {
    getWizardModel(language: Language | null): WizardModel {
      const asked = checkLanguageArgument(language, usersLanguage());
      const snapshot = door.readSnapshot();
      // The language switch, else the map's language (its numbers were typed in it), else the user's.
      const chosen = commandLanguage({ asked, snapshot, userLocale: door.userLocale() });
      const current = readCurrentChoices(snapshot, chosen);
      return buildWizardModel(chosen, current, door.today(), mapRecordNotices(snapshot, chosen));
    },

    previewWizard(payload: WizardInput): WizardPreview {
      const checked = checkWizardInput(payload, usersLanguage());
      if (!checked.ok) return { recommendations: [], vanity: [], messages: checked.messages };
      const input = checked.value;
      const { recommendations, vanity } = recommend(input);
      return { recommendations, vanity, messages: validateWizardInput(input, door.today()) };
    },

    applyWizard(payload: WizardInput): ApplySummary {
      const checked = checkWizardInput(payload, usersLanguage());
      if (!checked.ok) return refused(checked.messages);
      const input = checked.value;
      const messages = validateWizardInput(input, door.today());
      // Nothing is written when the input is invalid.
      if (messages.length > 0) return refused(messages);
      const language = languageOf(input);
      return door.withLock(() => {
        const snapshot = door.readSnapshot();
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
        const problems = validateWizardInput(merged.input, door.today());
        if (problems.length > 0) return refused(problems, { rebased: merged.input });
        const built = buildKpiMapPlan(merged.input, snapshot, { today: door.today() });
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
        const applied = door.applyPlan(built.plan);
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
      if (!door.activate('kpiMap')) throw new Error(NO_MAP[commandLanguage({ userLocale: door.userLocale() })]);
    },
  };
}

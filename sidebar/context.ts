/**
 * What every step's render function gets: the model from the server, the user's draft, the last
 * preview, the validation messages and the actions that change them.
 */
import type {
  ApplyConflict,
  ApplySummary,
  FieldMessage,
  WizardInput,
  WizardModel,
  WizardPreview,
} from '../src/shared/wizardApi.ts';
import type { Draft } from './draft.ts';
import type { SidebarStrings } from './i18n.ts';
import type { AsyncServerApi } from './serverApi.ts';

export const STEP_COUNT = 5;
/** Step indexes: 0 goals, 1 be critical, 2 KPIs, 3 SMART targets, 4 review; 5 is the result screen. */
export const RESULT_STEP = 5;

export interface SidebarContext {
  api: AsyncServerApi;
  model: WizardModel;
  draft: Draft;
  preview: WizardPreview | null;
  /** Validation messages by field key (see messageKey), from the last check. */
  messages: Map<string, string[]>;
  summary: ApplySummary | null;
  /** Fields changed here and elsewhere since the wizard was opened (from the last Build), and the merged input. */
  conflicts: { list: ApplyConflict[]; rebased: WizardInput; takeSheets: Set<string> } | null;
  /** The KPI map tab's name once the user opened it from the result screen. */
  openedSheet: string | null;
  step: number;
  busy: boolean;
  t: SidebarStrings;
  /** Re-renders the panel, keeping focus where it was. */
  update(): void;
  /**
   * Asks the server again for recommendations and vanity warnings for the draft as it is now; a
   * request made while the server is busy runs once it is free, so no change goes unchecked.
   */
  refreshPreview(): void;
}

/** Messages arrive per field of the WizardInput sent ('kpis.2.target'); keys name the thing instead. */
export function messageKey(field: string, kpiIds: readonly string[], goalKinds: readonly string[]): string {
  const kpi = /^kpis\.(\d+)\.?(.*)$/.exec(field);
  if (kpi && kpiIds[Number(kpi[1])]) return `kpi:${kpiIds[Number(kpi[1])]}:${kpi[2]}`;
  const goal = /^businessGoals\.(\d+)\.?(.*)$/.exec(field);
  if (goal && goalKinds[Number(goal[1])]) return `goal:${goalKinds[Number(goal[1])]}:${goal[2]}`;
  return field;
}

/** The step where a message's field is entered, so it is shown (and blocks) there. */
export function stepOfKey(key: string): number {
  if (key.startsWith('goal:') || key.startsWith('businessGoals')) return 0;
  if (key.startsWith('answers')) return 1;
  if (key === 'kpis') return 2;
  if (key.startsWith('kpi:') || key.startsWith('kpis.')) return 3;
  return 4;
}

export function collectMessages(
  messages: readonly FieldMessage[],
  kpiIds: readonly string[],
  goalKinds: readonly string[],
): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const { field, message } of messages) {
    const key = messageKey(field, kpiIds, goalKinds);
    byKey.set(key, [...(byKey.get(key) ?? []), message]);
  }
  return byKey;
}

export function messagesForStep(context: SidebarContext, step: number): [string, string[]][] {
  return [...context.messages].filter(([key]) => stepOfKey(key) === step);
}

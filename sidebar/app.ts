/**
 * The wizard panel: header with the language switcher and step indicator, the current step, the
 * progress/error area and Back/Next. mountSidebar() is the only entry: the Apps Script page and
 * the local build both call it with their server.
 */
import { fill, h } from './dom.ts';
import {
  collectMessages,
  messagesForStep,
  RESULT_STEP,
  STEP_COUNT,
  stepOfKey,
  type SidebarContext,
} from './context.ts';
import {
  adoptRebased,
  chosenGoals,
  draftFromModel,
  offerRecommendations,
  retypeNumbers,
  toWizardInput,
} from './draft.ts';
import { LANGUAGE_NAMES, LANGUAGES, STRINGS } from './i18n.ts';
import type { AsyncServerApi } from './serverApi.ts';
import { renderGoals } from './steps/goals.ts';
import { renderCritical } from './steps/critical.ts';
import { renderKpis } from './steps/kpis.ts';
import { renderTargets } from './steps/targets.ts';
import { renderReview } from './steps/review.ts';
import { renderResult } from './steps/result.ts';
import { renderConflicts, renderNotices } from './steps/conflicts.ts';
import type { Language, WizardModel } from '../src/shared/wizardApi.ts';

interface PanelState {
  progress: string | null;
  error: { detail: string; retry: () => void } | null;
}

function plainError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // google.script.run prefixes messages with the exception type; users need only the words.
  return text.replace(/^(Exception|Error|TypeError|ScriptError):\s*/i, '').trim() || String(error);
}

export interface MountedSidebar {
  /** Resolves once the first step is shown and usable. */
  ready: Promise<void>;
}

export function mountSidebar(root: HTMLElement, api: AsyncServerApi): MountedSidebar {
  const panel: PanelState = { progress: null, error: null };
  let context: SidebarContext | null = null;

  /** Things to do once the next render is on screen (focus, telling the caller it is usable). */
  const afterRender: (() => void)[] = [];
  // The live regions stay in the page for its whole life (screen readers announce changes to a
  // region they know, not a new one); header, step and buttons are re-rendered around them.
  const content = h('div', { class: 'skk-content' });
  const progress = h('div', { class: 'skk-progress', role: 'status', 'aria-live': 'polite', id: 'progress' });
  const errorSlot = h('div', { role: 'alert', id: 'error-slot' });
  const navSlot = h('div', { class: 'skk-nav-slot' });
  const footer = h(
    'div',
    { class: 'skk-footer' },
    h('div', { class: 'skk-status-area' }, progress, errorSlot),
    navSlot,
  );
  root.replaceChildren(h('div', { class: 'skk' }, content, footer));
  // A control reached with Tab scrolls clear of the sticky footer, whatever its height (errors make it taller).
  new ResizeObserver(() => {
    document.documentElement.style.scrollPaddingBottom = `${footer.offsetHeight + 8}px`;
  }).observe(footer);
  // Chromium scrolls a text area only far enough to show its caret: bring the whole control clear.
  content.addEventListener('focusin', (event) => {
    const overlap = (event.target as HTMLElement).getBoundingClientRect().bottom - footer.getBoundingClientRect().top;
    if (overlap > 0) window.scrollBy(0, overlap + 8);
  });

  /** Re-renders everything, keeping keyboard focus on the same control (by id) when it still exists. */
  function render(focusHeading = false): void {
    const focusedId = (document.activeElement as HTMLElement | null)?.id;
    const [main, nav] = context
      ? renderPanel(context)
      : [[h('main', { class: 'skk-body', 'aria-busy': 'true' })], null];
    content.replaceChildren(...main);
    navSlot.replaceChildren(...(nav ? [nav] : []));
    renderStatus(context?.t.retry ?? STRINGS.en.retry);
    const target = focusHeading
      ? document.getElementById('step-heading')
      : focusedId && document.getElementById(focusedId);
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
    else if (focusedId && !context?.busy) document.getElementById('step-heading')?.focus();
    for (const task of afterRender.splice(0)) task();
  }

  function renderStatus(retryLabel: string): void {
    const progressText = panel.progress ?? '';
    if (progress.textContent !== progressText) {
      progress.replaceChildren(
        ...(panel.progress ? [h('span', { class: 'skk-spinner', 'aria-hidden': 'true' }), panel.progress] : []),
      );
    }
    const errorText = panel.error?.detail ?? '';
    if (errorSlot.querySelector('p')?.textContent !== errorText || !panel.error) {
      errorSlot.className = panel.error ? 'skk-error' : '';
      errorSlot.replaceChildren(
        ...(panel.error
          ? [
              h('p', { id: 'server-error' }, panel.error.detail),
              h(
                'button',
                { type: 'button', class: 'skk-secondary', id: 'retry', onclick: panel.error.retry },
                retryLabel,
              ),
            ]
          : []),
      );
    }
  }

  /** Runs server work with progress shown, refusing a second run while one is going (no double submit). */
  async function run(progress: string, task: () => Promise<void>): Promise<void> {
    if (panel.progress !== null) return;
    panel.progress = progress;
    panel.error = null;
    if (context) context.busy = true;
    render();
    try {
      await task();
    } catch (error) {
      const t = context?.t ?? STRINGS.en;
      panel.error = {
        detail: `${fill(t.serverError, { detail: plainError(error) })} ${t.nothingLost}`,
        retry: () => void run(progress, task),
      };
    } finally {
      panel.progress = null;
      if (context) context.busy = false;
    }
    render();
    if (panel.error) document.getElementById('retry')?.focus();
  }

  function start(model: WizardModel): SidebarContext {
    return {
      api,
      model,
      draft: draftFromModel(model),
      preview: null,
      messages: new Map(),
      summary: null,
      conflicts: null,
      openedSheet: null,
      step: 0,
      busy: false,
      t: STRINGS[model.language],
      update: () => render(),
      refreshPreview,
    };
  }

  let previewWanted = false;
  function refreshPreview(): void {
    if (!context) return;
    if (panel.progress !== null) {
      previewWanted = true;
      return;
    }
    previewWanted = false;
    const step = context.step;
    void run(context.t.checking, () => check().then(() => undefined)).then(() => {
      if (previewWanted && context?.step === step) refreshPreview();
    });
  }

  /** Asks the server for recommendations, vanity warnings and messages; returns whether `step` is clean. */
  async function check(step?: number): Promise<boolean> {
    if (!context) return false;
    const input = toWizardInput(context.draft);
    const preview = await api.previewWizard(input);
    context.preview = preview;
    offerRecommendations(context.draft, preview, context.model.kpis);
    const messages = collectMessages(
      preview.messages,
      input.kpis.map((kpi) => kpi.kpiId),
      input.businessGoals.map((goal) => goal.kind),
    );
    // Only steps the user has been through show messages: fields not yet reached are not wrong yet.
    const reached = Math.max(step ?? context.step, context.step);
    context.messages = new Map([...messages].filter(([key]) => stepOfKey(key) <= reached));
    return step === undefined || messagesForStep(context, step).length === 0;
  }

  function go(step: number): void {
    if (!context) return;
    context.step = step;
    // Conflicts are about the choices as they were at Build: after more edits, Build checks again.
    context.conflicts = null;
    // An error was about the step being left; its Retry would act on the wrong step now.
    panel.error = null;
    render(true);
    window.scrollTo(0, 0);
  }

  function focusFirstProblem(): void {
    const invalid =
      document.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById('step-message');
    if (invalid) {
      if (invalid.id === 'step-message') invalid.setAttribute('tabindex', '-1');
      invalid.focus();
    }
  }

  function next(): void {
    if (!context) return;
    const ctx = context;
    const step = ctx.step;
    if (step === STEP_COUNT - 1) {
      void run(ctx.t.building, async () => {
        // The user has chosen between their values and the sheet's: build from the merged choices.
        if (ctx.conflicts) {
          const { list, rebased, takeSheets } = ctx.conflicts;
          adoptRebased(ctx.draft, rebased, list, takeSheets);
          ctx.conflicts = null;
        }
        const summary = await api.applyWizard(toWizardInput(ctx.draft));
        if (summary.conflicts?.length && summary.rebased) {
          ctx.conflicts = { list: summary.conflicts, rebased: summary.rebased, takeSheets: new Set() };
          ctx.messages = new Map();
          return;
        }
        if (summary.ok) {
          // What the map holds now is the base of the next Build from this panel ("Change choices").
          const current = (await api.getWizardModel(ctx.draft.language)).current;
          if (current) adoptRebased(ctx.draft, current, [], new Set());
          ctx.summary = summary;
          ctx.messages = new Map();
          ctx.draft.decidedGoalIds = chosenGoals(ctx.draft).map((goal) => goal.id);
          ctx.step = RESULT_STEP;
          return;
        }
        const input = toWizardInput(ctx.draft);
        ctx.messages = collectMessages(
          summary.messages,
          input.kpis.map((kpi) => kpi.kpiId),
          input.businessGoals.map((goal) => goal.kind),
        );
        ctx.step = Math.min(STEP_COUNT - 1, ...[...ctx.messages.keys()].map(stepOfKey));
      }).then(() => {
        const conflictsTitle = ctx.conflicts ? document.getElementById('conflicts-title') : null;
        if (ctx.step === RESULT_STEP) document.getElementById('step-heading')?.focus();
        else if (conflictsTitle) {
          conflictsTitle.setAttribute('tabindex', '-1');
          conflictsTitle.focus();
        } else if (ctx.messages.size) focusFirstProblem();
      });
      return;
    }
    void run(ctx.t.checking, async () => {
      if (await check(step)) ctx.step = step + 1;
    }).then(() => {
      if (panel.error) return;
      if (ctx.step !== step) go(ctx.step);
      else focusFirstProblem();
    });
  }

  function back(): void {
    if (context && context.step > 0 && !context.busy) go(context.step - 1);
  }

  function switchLanguage(language: Language): void {
    if (!context) return;
    const ctx = context;
    void run(STRINGS[language].switchingLanguage, async () => {
      const model = await api.getWizardModel(language);
      // Typed numbers are shown the new language's way, meaning the same number.
      retypeNumbers(ctx.draft, ctx.draft.language, language, model.kpis);
      ctx.model = model;
      ctx.t = STRINGS[language];
      ctx.draft.language = language;
      root.setAttribute('lang', language);
      // Reasons, warnings and messages come in the input's language: ask again.
      if (ctx.preview || ctx.messages.size) await check();
    }).then(() => document.getElementById('language')?.focus());
  }

  /** The header and the step, and the Back/Next bar (none on the result screen). */
  function renderPanel(ctx: SidebarContext): [Node[], HTMLElement | null] {
    const { t } = ctx;
    const onResult = ctx.step === RESULT_STEP;
    const stepName = onResult ? t.resultTitle : t.steps[ctx.step];
    const languageSelect = h(
      'select',
      {
        id: 'language',
        disabled: ctx.busy,
        onchange: (event: Event) => switchLanguage((event.target as HTMLSelectElement).value as Language),
      },
      LANGUAGES.map((language) =>
        h(
          'option',
          { value: language, lang: language, selected: language === ctx.draft.language },
          LANGUAGE_NAMES[language],
        ),
      ),
    );
    const steps = [
      (c: SidebarContext) => [...renderNotices(c, c.model.notices, 'map-notices'), ...renderGoals(c)],
      renderCritical,
      renderKpis,
      renderTargets,
      (c: SidebarContext) => [...renderConflicts(c), ...renderReview(c)],
    ];
    const body =
      steps[ctx.step]?.(ctx) ??
      renderResult(
        ctx,
        () =>
          void run(t.checking, async () => {
            await api.activateKpiMap();
            ctx.openedSheet = ctx.summary?.mapSheetName ?? '';
          }),
        () => go(0),
      );
    const problems = !onResult && messagesForStep(ctx, ctx.step).length > 0;
    const main = [
      h(
        'header',
        { class: 'skk-header' },
        h(
          'div',
          { class: 'skk-titlebar' },
          h('h1', {}, t.title),
          h('div', { class: 'skk-language' }, h('label', { for: 'language' }, t.language), languageSelect),
        ),
        onResult
          ? null
          : h(
              'div',
              { class: 'skk-steps' },
              h('p', { class: 'skk-step-of' }, fill(t.stepOf, { n: ctx.step + 1, total: STEP_COUNT })),
              h(
                'ol',
                { class: 'skk-bar', 'aria-hidden': 'true' },
                t.steps.map((_, index) =>
                  h('li', { class: index < ctx.step ? 'done' : index === ctx.step ? 'current' : '' }),
                ),
              ),
            ),
      ),
      h(
        'main',
        { class: 'skk-body', 'aria-busy': ctx.busy ? 'true' : 'false' },
        h('h2', { id: 'step-heading', tabindex: -1 }, stepName),
        problems ? h('p', { class: 'skk-message skk-fix' }, t.fixBelow) : null,
        ...body,
      ),
    ].filter((node): node is HTMLElement => node !== null);
    const nav = onResult
      ? null
      : h(
          'nav',
          { class: 'skk-nav', 'aria-label': t.title },
          h(
            'button',
            {
              type: 'button',
              class: 'skk-secondary',
              id: 'back',
              disabled: ctx.step === 0 || ctx.busy,
              onclick: back,
            },
            t.back,
          ),
          h(
            'button',
            { type: 'button', class: 'skk-primary', id: 'next', disabled: ctx.busy, onclick: next },
            ctx.step === STEP_COUNT - 1 ? t.build : t.next,
          ),
        );
    return [main, nav];
  }

  render();
  const ready = new Promise<void>((resolve) => {
    // On failure the error shows with Retry, which runs this task again until the model arrives.
    void run(STRINGS.en.loading, async () => {
      const model = await api.getWizardModel(null);
      context = start(model);
      root.setAttribute('lang', model.language);
      afterRender.push(() => {
        document.getElementById('step-heading')?.focus();
        resolve();
      });
    });
  });
  return { ready };
}

/** Labelled form fields with their hint and inline validation message, shared by the steps. */
import { fill, h } from './dom.ts';
import { stepOfKey, type SidebarContext } from './context.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Ids are built from KPI ids and kinds (ours, never user text), kept to safe characters. */
export function safeId(...parts: string[]): string {
  return parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}

export function messageElement(context: SidebarContext, key: string, id: string): HTMLElement | null {
  const messages = context.messages.get(key);
  if (!messages?.length) return null;
  return h('p', { class: 'skk-message', id }, messages.join(' '));
}

/**
 * Wires a control to its hint and message: aria-describedby, aria-invalid, and the message
 * disappears as soon as the user edits the field (it was about the old value).
 */
export function describeControl(
  context: SidebarContext,
  control: Control,
  key: string | null,
  hintId?: string,
): HTMLElement | null {
  const messageId = `${control.id}-message`;
  const message = key ? messageElement(context, key, messageId) : null;
  const describedBy = [hintId, message ? messageId : undefined].filter(Boolean).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  if (message && key) {
    control.setAttribute('aria-invalid', 'true');
    const clear = (): void => {
      context.messages.delete(key);
      control.removeAttribute('aria-invalid');
      message.remove();
    };
    control.addEventListener('input', clear, { once: true });
    control.addEventListener('change', clear, { once: true });
  }
  return message;
}

export interface FieldOptions {
  label: string;
  control: Control;
  /** Validation message key (see messageKey in context.ts). */
  key?: string;
  hint?: string;
  /** Text shown after the control, e.g. the unit. */
  suffix?: string;
  wide?: boolean;
  /** The most characters the field takes (FIELD_LIMITS): typing stops there, and a message says so. */
  limit?: number;
}

/**
 * Caps a text control at `limit` characters (maxlength: typing and pasting stop there) and returns
 * the message shown while the text is at the limit (or over it, when pre-filled from the sheet).
 */
export function limitMessage(context: SidebarContext, control: Control, limit: number): HTMLElement {
  control.setAttribute('maxlength', String(limit));
  const shown = new Intl.NumberFormat(context.model.language === 'en' ? 'en-GB' : context.model.language).format(limit);
  const message = h(
    'p',
    { class: 'skk-hint skk-limit', id: `${control.id}-limit`, 'aria-live': 'polite' },
    fill(context.t.limitReached, { limit: shown }),
  );
  const update = (): void => {
    message.hidden = control.value.length < limit;
  };
  update();
  control.addEventListener('input', update);
  const describedBy = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', describedBy ? `${describedBy} ${message.id}` : message.id);
  return message;
}

export function field(context: SidebarContext, options: FieldOptions): HTMLElement {
  const hintId = options.hint ? `${options.control.id}-hint` : undefined;
  const message = describeControl(context, options.control, options.key ?? null, hintId);
  const limit = options.limit === undefined ? null : limitMessage(context, options.control, options.limit);
  return h(
    'div',
    { class: options.wide === false ? 'skk-field skk-half' : 'skk-field' },
    h('label', { for: options.control.id }, options.label),
    options.suffix
      ? h('div', { class: 'skk-with-suffix' }, options.control, h('span', { class: 'skk-suffix' }, options.suffix))
      : options.control,
    options.hint ? h('p', { class: 'skk-hint', id: hintId }, options.hint) : null,
    limit,
    message,
  );
}

/** Messages about a whole step (no goal chosen, no KPI chosen), shown at its top. */
export function stepMessages(context: SidebarContext, keys: readonly string[]): HTMLElement | null {
  const texts = keys.flatMap((key) => context.messages.get(key) ?? []);
  if (!texts.length) return null;
  return h(
    'div',
    { class: 'skk-message skk-step-message', id: 'step-message' },
    ...texts.map((text) => h('p', {}, text)),
  );
}

/** Messages of a step that no field of it shows (e.g. about the whole input), listed at its top. */
export function messagesList(
  context: SidebarContext,
  step: number,
  shownByFields: readonly string[] = ['startDate'],
): HTMLElement | null {
  const keys = [...context.messages.keys()].filter((key) => stepOfKey(key) === step && !shownByFields.includes(key));
  return stepMessages(context, keys);
}

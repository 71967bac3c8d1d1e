import {html, nothing, type TemplateResult} from 'lit';
import {lookupStrings, type LookupMessages} from '../i18n/lookup-messages.js';
import {fill, type Messages} from '../i18n/messages.js';
import type {LookupActions, LookupMode, LookupProblem, LookupState} from './lookup-state.js';

/** The sentence of the inline error (part `lookup-error`). */
export function lookupProblemText(problem: LookupProblem | undefined, m: Messages & LookupMessages): string {
  switch (problem?.kind) {
    case undefined:
      return '';
    case 'empty':
      return m.lookupEmpty;
    case 'refused':
      return `${fill(m.refusedNumber, {number: problem.typed})} ${m.refusedNumberHint}`;
    case 'order-missing':
      return m.orderMissing;
    case 'email-invalid':
      return m.emailInvalid;
    case 'not-found':
      return m.orderNotFound;
    case 'rate-limited':
      return m.orderRateLimited;
    case 'no-numbers':
      return m.orderNoNumbers;
    case 'network':
      return m.orderNetwork;
    case 'failed':
      return m.orderFailed;
  }
}

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;

/**
 * Keyboard first: Enter submits, a refused lookup keeps (or puts) focus in the field it is
 * about, whose description is the error. Several numbers pasted on separate lines (an input
 * drops line breaks) arrive separated by commas.
 */
function submit(event: SubmitEvent, {mode, busy}: LookupState, actions: LookupActions) {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  if (mode === 'number') {
    const input = field(form, 'tracking');
    if (!actions.lookUp(input.value)) input.focus();
    return;
  }
  if (busy) return; // the button says it is busy; a second press waits for the first answer
  const order = field(form, 'order');
  const email = field(form, 'email');
  void actions.lookUpOrder({order: order.value, email: email.value}).then((problem) => {
    if (problem) (problem.kind === 'email-invalid' ? email : order).focus();
  });
}

function pasteList(event: ClipboardEvent) {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!/[\r\n]/.test(text.trim())) return;
  event.preventDefault();
  const input = event.currentTarget as HTMLInputElement;
  const list = text.trim().replace(/\s*[\r\n]+\s*/g, ', ');
  input.setRangeText(list, input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length, 'end');
}

/** The lookup `<form>` (part `lookup`): a number, or an order number with its email. */
export function renderLookupForm(messages: Messages, lookup: LookupState & LookupActions): TemplateResult {
  const {mode, orderLookup, problem} = lookup;
  const m = lookupStrings(messages);
  const error = lookupProblemText(problem, m);
  return html`<form part="lookup" class="lookup" role="search" aria-label=${m.lookupBy} novalidate
    @submit=${(event: SubmitEvent) => submit(event, lookup, lookup)}>
    ${orderLookup ? renderModes(m, mode, lookup) : nothing}
    ${mode === 'order' && orderLookup ? renderOrderFields(lookup, m) : renderNumberField(lookup, m)}
    <p id="lookup-error" part="lookup-error" class="lookup-error" role="alert">${error}</p>
  </form>`;
}

function renderModes(m: LookupMessages, mode: LookupMode, actions: LookupActions) {
  const option = (value: LookupMode, label: string) =>
    html`<label class="lookup-mode"><input type="radio" name="lookup-mode" .checked=${mode === value}
      @change=${() => actions.setMode(value)}> ${label}</label>`;
  return html`<fieldset class="lookup-modes">
    <legend class="lookup-label">${m.lookupBy}</legend>
    ${option('number', m.lookupByNumber)} ${option('order', m.lookupByOrder)}
  </fieldset>`;
}

function renderNumberField({value, problem}: LookupState, m: LookupMessages) {
  return html`<label class="lookup-label" for="lookup-input">${m.lookupLabel}</label>
    <p id="lookup-hint" class="lookup-hint">${m.lookupHint}</p>
    <div class="lookup-row">
      <input id="lookup-input" part="lookup-input" class="lookup-field" name="tracking" type="text" value=${value}
        autocomplete="off" enterkeyhint="search" spellcheck="false" autocapitalize="characters"
        aria-describedby="lookup-hint lookup-error" aria-invalid=${problem ? 'true' : 'false'} @paste=${pasteList}>
      <button part="lookup-button" class="button" type="submit">${m.lookupButton}</button>
    </div>`;
}

function renderOrderFields({problem, busy}: LookupState, m: LookupMessages) {
  const invalid = (kind: LookupProblem['kind']) => (problem?.kind === kind ? 'true' : 'false');
  return html`<div class="lookup-row">
    <p class="lookup-cell">
      <label class="lookup-label" for="lookup-order">${m.orderLabel}</label>
      <input id="lookup-order" part="lookup-order" class="lookup-field" name="order" type="text" autocomplete="off"
        enterkeyhint="next" spellcheck="false" aria-describedby="lookup-order-hint lookup-error"
        aria-invalid=${problem && problem.kind !== 'email-invalid' ? 'true' : 'false'}>
      <span id="lookup-order-hint" class="lookup-hint">${m.orderHint}</span>
    </p>
    <p class="lookup-cell">
      <label class="lookup-label" for="lookup-email">${m.emailLabel}</label>
      <input id="lookup-email" part="lookup-email" class="lookup-field" name="email" type="email" autocomplete="email"
        enterkeyhint="search" spellcheck="false" aria-describedby="lookup-error" aria-invalid=${invalid('email-invalid')}>
    </p>
    <button part="lookup-button" class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
      ${busy ? m.orderBusy : m.orderButton}
    </button>
  </div>`;
}

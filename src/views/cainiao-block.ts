import {html, nothing} from 'lit';
import {cainiaoTrackingUrl} from '../tracking/links/tracking-links.js';
import {readTrackingNumber} from '../tracking/tracking-number.js';
import type {Tracking} from '../tracking/model/tracking.js';
import {cainiaoLogo} from './cainiao-logo.js';
import type {ViewState} from './view-state.js';

/**
 * CAINIAO's page for a number: the `cainiao-url` template, else CAINIAO's own
 * (docs/behaviour.md#links); none for a number that could leave its placeholder (docs/behaviour.md#numbers).
 */
export function cainiaoUrlOf(number: string, {cainiaoUrl}: Pick<ViewState, 'cainiaoUrl'>) {
  const reading = readTrackingNumber(number);
  return reading.ok ? cainiaoTrackingUrl(reading.number, cainiaoUrl || undefined, document.baseURI) : undefined;
}

/** The CAINIAO block: the logo (or the `logo` slot) linking to CAINIAO's page for the original number. */
export function renderCainiaoBlock(tracking: Tracking, context: Pick<ViewState, 'messages' | 'cainiaoUrl'>) {
  const url = cainiaoUrlOf(tracking.trackingNumber, context);
  if (!url) return nothing;
  return html`<aside class="cainiao-area">
    <a part="cainiao" class="cainiao" href=${url} target="_blank" rel="noopener noreferrer">
      <slot name="logo">${cainiaoLogo}</slot>
      <span class="visually-hidden">${context.messages.cainiaoLink}.</span>
      <span class="cainiao-hint">${context.messages.cainiaoHint}</span>
    </a>
  </aside>`;
}

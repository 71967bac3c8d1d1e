import {html} from 'lit';
import type {TrackingFormat} from '../tracking/adapters/formats.js';
import {cainiaoTrackingUrl} from '../tracking/links/tracking-links.js';
import {normalizeTrackingNumber, readTrackingNumber} from '../tracking/tracking-number.js';
import type {Tracking} from '../tracking/model/tracking.js';
import {cainiaoLogo} from './cainiao-logo.js';
import type {AllMessages} from '../i18n/messages.js';
import type {ViewState} from './view-state.js';

/**
 * CAINIAO's page for a number: the `cainiao-url` template, else CAINIAO's own
 * (docs/behaviour.md#links); none for a number that could leave its placeholder (docs/behaviour.md#numbers).
 */
export function cainiaoUrlOf(number: string, {cainiaoUrl}: Pick<ViewState, 'cainiaoUrl'>) {
  const reading = readTrackingNumber(number);
  return reading.ok ? cainiaoTrackingUrl(reading.number, cainiaoUrl || undefined, document.baseURI) : undefined;
}

const CAINIAO_CARRIER = /cainiao|aliexpress|菜鸟|速卖通/i;
const CAINIAO_NUMBER = /^LP\d+$/i;

/**
 * Whether the parcel travels with CAINIAO (README "API", `cainiao`): the data came in CAINIAO's
 * format, or its carrier is CAINIAO or AliExpress, or the original number has CAINIAO's `LP` +
 * digits shape. A domestic FedEx parcel read from AfterShip does not.
 */
export function travelsWithCainiao(tracking: Tracking, format: TrackingFormat | undefined): boolean {
  const {carrier} = tracking;
  return (
    format === 'cainiao' ||
    CAINIAO_CARRIER.test(`${carrier?.name ?? ''} ${carrier?.code ?? ''}`) ||
    CAINIAO_NUMBER.test(normalizeTrackingNumber(tracking.trackingNumber))
  );
}

/** The CAINIAO block: the logo (or the `logo` slot) linking to CAINIAO's page for the original number. */
export function renderCainiaoBlock(
  tracking: Tracking,
  context: Pick<ViewState, 'cainiaoUrl'> & {messages: AllMessages},
) {
  const url = cainiaoUrlOf(tracking.trackingNumber, context);
  if (!url) return undefined;
  return html`<div class="cainiao-area">
    <a part="cainiao" class="cainiao" href=${url} target="_blank" rel="noopener noreferrer">
      <slot name="logo">${cainiaoLogo}</slot>
      <span class="visually-hidden">${context.messages.cainiaoLink}</span>
      <span class="cainiao-hint">${context.messages.cainiaoHint}</span>
    </a>
  </div>`;
}

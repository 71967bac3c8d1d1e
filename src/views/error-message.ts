import type {TemplateResult} from 'lit';
import {fill, type Messages} from '../i18n/messages.js';
import type {TrackingError} from '../tracking/tracking-error.js';
import {renderMessage, type Retry} from './message.js';

/**
 * The message of an error state, always with Retry (see docs/behaviour.md#faults): the number
 * not found, the widget's own file missing (for the shop's developer), or what went wrong.
 */
export function renderErrorMessage(
  error: TrackingError,
  {messages: m, trackingNumber, fileMissing}: {messages: Messages; trackingNumber: string; fileMissing: boolean},
  retry: Retry,
): TemplateResult {
  if (fileMissing) return renderMessage(m.errorTitle, m.missingFile, retry);
  if (error.kind === 'not-found') {
    const number = trackingNumber || error.trackingNumber || '';
    return renderMessage(fill(m.notFound, {number}), m.notFoundHint, retry);
  }
  return renderMessage(m.errorTitle, m[error.kind], retry);
}

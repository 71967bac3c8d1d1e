import type {TemplateResult} from 'lit';
import {fill, type Messages} from '../i18n/messages.js';
import type {TrackingError} from '../tracking/tracking-error.js';
import {renderMessage, type Retry} from './message.js';

/** What an error message reads besides the error. */
export interface ErrorContext {
  messages: Messages;
  trackingNumber: string;
  fileMissing: boolean;
}

/**
 * The message of an error state, always with Retry (see docs/behaviour.md#faults): the number
 * not found or refused (docs/behaviour.md#numbers), the widget's own file missing (for the
 * shop's developer), or what went wrong.
 */
export function renderErrorMessage(
  error: TrackingError,
  {messages: m, trackingNumber, fileMissing}: ErrorContext,
  retry: Retry,
): TemplateResult {
  if (fileMissing) return renderMessage(m.errorTitle, m.missingFile, retry);
  if (error.kind === 'not-found') {
    const number = trackingNumber || error.trackingNumber || '';
    return renderMessage(fill(m.notFound, {number}), m.notFoundHint, retry);
  }
  // A refused number: `invalid`, naming what was typed.
  if (error.kind === 'invalid' && error.trackingNumber !== undefined) {
    return renderMessage(fill(m.refusedNumber, {number: error.trackingNumber}), m.refusedNumberHint, retry);
  }
  return renderMessage(m.errorTitle, m[error.kind], retry);
}

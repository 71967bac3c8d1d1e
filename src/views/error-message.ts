import type {TemplateResult} from 'lit';
import {formatClock} from '../i18n/format.js';
import {fill, type Messages} from '../i18n/messages.js';
import type {TrackingError} from '../tracking/tracking-error.js';
import {renderMessage, type Retry} from './message.js';

/** What an error message reads besides the error. */
export interface ErrorContext {
  messages: Messages;
  locale: string;
  trackingNumber: string;
  fileMissing: boolean;
  /** When the next automatic try is planned (ms since the epoch), 0 for none. */
  nextTryAt: number;
}

/**
 * The message of an error state, always with Retry (see docs/behaviour.md#faults): the number
 * not found or refused (docs/behaviour.md#numbers), the widget's own file missing (for the
 * shop's developer), or what went wrong; and when the next try will be, if one is planned.
 */
export function renderErrorMessage(error: TrackingError, context: ErrorContext, retry: Retry): TemplateResult {
  const [title, body] = words(error, context);
  const {nextTryAt, messages: m, locale} = context;
  const next = nextTryAt ? ` ${fill(m.nextTry, {time: formatClock(nextTryAt, locale)})}` : '';
  return renderMessage(title, body + next, retry);
}

function words(error: TrackingError, {messages: m, trackingNumber, fileMissing}: ErrorContext): [string, string] {
  if (fileMissing) return [m.errorTitle, m.missingFile];
  if (error.kind === 'not-found') {
    const number = trackingNumber || error.trackingNumber || '';
    return [fill(m.notFound, {number}), m.notFoundHint];
  }
  // A refused number: `invalid`, naming what was typed.
  if (error.kind === 'invalid' && error.trackingNumber !== undefined) {
    return [fill(m.refusedNumber, {number: error.trackingNumber}), m.refusedNumberHint];
  }
  return [m.errorTitle, error.kind === 'http' ? fill(m.http, {status: error.status ?? ''}) : m[error.kind]];
}

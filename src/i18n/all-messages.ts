import {completed} from './locale.js';
import type {AllMessages, Messages} from './messages.js';
import {enTracking} from './tracking-messages.js';

const catalogues = new WeakMap<Messages, AllMessages>();

/**
 * The shell's catalogue with the words of a loaded view: English ones come with the view chunk
 * (README "Performance"). Same input, same object.
 */
export function allMessages(messages: Messages): AllMessages {
  let all = catalogues.get(messages);
  if (!all) catalogues.set(messages, (all = completed({...enTracking, ...messages}, enTracking) as AllMessages));
  return all;
}

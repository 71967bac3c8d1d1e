import {completed, loadMessages, type Locale} from '../../src/i18n/locale.js';
import {en, type AllMessages} from '../../src/i18n/messages.js';
import {enTracking} from '../../src/i18n/tracking-messages.js';

/** The whole English catalogue: the shell's words and the loaded view's (which come with its chunk). */
export const english: AllMessages = {...en, ...enTracking};

/** A locale's whole catalogue, as the loaded view reads it. */
export const loadCatalogue = async (locale: Locale): Promise<AllMessages> =>
  completed(await loadMessages(locale), english);

import {completed, loadMessages, type Locale} from '../../src/i18n/locale.js';
import {en, type AllMessages} from '../../src/i18n/messages.js';
import {enTracking} from '../../src/i18n/tracking-messages.js';
import {lookupEnglish} from '../../src/i18n/lookup-messages.js';
import {parcelEnglish} from '../../src/i18n/parcel-messages.js';

/** The whole English catalogue: the shell's words, the loaded view's and the track page's (which come with their chunks). */
export const english: AllMessages = {...en, ...enTracking, ...lookupEnglish, ...parcelEnglish};

/** A locale's whole catalogue, as the loaded view reads it. */
export const loadCatalogue = async (locale: Locale): Promise<AllMessages> =>
  completed(await loadMessages(locale), english);

import type {Messages} from './messages.js';

/**
 * Strings of the parcel switcher (README "Several parcels"). The English ships in the track-page chunk
 * that writes them; other languages carry them in their catalogues (`locales/*.ts`).
 */
export interface ParcelMessages {
  /** The switcher (a tablist). */
  parcels: string;
  /** A tab's name, before its state: "Package {n} of {count}". */
  parcelTab: string;
  parcelLoading: string;
  parcelNotFound: string;
  parcelFailed: string;
  /** The tracker's landmark while it shows several parcels: "Parcels {numbers}". */
  parcelsRegion: string;
}

export const parcelEnglish: ParcelMessages = {
  parcels: 'Packages',
  parcelTab: 'Package {n} of {count}',
  parcelLoading: 'Loading',
  parcelNotFound: 'Not found',
  parcelFailed: 'Unavailable',
  parcelsRegion: 'Parcels {numbers}',
};

/** The switcher's strings in the language of `messages`, English for any it lacks. */
export const parcelStrings = (messages: Messages): Messages & ParcelMessages => ({...parcelEnglish, ...messages});

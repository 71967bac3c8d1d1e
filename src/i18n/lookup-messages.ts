import type {Messages} from './messages.js';

/**
 * Strings of the lookup form (README "Track-your-order page"). The English ships in the
 * track-page chunk that writes them, not in the script every page loads; other languages carry
 * them in their catalogues (`locales/*.ts`).
 */
export interface LookupMessages {
  lookupLabel: string;
  lookupHint: string;
  lookupButton: string;
  lookupEmpty: string;
  /** The form's name, and its choice: a tracking number, or an order number and email. */
  lookupBy: string;
  lookupByNumber: string;
  lookupByOrder: string;
  orderLabel: string;
  orderHint: string;
  emailLabel: string;
  orderButton: string;
  orderBusy: string;
  orderMissing: string;
  emailInvalid: string;
  /** Why an order lookup found no numbers. */
  orderNotFound: string;
  orderRateLimited: string;
  orderNoNumbers: string;
  orderNetwork: string;
  orderFailed: string;
}

export const lookupEnglish: LookupMessages = {
  lookupLabel: 'Tracking number',
  lookupHint: 'It looks like LP00123456789012. Several? Separate them with commas.',
  lookupButton: 'Track',
  lookupEmpty: 'Enter a tracking number.',
  lookupBy: 'Find your parcel with',
  lookupByNumber: 'A tracking number',
  lookupByOrder: 'My order number and email',
  orderLabel: 'Order number',
  orderHint: 'As in your order confirmation, for example #1001.',
  emailLabel: 'Email address',
  orderButton: 'Find my order',
  orderBusy: 'Looking up your order…',
  orderMissing: 'Enter your order number.',
  emailInvalid: 'Enter the email address you ordered with.',
  orderNotFound: 'No order found with that number and email',
  orderRateLimited: 'Too many tries — please wait a minute',
  orderNoNumbers: "Your order hasn't shipped yet",
  orderNetwork: "We couldn't reach the shop. Check your connection and try again.",
  orderFailed: "We couldn't look up your order right now. Please try again later.",
};

/** The form's strings in the language of `messages`, English for any it lacks. */
export const lookupStrings = (messages: Messages): Messages & LookupMessages => ({...lookupEnglish, ...messages});

import '../src/define.js';
import type {OrderTracker} from '../src/element/order-tracker.js';

const form = document.querySelector<HTMLFormElement>('#paste-form')!;
const input = document.querySelector<HTMLTextAreaElement>('#paste-json')!;
const pasted = document.querySelector<OrderTracker>('#pasted')!;

// A shop renaming a few words, in English and in every language ("*"); see README "Languages".
document.querySelector<OrderTracker>('#own-words')!.strings = {
  '*': {copyDetails: 'Copy for support'},
  en: {status: {customs: 'With customs'}, stepLabel: {E: 'Border'}},
  de: {status: {customs: 'Beim Zoll'}},
};

// Start the playground with a real payload, so there is something to edit.
void fetch('/api/tracking/LP00698765432109')
  .then((response) => response.text())
  .then((text) => (input.value = text));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  try {
    pasted.data = JSON.parse(input.value);
  } catch {
    // Not JSON at all: hand the text over and let the widget say it can't read it.
    pasted.data = input.value;
  }
});

// `?lang=de` shows the whole page in another language (the trackers follow the document's).
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  if (lang === 'ar') document.documentElement.dir = 'rtl';
}

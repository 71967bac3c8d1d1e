import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {loadMessages, matchLocale, requestedLanguages, type Locale} from '../../i18n/locale.js';
import {en, type Messages} from '../../i18n/messages.js';

/**
 * The host's language and its messages: its own `lang`, else the nearest `[lang]` ancestor's,
 * the document's, the browser's (see docs/behaviour.md#languages). Follows `lang` changes
 * anywhere on the page while connected; a catalogue that arrives after a newer choice is dropped.
 * On the server (SSR) it stays English and touches no DOM.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  messages: Messages = en;
  #observer?: MutationObserver;

  readonly #host: ReactiveControllerHost & Element;
  /** The host's own `lang` (attribute or property), '' when it has none. */
  readonly #ownLang: () => string;

  constructor(host: ReactiveControllerHost & Element, ownLang: () => string) {
    this.#host = host;
    this.#ownLang = ownLang;
    host.addController(this);
  }

  hostConnected() {
    if (isServer) return;
    this.#observer ??= new MutationObserver(() => void this.resolve());
    // The page, and every shadow root the host sits in: a document observer sees none of them.
    const watch = {attributes: true, attributeFilter: ['lang'], subtree: true};
    this.#observer.observe(document.documentElement, watch);
    for (let root = this.#host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      this.#observer.observe(root, watch);
    }
    void this.resolve();
  }

  hostDisconnected() {
    this.#observer?.disconnect();
  }

  /** Chooses the language again (after the host's `lang` changed); resolves once its messages are shown. */
  async resolve(): Promise<void> {
    if (isServer) return;
    const locale = this.#requested();
    if (locale === this.locale) return; // its messages are the ones shown
    const messages = await loadMessages(locale);
    if (this.#requested() !== locale) return; // a newer choice won
    this.locale = locale;
    this.messages = messages;
    this.#host.requestUpdate();
  }

  #requested(): Locale {
    const own = this.#ownLang().trim();
    return matchLocale(own ? [own] : requestedLanguages(this.#host));
  }
}

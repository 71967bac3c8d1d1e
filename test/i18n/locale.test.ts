import {expect, fixtureSync, html} from '@open-wc/testing';
import {en, type AllMessages} from '../../src/i18n/messages.js';
import {enTracking} from '../../src/i18n/tracking-messages.js';
import {
  LOADERS,
  completed,
  LOCALES,
  type Locale,
  forgetLoadedMessages,
  isRightToLeft,
  loadMessages,
  matchLocale,
  requestedLanguages,
} from '../../src/i18n/locale.js';
import de from '../../src/i18n/locales/de.js';
import fr from '../../src/i18n/locales/fr.js';

describe('matchLocale', () => {
  const cases: [string[], Locale][] = [
    [['en'], 'en'],
    [['en-US'], 'en'],
    [['en-GB', 'de'], 'en'],
    [['de-DE'], 'de'],
    [['de-AT'], 'de'],
    [['es-MX'], 'es'],
    [['es-419'], 'es'],
    [['fr-CA'], 'fr'],
    [['pt-BR'], 'pt-BR'],
    [['pt-br'], 'pt-BR'],
    [['PT-BR'], 'pt-BR'],
    [['pt-PT'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['zh'], 'zh-CN'],
    [['zh-CN'], 'zh-CN'],
    [['zh-cn'], 'zh-CN'],
    [['zh-Hans'], 'zh-CN'],
    [['zh-Hans-HK'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['zh-TW'], 'en'],
    [['zh-HK'], 'en'],
    [['zh-MO'], 'en'],
    [['zh-Hant'], 'en'],
    [['zh-Hant-CN'], 'en'],
    [['zh-TW', 'ja', 'fr'], 'fr'],
    [['zh-HK', 'zh-CN'], 'zh-CN'],
    [['ar'], 'ar'],
    [['ar-EG'], 'ar'],
    [['ar-SA'], 'ar'],
    [['ja', 'ko'], 'en'],
    [['nl-NL', 'de-CH'], 'de'],
    [['en_US'], 'en'],
    [['pt_BR'], 'pt-BR'],
    [[], 'en'],
  ];
  for (const [tags, expected] of cases) {
    it(`${JSON.stringify(tags)} → ${expected}`, () => expect(matchLocale(tags)).to.equal(expected));
  }

  it('skips malformed tags safely', () => {
    expect(matchLocale(['', ' ', '*', 'not a tag', 'x', '-', 'de--DE', '123', 'fr'])).to.equal('fr');
    expect(matchLocale([null, undefined, 42, {}] as unknown as string[])).to.equal('en');
    expect(matchLocale(['a'.repeat(10_000)])).to.equal('en');
  });

  it('returns only our locales', () => {
    for (const tag of ['es-ES', 'pt-AO', 'ar-MA', 'zh-Hans-SG', 'de-LI'])
      expect(LOCALES).to.include(matchLocale([tag]));
  });
});

// fixtureSync, not fixture: fixture waits for an animation frame, which a background tab (the
// runner shows two at once) may never get.
describe('requestedLanguages', () => {
  let documentLang: string;
  beforeEach(() => {
    documentLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  it("reads the element's own lang first", () => {
    const element = fixtureSync(html`<div lang="fr"><span lang="de-AT"></span></div>`);
    expect(requestedLanguages(element.querySelector('span')!)).to.deep.equal(['de-AT']);
  });

  it('reads the nearest ancestor with a non-empty lang', () => {
    const element = fixtureSync(html`<div lang="es-MX"><section lang=""><p><b></b></p></section></div>`);
    expect(requestedLanguages(element.querySelector('b')!)).to.deep.equal(['es-MX']);
  });

  it('walks up from a shadow root to its host', () => {
    const host = fixtureSync(html`<div lang="ar"><article></article></div>`);
    const article = host.querySelector('article')!;
    const root = article.attachShadow({mode: 'open'});
    root.innerHTML = '<div><p>inside</p></div>';
    expect(requestedLanguages(root.querySelector('p')!)).to.deep.equal(['ar']);

    // Nested shadow roots: an inner host with its own lang wins over the outer one.
    const inner = root.querySelector('div')!;
    inner.setAttribute('lang', 'zh-CN');
    const innerRoot = inner.attachShadow({mode: 'open'});
    innerRoot.innerHTML = '<span></span>';
    expect(requestedLanguages(innerRoot.querySelector('span')!)).to.deep.equal(['zh-CN']);
  });

  it("falls back to the document's lang", () => {
    document.documentElement.lang = 'pt-BR';
    const element = fixtureSync(html`<div><span></span></div>`);
    expect(requestedLanguages(element.querySelector('span')!)).to.deep.equal(['pt-BR']);
  });

  it("reads the document's lang for an element not in the page", () => {
    document.documentElement.lang = 'de';
    expect(requestedLanguages(document.createElement('div'))).to.deep.equal(['de']);
  });

  it("falls back to the browser's languages", () => {
    document.documentElement.lang = '';
    const element = fixtureSync(html`<div><span></span></div>`);
    expect(requestedLanguages(element.querySelector('span')!)).to.deep.equal([...navigator.languages]);
    expect(navigator.languages.length).to.be.greaterThan(0);
  });

  it('feeds matchLocale', () => {
    const element = fixtureSync(html`<div lang="zh-TW"><span></span></div>`);
    expect(matchLocale(requestedLanguages(element.querySelector('span')!))).to.equal('en');
  });
});

describe('isRightToLeft', () => {
  it('is true for Arabic only among our locales', () => {
    expect(LOCALES.filter(isRightToLeft)).to.deep.equal(['ar']);
  });

  it('reads full tags too', () => {
    expect(isRightToLeft('ar-EG')).to.equal(true);
    expect(isRightToLeft('AR')).to.equal(true);
    expect(isRightToLeft('en-US')).to.equal(false);
    expect(isRightToLeft('')).to.equal(false);
  });
});

describe('loadMessages', () => {
  beforeEach(forgetLoadedMessages);

  it('returns English at once', async () => {
    expect(await loadMessages('en')).to.equal(en);
  });

  it('resolves to English when a catalogue fails to load, and tries again next time', async () => {
    const original = LOADERS.fr;
    try {
      LOADERS.fr = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      expect(await loadMessages('fr')).to.equal(en);
    } finally {
      LOADERS.fr = original;
    }
    expect((await loadMessages('fr')).retry).to.equal(fr.retry);
  });

  it("fills messages a stale catalogue lacks with English, the shell's here and the view's with its chunk", async () => {
    const original = LOADERS.es;
    try {
      LOADERS.es = async () =>
        ({
          default: {
            stepLabel: {A: 'Preparado'},
            status: {delivered: 'Entregado'},
            daysInTransit: {other: '{n} días en tránsito'},
          },
        }) as never;
      const shell = await loadMessages('es');
      expect(shell.stepLabel.A).to.equal('Preparado');
      expect(shell.stepLabel.B).to.equal(en.stepLabel.B);
      expect(shell.retry).to.equal(en.retry);
      const messages = completed(shell, enTracking) as AllMessages;
      expect(messages.copied).to.equal(enTracking.copied);
      expect(messages.status.delivered).to.equal('Entregado');
      expect(messages.status.in_transit).to.equal(enTracking.status.in_transit);
      expect(messages.deliveredIn).to.deep.equal(enTracking.deliveredIn);
      expect(messages.daysInTransit, 'plural forms are not mixed').to.deep.equal({other: '{n} días en tránsito'});
    } finally {
      LOADERS.es = original;
    }
  });

  it('loads each catalogue on demand and keeps it', async () => {
    for (const locale of LOCALES) {
      const messages = await loadMessages(locale);
      expect(messages.stepLabel, locale).to.have.keys(Object.keys(en.stepLabel));
      expect(await loadMessages(locale), `${locale} cached`).to.equal(messages);
    }
    expect((await loadMessages('de')).retry).to.equal(de.retry);
    expect((await loadMessages('es')).stepLabel.E).to.equal('Aduana');
    expect((await loadMessages('zh-CN')).retry).to.equal('重试');
    expect((await loadMessages('ar')).stepLabel.H).to.equal('التوصيل');
  });

  it('resolves to English for an unknown locale', async () => {
    expect(await loadMessages('xx' as Locale)).to.equal(en);
  });
});

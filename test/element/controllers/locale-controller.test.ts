import {expect, waitUntil} from '@open-wc/testing';
import {LocaleController} from '../../../src/element/controllers/locale-controller.js';
import {forgetLoadedMessages, LOADERS} from '../../../src/i18n/locale.js';
import {en, type Messages} from '../../../src/i18n/messages.js';
import {deferred, fakeHost} from './fake-host.js';

describe('LocaleController', () => {
  let page: HTMLElement;
  const originalFrench = LOADERS.fr;
  beforeEach(() => {
    page = document.createElement('section');
    page.lang = 'de';
    document.body.append(page);
  });
  afterEach(() => {
    page.remove();
    LOADERS.fr = originalFrench;
    forgetLoadedMessages();
  });

  function setUp(ownLang = '') {
    const host = fakeHost();
    let own = ownLang;
    const controller = new LocaleController(host, () => own);
    return {host, controller, setOwn: (lang: string) => (own = lang)};
  }

  it('is English, touching nothing, until the host is on the page', () => {
    const {host, controller} = setUp();
    expect(controller.locale).to.equal('en');
    expect(controller.messages).to.equal(en);
    expect(host.updates).to.equal(0);
  });

  it("takes the nearest ancestor's lang once connected, with its messages", async () => {
    const {host, controller} = setUp();
    host.connect(page);
    await waitUntil(() => controller.locale === 'de', 'not German');
    expect(controller.messages.retry).to.not.equal(en.retry);
    expect(host.updates).to.equal(1);
  });

  it("prefers the host's own lang, and follows it when asked to resolve again", async () => {
    const {host, controller, setOwn} = setUp('fr');
    host.connect(page);
    await waitUntil(() => controller.locale === 'fr', 'not French');
    setOwn('');
    await controller.resolve();
    expect(controller.locale).to.equal('de');
  });

  it('follows a lang change on the page while connected, and no longer once removed', async () => {
    const {host, controller} = setUp();
    host.connect(page);
    await waitUntil(() => controller.locale === 'de', 'not German');
    page.lang = 'es';
    await waitUntil(() => controller.locale === 'es', 'did not follow the page');
    host.disconnect();
    page.append(host); // back in the tree, but the controller was told it left
    page.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(controller.locale).to.equal('es');
  });

  it('drops a catalogue that arrives after a newer choice', async () => {
    const french = deferred<{default: Messages}>();
    LOADERS.fr = () => french.promise;
    const {host, controller, setOwn} = setUp('fr');
    host.connect(page);
    setOwn('de');
    await controller.resolve();
    expect(controller.locale).to.equal('de');
    french.resolve({default: {...en, retry: 'Réessayer'}});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(controller.locale).to.equal('de');
  });
});

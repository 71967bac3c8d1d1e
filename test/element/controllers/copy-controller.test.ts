import {expect} from '@open-wc/testing';
import {COPIED_MS, CopyController} from '../../../src/element/controllers/copy-controller.js';
import {en} from '../../../src/i18n/messages.js';
import {enTracking} from '../../../src/i18n/tracking-messages.js';
import {fakeLongTimers} from '../helpers.js';
import {deferred, fakeHost} from './fake-host.js';

describe('CopyController', () => {
  let clock: ReturnType<typeof fakeLongTimers>;
  beforeEach(() => (clock = fakeLongTimers(COPIED_MS)));
  afterEach(() => clock.restore());

  function setUp() {
    const host = fakeHost();
    const copied: string[] = [];
    const controller = new CopyController(
      host,
      () => en,
      (text) => copied.push(text),
    );
    host.connect();
    return {host, controller, copied};
  }

  it('says "Copied" on the part that copied, announces it, then goes back after a moment', async () => {
    const {host, controller, copied} = setUp();
    await controller.copy('LP1', 'tracking-number', Promise.resolve(true));
    expect(controller.copiedPart).to.equal('tracking-number');
    expect(controller.announcement).to.equal(enTracking.copied);
    expect(controller.failure).to.equal(undefined);
    expect(copied).to.deep.equal(['LP1']);
    expect(host.updates).to.be.greaterThan(0);
    clock.tick(COPIED_MS);
    expect(controller.copiedPart).to.equal(undefined);
    expect(controller.announcement).to.equal('');
    host.remove();
  });

  it('empties the announcement while copying, so the same words are announced again', async () => {
    const {controller} = setUp();
    await controller.copy('LP1', 'details', Promise.resolve(true));
    const written = deferred<boolean>();
    const second = controller.copy('LP1', 'details', written.promise);
    expect(controller.announcement).to.equal('');
    written.resolve(true);
    await second;
    expect(controller.announcement).to.equal(enTracking.copied);
  });

  it('keeps the failure, its button and its text, until the next try, and reports no copy', async () => {
    const {controller, copied} = setUp();
    await controller.copy('LP1', 'details', Promise.resolve(false));
    expect(controller.copiedPart).to.equal(undefined);
    expect(controller.announcement).to.equal(enTracking.copyFailed);
    expect(controller.failure).to.deep.equal({part: 'details', text: 'LP1'});
    clock.tick(COPIED_MS * 5);
    expect(controller.announcement).to.equal(enTracking.copyFailed);
    expect(controller.failure).to.deep.equal({part: 'details', text: 'LP1'});
    expect(copied).to.deep.equal([]);
    const again = controller.copy('LP1', 'tracking-number', Promise.resolve(true));
    expect(controller.failure, 'while trying again').to.equal(undefined);
    await again;
    expect(controller.failure).to.equal(undefined);
  });

  it('stops its timer when the host leaves the page', async () => {
    const {host, controller} = setUp();
    await controller.copy('LP1', 'details', Promise.resolve(true));
    host.disconnect();
    expect(clock.pending()).to.deep.equal([]);
  });
});

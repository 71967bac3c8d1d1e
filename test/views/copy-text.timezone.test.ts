// The copy text seen from several customer zones (Chromium and Firefox: see test/timezone.ts).
import {expect} from '@open-wc/testing';
import {copyText} from '../../src/views/copy-text.js';
import {english as en} from '../i18n/catalogues.js';
import {keepCustomerZone, setZone} from '../timezone.js';
import {EXPECTED, fixtureTracking} from './copy-text-fixture.js';

describe('copy text in other time zones', () => {
  keepCustomerZone();

  for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
    it(`shows each event at its own wall clock in ${zone}`, async () => {
      await setZone(zone);
      expect(copyText(await fixtureTracking(), en, 'en')).to.equal(EXPECTED);
    });
  }
});

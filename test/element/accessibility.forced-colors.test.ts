import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {expectEveryStateAccessible} from './accessibility-states.js';

// Forced colours can be emulated only through Chromium's protocol: the Firefox and WebKit runs
// leave out *.forced-colors.test.ts (README "Browser support").
describe('accessibility, WCAG 2.2 A/AA, in every state, in forced colours', () => {
  before(() => executeServerCommand('forced-colors', 'active'));
  after(() => executeServerCommand('forced-colors', 'none'));

  it('is in forced colours', () => expect(matchMedia('(forced-colors: active)').matches).to.equal(true));
  expectEveryStateAccessible();
});

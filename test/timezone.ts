/**
 * Switching the browser's time zone, for the *.timezone.test.ts files. Chromium and Firefox can;
 * WebKitGTK cannot over WebDriver, so web-test-runner.webkit.config.js leaves those files out.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

export async function setZone(zone: string) {
  await executeServerCommand('set-timezone', zone);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'the browser zone changed').to.equal(zone);
}

/** The zone the suite started in, put back after it. */
export function keepCustomerZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  after(() => executeServerCommand('set-timezone', zone));
  return zone;
}

// `npm run test:firefox`: the whole suite in Debian's Firefox ESR, driven over WebDriver BiDi by the
// Chromium launcher's puppeteer-core (no driver download). Time-zone tests run: BiDi can set the zone.
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import base from './web-test-runner.config.js';

export default {
  ...base,
  // Forced colours can be emulated only through Chromium's protocol (README "Browser support").
  files: [...base.files, '!test/**/*.forced-colors.test.ts'],
  browsers: [
    chromeLauncher({
      // Passing puppeteer-core itself makes the launcher honour `browser: 'firefox'`.
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  ],
};

// `npm run test:webkit`: the suite in Debian's WebKitGTK (MiniBrowser) through WebKitWebDriver,
// classic WebDriver. MiniBrowser needs an X server: `xvfb-run -a npm run test:webkit`.
// WebKitGTK cannot switch time zones over WebDriver, so the *.timezone.test.ts files (the tests
// that do) run in Chromium and Firefox only.
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import base from './web-test-runner.config.js';
import {MINIBROWSER, startWebKitDriver} from './test/server/webkit-driver.js';
import {noTimezonePlugin, setViewport, webdriverViewportPlugin} from './test/server/webdriver-commands.js';

/** Each test file starts at the viewport the Chromium launcher gives a new page. */
const FIRST_VIEWPORT = {width: 800, height: 600};

class WebKitLauncher extends WebdriverLauncher {
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    await setViewport(this.driver, FIRST_VIEWPORT);
    return super.startSession(id, url);
  }
}

const port = await startWebKitDriver();

export default {
  ...base,
  // Nor can it emulate forced colours, which only Chromium's protocol can (README "Browser support").
  files: [...base.files, '!test/**/*.timezone.test.ts', '!test/**/*.forced-colors.test.ts'],
  plugins: [
    ...base.plugins.filter((plugin) => plugin.name !== 'set-timezone'),
    webdriverViewportPlugin,
    noTimezonePlugin,
  ],
  browsers: [
    new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: MINIBROWSER, args: ['--automation']},
      },
    }),
  ],
};

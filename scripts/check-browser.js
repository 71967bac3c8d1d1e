// Fails early, with the fix, when a test browser is missing (instead of a launcher stack trace).
//   node scripts/check-browser.js chromium|firefox|webkit
import {existsSync} from 'node:fs';

const ENGINES = {
  chromium: {variable: 'CHROME_PATH', binaries: ['/usr/bin/chromium'], packages: 'chromium'},
  firefox: {variable: 'FIREFOX_PATH', binaries: ['/usr/bin/firefox-esr'], packages: 'firefox-esr'},
  webkit: {
    variable: 'WEBKIT_DRIVER_PATH',
    binaries: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'],
    packages: 'webkit2gtk-driver xvfb xauth',
  },
};

const engine = ENGINES[process.argv[2]];
if (!engine) {
  console.error(`usage: node scripts/check-browser.js ${Object.keys(ENGINES).join('|')}`);
  process.exit(2);
}
const [first, ...others] = engine.binaries;
const missing = [process.env[engine.variable] || first, ...others].filter((path) => !existsSync(path));
if (missing.length) {
  console.error(`Missing ${missing.join(', ')}.
The tests run in Debian's browsers. Install them with:
  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${engine.packages}
or point ${engine.variable} at another binary.`);
  process.exit(1);
}

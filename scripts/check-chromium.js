// Fails early, with the fix, when the test browser is missing (instead of a launcher stack trace).
import {existsSync} from 'node:fs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`No Chromium at ${chrome}.
The tests run in Debian's Chromium. Install it with:
  sudo apt-get update && sudo apt-get install -y chromium
or point CHROME_PATH at another Chromium or Chrome binary.`);
  process.exit(1);
}

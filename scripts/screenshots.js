// Screenshots of the running demo (npm start) at desktop and phone widths, light and dark:
//   node scripts/screenshots.js [url] [outDir]
import {mkdirSync} from 'node:fs';
import {chromium} from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const outDir = process.argv[3] ?? 'screenshots';
mkdirSync(outDir, {recursive: true});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const width of [1280, 375]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({viewport: {width, height: 900}, colorScheme});
      await page.goto(url);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('order-tracker')].every((el) => !el.shadowRoot?.querySelector('.skeleton')),
      );
      const path = `${outDir}/demo-${width}-${colorScheme}.png`;
      await page.screenshot({path, fullPage: true});
      console.log(path);
      // Each order on its own too, to look at closely.
      const orders = await page.locator('article').all();
      for (const [index, order] of orders.entries()) {
        await order.screenshot({path: `${outDir}/order-${index + 1}-${width}-${colorScheme}.png`});
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}

// Screenshots of the running demo (npm start), to look at before calling UI work done:
//   node scripts/screenshots.js [url] [outDir]
// Widths 1280, 768, 375 and 320 px in light and dark; forced colours (Windows high contrast);
// German and Arabic (the demo's ?lang=). Each order is also saved on its own, and the first
// (delivered) order at 1280 and 375 px goes to docs/images/ for the README.
import {mkdirSync} from 'node:fs';
import {chromium} from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const outDir = process.argv[3] ?? 'screenshots';
mkdirSync(outDir, {recursive: true});
mkdirSync('docs/images', {recursive: true});

const WIDTHS = [1280, 768, 375, 320];
const runs = [
  ...WIDTHS.flatMap((width) => [
    {width, colorScheme: 'light'},
    {width, colorScheme: 'dark'},
  ]),
  ...[1280, 375].map((width) => ({width, colorScheme: 'light', forcedColors: 'active'})),
  ...['de', 'ar'].flatMap((lang) => WIDTHS.map((width) => ({width, colorScheme: 'light', lang}))),
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const {width, colorScheme, forcedColors = 'none', lang} of runs) {
    const page = await browser.newPage({viewport: {width, height: 900}, colorScheme, forcedColors});
    await page.goto(lang ? `${url}?lang=${lang}` : url);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('order-tracker')].every(
        (el) => el.shadowRoot && !el.shadowRoot.querySelector('.skeleton'),
      ),
    );
    await page.evaluate(() => document.fonts.ready);
    const name = [width, colorScheme, forcedColors === 'active' ? 'forced' : '', lang ?? ''].filter(Boolean).join('-');
    const path = `${outDir}/demo-${name}.png`;
    await page.screenshot({path, fullPage: true});
    console.log(path);
    // Each order on its own too, to look at closely.
    const orders = await page.locator('article').all();
    for (const [index, order] of orders.entries()) {
      await order.screenshot({path: `${outDir}/order-${index + 1}-${name}.png`});
    }
    if (!lang && forcedColors === 'none' && colorScheme === 'light' && (width === 1280 || width === 375)) {
      const image = `docs/images/order-tracker-${width === 1280 ? 'desktop' : 'phone'}.png`;
      await orders[0].locator('order-tracker').screenshot({path: image});
      console.log(image);
    }
    await page.close();
  }
} finally {
  await browser.close();
}

/**
 * Test-runner commands that @web/test-runner-commands only has for puppeteer and playwright,
 * done over classic WebDriver: `setViewport`, and a `set-timezone` that says why it cannot work.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * Sizes the window so that the viewport (innerWidth × innerHeight) is exactly what the test asked
 * for: the window is larger by its toolbar, and GTK applies sizes asynchronously, so it measures
 * and retries.
 */
export async function setViewport(driver, {width, height}) {
  for (let tries = 0; tries < 20; tries++) {
    const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    if (innerWidth === width && innerHeight === height) return true;
    const size = await driver.getWindowSize();
    await driver.setWindowSize(size.width + width - innerWidth, size.height + height - innerHeight);
    await settle();
  }
  throw new Error(`could not set the viewport to ${width}×${height}`);
}

/**
 * Teaches the runner's own `set-viewport-command` plugin WebDriver. It is wrapped rather than
 * replaced because the runner puts its command plugins before the config's, and it throws for
 * browser types it does not know.
 */
export const webdriverViewportPlugin = {
  name: 'webdriver-set-viewport',
  serverStart({config}) {
    const plugin = config.plugins.find(({name}) => name === 'set-viewport-command');
    const executeCommand = plugin.executeCommand.bind(plugin);
    plugin.executeCommand = (args) =>
      args.command === 'set-viewport' && args.session.browser.type === 'webdriver'
        ? setViewport(args.session.browser.driver, args.payload)
        : executeCommand(args);
  },
};

/** WebKitGTK reads the time zone once per process; tests that switch it are not run in WebKit. */
export const noTimezonePlugin = {
  name: 'set-timezone',
  executeCommand({command}) {
    if (command !== 'set-timezone') return undefined;
    throw new Error('set-timezone: WebDriver cannot switch the time zone; *.timezone.test.ts files skip this engine');
  },
};

/**
 * WebKitGTK for web-test-runner: starts Debian's WebKitWebDriver on a free loopback port and
 * stops it when the runner exits. MiniBrowser has no headless mode: run under xvfb-run.
 */
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';

const DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts the driver and resolves with its port once it answers. */
export async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`, '--host=local'], {stdio: 'ignore'});
  process.on('exit', () => driver.kill());
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));
  for (let tries = 0; tries < 100; tries++) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return port;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${DRIVER} did not answer on port ${port}`);
}

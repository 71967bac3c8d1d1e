/**
 * A shop's page in an iframe, loading the built script (dist/, from `npm run build`) the way a
 * theme would: by a `<script type="module">` tag, from this origin or a CDN's.
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {OrderTracker} from '../../src/element/order-tracker.js';

export interface ShopPage {
  frame: HTMLIFrameElement;
  win: Window & {litHtmlVersions?: string[]; litElementVersions?: string[]; reactiveElementVersions?: string[]};
  /** Whether the script tag loaded (true) or failed (false). */
  loaded: Promise<boolean>;
  tracker(): OrderTracker;
  /** The URLs of every script the page fetched. */
  scripts(): string[];
}

/** Fails with the fix when dist/ is missing: these pages load the build, as a shop does. */
export async function expectBuilt() {
  const response = await fetch('/dist/order-tracker.js', {method: 'HEAD'});
  expect(response.ok, 'no dist/order-tracker.js: run `npm run build` (npm test does) first').to.equal(true);
}

/** A page with `body` and the script: a module, or a classic script (`classic`, the IIFE); in `lang`. */
export async function openShopPage(
  script: string,
  body: string,
  {classic = false, lang = 'en'}: {classic?: boolean; lang?: string} = {},
): Promise<ShopPage> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>${body}
    <script${classic ? '' : ' type="module"'} src="${script}" onload="parent.postMessage('script-load', '*')"
      onerror="parent.postMessage('script-error', '*')"></script></body></html>`;
  const loaded = new Promise<boolean>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !String(event.data).startsWith('script-')) return;
      window.removeEventListener('message', listen);
      resolve(event.data === 'script-load');
    };
    window.addEventListener('message', listen);
  });
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'the shop page did not load');
  const win = frame.contentWindow as ShopPage['win'];
  return {
    frame,
    win,
    loaded,
    tracker: () => frame.contentDocument!.querySelector('order-tracker') as OrderTracker,
    scripts: () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => /\.js([?#]|$)/.test(url)),
  };
}

/** Waits until the tracking is shown with this status heading (in the page's language). */
export async function expectStatus(page: ShopPage, status: string) {
  const root = () => page.tracker()?.shadowRoot;
  const shown = () => root()?.querySelector('[part=status]')?.textContent?.trim();
  try {
    // Generous: a cold engine on a busy CI machine fetches the script and two chunks first.
    await waitUntil(() => shown() === status, '', {timeout: 8_000});
  } catch {
    const text = root()?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300);
    expect.fail(`status "${status}" not shown; the element shows "${text ?? '(no shadow root)'}"`);
  }
}

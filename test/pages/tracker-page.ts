import type {OrderTracker} from '../../src/element/order-tracker.js';

/** The module of the test pages (csp.html, host-css.html): records every CSP violation, then loads the element and gives it data. */

interface CspWindow extends Window {
  cspViolations: string[];
  cspReady: Promise<void>;
}
const page = window as unknown as CspWindow;

page.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  page.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim()),
);

page.cspReady = (async () => {
  // Loaded after the listener, so a violation while the module graph runs is seen too.
  await import('../../src/define.js');
  const response = await fetch('/test/fixtures/cainiao-in-transit.json');
  document.querySelector<OrderTracker>('#from-data')!.data = await response.json();
  if (new URLSearchParams(location.search).has('control')) {
    // Control: what the policy forbids must be reported, or the test proves nothing.
    document.body.setAttribute('style', 'color: red');
    try {
      document.body.insertAdjacentHTML('beforeend', '<b>untrusted</b>');
    } catch {
      // Trusted Types throw; the violation is still reported.
    }
  }
})();

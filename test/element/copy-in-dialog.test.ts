import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {part, settled} from './helpers.js';

const FIXTURE_SRC = '/test/fixtures/native-delivered.json?number={trackingNumber}';

describe('<order-tracker> copying inside a modal <dialog>, the Clipboard API refused', () => {
  const {writeText} = navigator.clipboard;
  /** Whether this engine lets the test read the system clipboard (Chromium's protocol grants it). */
  let canReadClipboard = false;
  before(async () => (canReadClipboard = (await executeServerCommand('grant-clipboard')) === true));
  beforeEach(async () => {
    if (canReadClipboard) await writeText.call(navigator.clipboard, 'what the clipboard held before');
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  afterEach(() => (navigator.clipboard.writeText = writeText));

  it('the clipboard holds the details, the page keeps its selection, then order-tracker-copy fires', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog>
      <p id="order">Order 1234</p>
      <order-tracker tracking-number="LP00612345678901" src=${FIXTURE_SRC}></order-tracker>
    </dialog>`);
    dialog.showModal(); // everything outside the dialog, document.body included, is inert now
    const el = dialog.querySelector('order-tracker')!;
    await settled(el);
    part(el, 'copy-button')!.focus(); // first: focusing a button clears the selection in WebKit
    getSelection()!.selectAllChildren(dialog.querySelector('#order')!);
    const copied = oneEvent(el, 'order-tracker-copy');
    await sendKeys({press: 'Enter'}); // a real key press: the fallback needs user activation
    const {detail} = await copied;
    expect(detail.text).to.contain('Tracking number: LP00612345678901');
    if (canReadClipboard) expect(await navigator.clipboard.readText()).to.equal(detail.text);
    expect(getSelection()!.toString(), "the page's selection").to.equal('Order 1234');
    expect(el.shadowRoot!.activeElement, 'focus back on the button').to.equal(part(el, 'copy-button'));
    dialog.close();
  });
});

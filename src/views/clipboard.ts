/**
 * Copies text, returning whether the clipboard now holds it (docs/behaviour.md#copy-details).
 * Uses the Clipboard API, and where that is refused (insecure page, iframe without permission)
 * falls back to `execCommand('copy')` from a helper text box placed right after `beside` (the
 * button, inside the element's shadow root): a helper on `document.body` would be inert under
 * a modal `<dialog>`, and `execCommand` would then say it copied while copying nothing.
 */
export async function copyToClipboard(text: string, beside: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text, beside);
  }
}

/** The focused element, inside shadow roots too (the copy button lives in one). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The page's selection, to put back after the helper borrowed it (copies: WebKit hands out live ranges). */
function saveSelection(): () => void {
  const selection = document.getSelection();
  const ranges = selection
    ? Array.from({length: selection.rangeCount}, (_, i) => selection.getRangeAt(i).cloneRange())
    : [];
  return () => {
    selection?.removeAllRanges();
    for (const range of ranges) selection?.addRange(range);
  };
}

function copyBySelection(text: string, beside: Element): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  // CSSOM writes, not a style attribute: allowed under a strict style-src.
  Object.assign(area.style, {position: 'fixed', top: '0', left: '-9999px', opacity: '0'});
  const active = deepActiveElement();
  const restoreSelection = saveSelection();
  // Verified, not trusted: the copy counts only if its own `copy` event carried the text.
  let carried = false;
  area.addEventListener('copy', (event) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    carried = true;
  });
  beside.after(area);
  try {
    area.focus({preventScroll: true});
    area.select();
    return document.execCommand('copy') && carried;
  } catch {
    return false;
  } finally {
    area.remove();
    (active as HTMLElement | null)?.focus?.({preventScroll: true});
    restoreSelection();
  }
}

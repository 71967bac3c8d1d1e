/**
 * Copies text, returning whether it worked. Uses the Clipboard API, and where that is
 * refused (insecure page, iframe without permission, no user activation) falls back to a
 * selected, off-screen textarea and `execCommand('copy')`.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // CSSOM writes, not a style attribute: allowed under a strict style-src.
  Object.assign(area.style, {position: 'fixed', top: '0', left: '-9999px', opacity: '0'});
  // The focused element, inside shadow roots too (the copy button lives in one).
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  document.body.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    (active as HTMLElement | null)?.focus?.({preventScroll: true});
  }
}

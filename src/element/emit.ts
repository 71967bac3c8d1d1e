/** Dispatches one of the element's public events: they all bubble and cross shadow roots (README "Events"). */
export function emit<T>(target: EventTarget, type: string, detail: T) {
  target.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
}

/**
 * Resolves in a new task, right away: work after it no longer adds to the current task, and two
 * shorter tasks keep the page more responsive than one long one (README "Performance"). A message
 * port's task, unlike a `setTimeout(0)`, is neither clamped nor throttled in a background tab.
 */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const {port1, port2} = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });

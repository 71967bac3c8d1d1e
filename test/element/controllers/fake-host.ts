import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * A stand-in for a Lit element, as Material Web tests its controllers: a plain element that
 * keeps its controllers, counts the updates they ask for, and is connected or disconnected by hand.
 */
export type FakeHost = HTMLElement &
  ReactiveControllerHost & {
    readonly renderRoot: ShadowRoot;
    updates: number;
    connect(parent?: Element): void;
    disconnect(): void;
  };

export function fakeHost(): FakeHost {
  const element = document.createElement('div');
  const controllers = new Set<ReactiveController>();
  const renderRoot = element.attachShadow({mode: 'open'});
  const host: FakeHost = Object.assign(element, {
    renderRoot,
    updates: 0,
    updateComplete: Promise.resolve(true),
    addController: (controller: ReactiveController) => void controllers.add(controller),
    removeController: (controller: ReactiveController) => void controllers.delete(controller),
    requestUpdate: () => void host.updates++,
    connect(parent: Element = document.body) {
      parent.append(element);
      for (const controller of controllers) controller.hostConnected?.();
    },
    disconnect() {
      element.remove();
      for (const controller of controllers) controller.hostDisconnected?.();
    },
  });
  return host;
}

/** A promise with its resolve and reject at hand, to settle a load exactly when a test says. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return {promise, resolve, reject};
}

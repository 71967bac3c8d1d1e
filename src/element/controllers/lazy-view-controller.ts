import {adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {TrackingError} from '../../tracking/tracking-error.js';

/**
 * A chunk loaded once for every element of the page: the first load downloads it, later ones
 * share it. A failed download is forgotten, so the next load tries again.
 */
export class ChunkLoader<T> {
  module?: T;
  private loading?: Promise<T>;

  constructor(
    /** The one `import()` of the chunk; tests replace it to simulate a missing file. */
    public importer: () => Promise<T>,
    /** How the shop's developer finds the file when the browser's error does not name it. */
    readonly fileName: string,
  ) {}

  load(): Promise<T> {
    return (this.loading ??= this.importer().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }
}

/** The chunk's file, as the browser's error names it (a URL ending in `.js`), else its file name pattern. */
const missingFile = (error: unknown, fallback: string) =>
  /\S+\.js\b/.exec(error instanceof Error ? error.message : String(error))?.[0] ?? fallback;

/**
 * Gives a host a lazily loaded view (or a chunk of code only, such as more readers): starts the
 * download when the host connects (unless `eager` is false: then at the first `load`), adopts
 * the view's styles into the host's shadow root as soon as the chunk is there (before the view's
 * first render), and turns a failed download into its own state, `missing`: the widget's own
 * file is absent on the shop's server (see docs/behaviour.md#faults), logged once per failure.
 */
export class LazyViewController<T> implements ReactiveController {
  /** Whether the last download of the chunk failed. */
  missing = false;
  private styled = false;

  constructor(
    private readonly host: ReactiveControllerHost & {readonly renderRoot?: HTMLElement | DocumentFragment},
    private readonly chunk: ChunkLoader<T>,
    /** Every style of the host once the chunk is there: its own and the chunk's; none for a chunk of code only. */
    private readonly styles: ((module: T) => CSSResultOrNative[]) | undefined,
    /** Whether to download the chunk as soon as the host connects. */
    private readonly eager = true,
  ) {
    host.addController(this);
  }

  /** The chunk, when it has arrived. */
  get module(): T | undefined {
    return this.chunk.module;
  }

  hostConnected() {
    if (this.chunk.module) this.adopt(this.chunk.module);
    else if (this.eager) this.load().catch(() => {}); // early, beside the data; a failure shows when the data needs it
  }

  /** The chunk, downloaded if need be; a failed download rejects with a `network` TrackingError. */
  async load(): Promise<T> {
    try {
      const module = await this.chunk.load();
      this.adopt(module);
      if (this.missing) this.setMissing(false);
      return module;
    } catch (error) {
      if (!this.missing) {
        console.error(
          `<order-tracker>: a file is missing beside order-tracker.js: ${missingFile(error, this.chunk.fileName)}`,
          error,
        );
      }
      this.setMissing(true);
      throw new TrackingError('network', 'The tracking view could not be loaded.');
    }
  }

  private adopt(module: T) {
    const root = this.host.renderRoot;
    if (this.styled || !this.styles || !(root instanceof ShadowRoot)) return;
    adoptStyles(root, this.styles(module));
    this.styled = true;
  }

  private setMissing(missing: boolean) {
    this.missing = missing;
    this.host.requestUpdate();
  }
}

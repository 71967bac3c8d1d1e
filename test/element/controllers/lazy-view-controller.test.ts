import {expect} from '@open-wc/testing';
import {css} from 'lit';
import {ChunkLoader, LazyViewController} from '../../../src/element/controllers/lazy-view-controller.js';
import {TrackingError} from '../../../src/tracking/tracking-error.js';
import {deferred, fakeHost} from './fake-host.js';

interface FakeChunk {
  styles: ReturnType<typeof css>;
}

const own = css`
  .own {
    color: red;
  }
`;
const chunkStyles = css`
  .from-chunk {
    color: blue;
  }
`;
const sheets = (root: ShadowRoot) => root.adoptedStyleSheets.map((sheet) => sheet.cssRules[0]!.cssText);

describe('LazyViewController', () => {
  let errors: unknown[][];
  const originalError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => void errors.push(args);
  });
  afterEach(() => (console.error = originalError));

  function setUp(chunk: ChunkLoader<FakeChunk>) {
    const host = fakeHost();
    const controller = new LazyViewController(host, chunk, (module) => [own, module.styles]);
    return {host, controller};
  }

  it('downloads the chunk once for every host, from the first connection on', async () => {
    let downloads = 0;
    const arrival = deferred<FakeChunk>();
    const chunk = new ChunkLoader(() => (downloads++, arrival.promise), 'chunk-<hash>.js');
    const first = setUp(chunk);
    const second = setUp(chunk);
    first.host.connect();
    second.host.connect();
    expect(downloads).to.equal(1);
    expect(first.controller.module).to.equal(undefined);
    arrival.resolve({styles: chunkStyles});
    expect(await second.controller.load()).to.deep.equal({styles: chunkStyles});
    expect(first.controller.module).to.deep.equal({styles: chunkStyles});
    expect(downloads).to.equal(1);
  });

  it('downloads nothing on connection when not eager: only at the first load', async () => {
    let downloads = 0;
    const chunk = new ChunkLoader(() => (downloads++, Promise.resolve({styles: chunkStyles})), 'chunk-<hash>.js');
    const host = fakeHost();
    const controller = new LazyViewController(host, chunk, (module) => [own, module.styles], false);
    host.connect();
    expect(downloads).to.equal(0);
    await controller.load();
    expect(downloads).to.equal(1);
    expect(sheets(host.renderRoot)).to.deep.equal(['.own { color: red; }', '.from-chunk { color: blue; }']);
    host.remove();
  });

  it("adopts the chunk's styles beside the host's own as soon as it arrives, also for a later host", async () => {
    const chunk = new ChunkLoader(() => Promise.resolve({styles: chunkStyles}), 'chunk-<hash>.js');
    const early = setUp(chunk);
    early.host.connect();
    await early.controller.load();
    expect(sheets(early.host.renderRoot)).to.deep.equal(['.own { color: red; }', '.from-chunk { color: blue; }']);
    const late = setUp(chunk);
    late.host.connect();
    expect(sheets(late.host.renderRoot)).to.have.length(2);
  });

  it('turns a failed download into the missing state, logs the file once, and tries again next time', async () => {
    let fail = true;
    const url = 'https://shop.example/assets/chunk-Ab12.js';
    const chunk = new ChunkLoader(
      () =>
        fail
          ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`))
          : Promise.resolve({styles: chunkStyles}),
      'chunk-<hash>.js',
    );
    const {host, controller} = setUp(chunk);
    host.connect(); // the early download fails quietly…
    const error = await controller.load().catch((reason: unknown) => reason); // …and so does the one the data needs
    expect(error).to.be.instanceOf(TrackingError);
    expect((error as TrackingError).kind).to.equal('network');
    expect(controller.missing).to.equal(true);
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.contain(url);
    fail = false;
    await controller.load();
    expect(controller.missing).to.equal(false);
    expect(controller.module).to.deep.equal({styles: chunkStyles});
  });

  it("names the chunk's file pattern when the browser's error does not name the file", async () => {
    const chunk = new ChunkLoader<FakeChunk>(
      () => Promise.reject(new TypeError('Importing a module script failed.')),
      'chunk-<hash>.js',
    );
    const {controller} = setUp(chunk);
    await controller.load().catch(() => {});
    expect(String(errors[0]![0])).to.contain('chunk-<hash>.js');
  });
});

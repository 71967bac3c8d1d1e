import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {memoryStore, type CachedAnswer} from '../../src/service/index.js';
import {fakeClock} from './helpers.js';

const answer = (body: string): CachedAnswer => ({status: 200, body, storedAt: 0, maxAge: 60, staleWhileRevalidate: 0});

describe('memory store', () => {
  it('evicts the least recently used answer past its entry bound', async () => {
    const store = memoryStore({maxEntries: 2});
    await store.set('a', answer('A'), 60);
    await store.set('b', answer('B'), 60);
    await store.get('a');
    await store.set('c', answer('C'), 60);
    assert.equal(store.size, 2);
    assert.equal((await store.get('a'))?.body, 'A');
    assert.equal(await store.get('b'), undefined);
    assert.equal((await store.get('c'))?.body, 'C');
  });

  it('evicts past its byte bound, counting UTF-8 bytes, and keeps nothing larger than the bound', async () => {
    const store = memoryStore({maxBytes: 10});
    await store.set('a', answer('ééé'), 60);
    await store.set('b', answer('bbbb'), 60);
    assert.equal(store.bytes, 10);
    await store.set('c', answer('c'), 60);
    assert.equal(await store.get('a'), undefined);
    assert.equal(store.bytes, 5);
    await store.set('huge', answer('x'.repeat(11)), 60);
    assert.equal(await store.get('huge'), undefined);
    assert.equal(store.bytes, 5);
  });

  it('keeps an answer no longer than its time to live', async () => {
    const clock = fakeClock();
    const store = memoryStore({now: clock.now});
    await store.set('a', answer('A'), 60);
    clock.advance(59_999);
    assert.equal((await store.get('a'))?.body, 'A');
    clock.advance(1);
    assert.equal(await store.get('a'), undefined);
    assert.equal(store.size, 0);
    assert.equal(store.bytes, 0);
  });

  it('replaces an answer under the same key without counting it twice', async () => {
    const store = memoryStore();
    await store.set('a', answer('12345'), 60);
    await store.set('a', answer('123'), 60);
    assert.equal(store.size, 1);
    assert.equal(store.bytes, 3);
  });
});

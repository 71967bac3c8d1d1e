import type {CachedAnswer, TrackingStore} from './store.js';

export interface MemoryStoreOptions {
  /** Most answers kept (least recently used go first). */
  maxEntries?: number;
  /** Most bytes of answer bodies kept. */
  maxBytes?: number;
  /** The clock expiry is measured with (tests pass a fake one). */
  now?: () => number;
}

export const MEMORY_STORE_DEFAULTS = {maxEntries: 10_000, maxBytes: 64 * 1024 * 1024};

interface Slot {
  answer: CachedAnswer;
  bytes: number;
  expiresAt: number;
}

const encoder = new TextEncoder();

/**
 * The default store: one process's memory, bounded in entries and in bytes, least recently used
 * answers evicted first, nothing kept past its time to live.
 */
export function memoryStore(
  options: MemoryStoreOptions = {},
): TrackingStore & {readonly size: number; readonly bytes: number} {
  const {maxEntries, maxBytes} = {...MEMORY_STORE_DEFAULTS, ...options};
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const slots = new Map<string, Slot>();
  let bytes = 0;

  const remove = (key: string) => {
    const slot = slots.get(key);
    if (!slot) return;
    slots.delete(key);
    bytes -= slot.bytes;
  };

  return {
    get size() {
      return slots.size;
    },
    get bytes() {
      return bytes;
    },
    async get(key) {
      const slot = slots.get(key);
      if (!slot) return undefined;
      slots.delete(key);
      if (slot.expiresAt <= now()) {
        bytes -= slot.bytes;
        return undefined;
      }
      slots.set(key, slot);
      return slot.answer;
    },
    async set(key, answer, ttlSeconds) {
      remove(key);
      const size = encoder.encode(answer.body).byteLength;
      if (size > maxBytes) return;
      slots.set(key, {answer, bytes: size, expiresAt: now() + ttlSeconds * 1000});
      bytes += size;
      for (const oldest of slots.keys()) {
        if (slots.size <= maxEntries && bytes <= maxBytes) break;
        remove(oldest);
      }
    },
  };
}

/** `refresh` values from 1 to 29 seconds count as 30 (docs/behaviour.md#refresh). */
const MIN_REFRESH_SECONDS = 30;
/** `refresh` values above a day count as a day (docs/behaviour.md#refresh). */
export const MAX_REFRESH_SECONDS = 86_400;
/** Backing off after failures never waits longer than this. */
export const MAX_BACKOFF_MS = 30 * 60_000;
/** The longest wait `setTimeout` holds; a longer one overflows and fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The refresh period in ms for a `refresh` value, or 0 when off (0, negative, not a number). */
export function refreshPeriod(seconds: unknown): number {
  const value = Number(seconds);
  if (!Number.isFinite(value) || value <= 0) return 0;
  return Math.min(Math.max(value, MIN_REFRESH_SECONDS), MAX_REFRESH_SECONDS) * 1000;
}

/**
 * The wait before the next refresh: the period, doubled for each failure in a row
 * (capped), with ±20 % jitter after failures so many widgets don't retry in step.
 */
export function nextRefreshDelay(periodMs: number, failures: number, random = Math.random): number {
  if (failures <= 0) return periodMs;
  const backoff = Math.min(periodMs * 2 ** Math.min(failures, 16), Math.max(MAX_BACKOFF_MS, periodMs));
  return Math.round(backoff * (0.8 + 0.4 * random()));
}

/**
 * What to hand `setTimeout` for a moment `dueAt` (ms since the epoch): the time left, never
 * negative and never more than a timer holds. A timer set for less than the whole wait is set
 * again when it fires, so none fires early (docs/behaviour.md#refresh).
 */
export const timerDelay = (dueAt: number, now: number) => Math.min(Math.max(0, dueAt - now), MAX_TIMER_MS);

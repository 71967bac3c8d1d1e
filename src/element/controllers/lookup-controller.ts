import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {lookUpOrder} from '../../net/order-lookup.js';
import {readUrlNumbers, writePageNumbers} from '../../net/page-url.js';
import {refusedNumberError} from '../../tracking/tracking-error.js';
import {readTrackingNumber, splitTrackingNumbers} from '../../tracking/tracking-number.js';
import type {LookupActions, LookupMode, LookupProblem, LookupState, OrderQuery} from '../../views/lookup-state.js';
import {emit, emitError} from '../emit.js';

/** What `order-tracker-lookup` tells the shop: the numbers, or the order number (never the email). */
export type LookupDetail = {trackingNumbers: string[]} | {order: string};

/** The element as the lookup sees it: its `url-param` and `order-src`, and where its events go. */
export type LookupHost = ReactiveControllerHost & EventTarget & {readonly urlParam: string; readonly orderSrc: string};

/** An email as browsers accept it in `type="email"`, roughly: something@something. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The lookup form's state (README "Track-your-order page"): the numbers looked up (typed, an
 * order's, or the page URL's, which a lookup writes back), the inline error, an order lookup
 * under way. Numbers are normalized and checked before anything is sent; a refused one names
 * what was typed, inline and in `order-tracker-error` (kind `invalid`), as a refused attribute
 * does. The email is only handed to the order lookup: it is kept nowhere, and no event carries
 * it. Comes with the form (the track-page chunk), so it joins a host already on the page.
 */
export class LookupController implements ReactiveController, LookupState, LookupActions {
  /** The accepted numbers to track, normalized; a new list for each lookup. */
  numbers: readonly string[] = [];
  mode: LookupMode = 'number';
  problem?: LookupProblem;
  busy = false;
  private order?: AbortController;

  constructor(
    private readonly host: LookupHost,
    /** Asks the shop for an order's numbers (tests stand in for the endpoint). */
    private readonly askShop = lookUpOrder,
  ) {
    host.addController(this);
  }

  get orderLookup(): boolean {
    return !!this.host.orderSrc;
  }

  /** The field's first value: the numbers tracked, e.g. from the page URL. */
  get value(): string {
    return this.numbers.join(', ');
  }

  /** On the page: the numbers of the page URL (`url-param`), checked as typed ones are. */
  hostConnected() {
    const found = readUrlNumbers(location.href, this.host.urlParam);
    if (found.length && !this.numbers.length) this.accept(found.join(','), false);
  }

  hostDisconnected() {
    this.cancelOrder();
  }

  setMode(mode: LookupMode) {
    this.mode = mode;
    this.set(false, undefined);
  }

  /** The customer's numbers: tracked when every one is accepted, else an inline error. Says whether they were. */
  lookUp(text: string): boolean {
    this.cancelOrder();
    return this.accept(text, true);
  }

  /** Looks an order up; resolves with what went wrong, or undefined once its numbers are tracked. */
  async lookUpOrder({order, email}: OrderQuery): Promise<LookupProblem | undefined> {
    order = order.trim();
    email = email.trim();
    if (!order) return this.refuse({kind: 'order-missing'});
    if (!EMAIL.test(email)) return this.refuse({kind: 'email-invalid'});
    this.cancelOrder();
    const run = (this.order = new AbortController());
    this.set(true, undefined);
    emit<LookupDetail>(this.host, 'order-tracker-lookup', {order});
    try {
      const numbers = await this.askShop(this.host.orderSrc, {order, email}, run.signal);
      if (run === this.order) this.track(numbers);
    } catch (error) {
      const kind = (error as {kind?: unknown} | null)?.kind;
      const known = ['not-found', 'rate-limited', 'no-numbers', 'network'] as const;
      if (run === this.order) this.refuse({kind: known.find((name) => name === kind) ?? 'failed'});
    }
    return this.problem;
  }

  private accept(text: string, typed: boolean): boolean {
    const readings = splitTrackingNumbers(text).map(readTrackingNumber);
    const numbers: string[] = [];
    for (const reading of readings) {
      if (!reading.ok) {
        emitError(this.host, refusedNumberError(reading.typed));
        return !this.refuse({kind: 'refused', typed: reading.typed});
      }
      if (!numbers.includes(reading.number)) numbers.push(reading.number);
    }
    if (!numbers.length) return !this.refuse({kind: 'empty'});
    if (typed) emit<LookupDetail>(this.host, 'order-tracker-lookup', {trackingNumbers: numbers});
    this.track(numbers);
    return true;
  }

  private track(numbers: string[]) {
    this.order = undefined;
    this.numbers = numbers;
    writePageNumbers(this.host.urlParam, numbers);
    this.set(false, undefined);
  }

  private refuse(problem: LookupProblem) {
    this.order = undefined;
    this.set(false, problem);
    return problem;
  }

  private set(busy: boolean, problem: LookupProblem | undefined) {
    this.busy = busy;
    this.problem = problem;
    this.host.requestUpdate();
  }

  /** Drops an order lookup under way: its answer will not count. */
  private cancelOrder() {
    this.order?.abort();
    this.order = undefined;
    this.busy = false;
  }
}

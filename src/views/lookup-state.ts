/** What the lookup form asks for: tracking numbers, or an order number with its email. */
export type LookupMode = 'number' | 'order';

/** Why a lookup tracks nothing, shown as the form's inline error (README "Track-your-order page"). */
export type LookupProblem =
  | {kind: 'empty'}
  | {kind: 'refused'; typed: string}
  | {kind: 'order-missing'}
  | {kind: 'email-invalid'}
  | {kind: 'not-found' | 'rate-limited' | 'no-numbers' | 'network' | 'failed'};

/** An order and its email, as typed. */
export interface OrderQuery {
  order: string;
  email: string;
}

/** What the lookup form shows. */
export interface LookupState {
  mode: LookupMode;
  /** Whether "order number + email" is offered (`order-src` is set). */
  orderLookup: boolean;
  /** The numbers being tracked, to start the field with (as from the page URL). */
  value: string;
  problem?: LookupProblem;
  /** Whether an order lookup is under way. */
  busy: boolean;
}

/** What the lookup form may ask of the element. */
export interface LookupActions {
  /** Tracks the typed numbers; false when they were refused (the form then shows why). */
  lookUp(text: string): boolean;
  /** Looks an order up; resolves with what went wrong, or undefined when its numbers are tracked. */
  lookUpOrder(query: OrderQuery): Promise<LookupProblem | undefined>;
  setMode(mode: LookupMode): void;
}

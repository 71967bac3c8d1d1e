import type {StageRule} from './rule.js';

/**
 * Event description → stage, for events whose code is in no table (SPEC §5). Checked in
 * order, first match wins, so the specific phrases (export customs, out for delivery,
 * attempts) stand before the general ones (customs, delivered, in transit).
 */
export const DESCRIPTION_KEYWORDS: readonly (readonly [RegExp, StageRule])[] = [
  [/attempt|notice left|no (?:authorized )?recipient|unable to deliver|not delivered|undeliverable|could not be delivered/i, {stage: 'H', status: 'failed_attempt'}],
  [/out for delivery|with (?:the )?delivery courier|on (?:the )?vehicle for delivery|en route to (?:the )?recipient|派送中|派件/i, {stage: 'H', status: 'out_for_delivery'}],
  [/available for pick ?up|ready for (?:pick ?up|collection)|awaiting collection|at (?:a |the )?pick ?up (?:point|location|station)|自提|驿站/i, {status: 'available_for_pickup'}],
  [/\bdelivered\b|\bsigned (?:for|by)\b|签收|妥投/i, {stage: 'H', status: 'delivered'}],
  [/returned to sender|return(?:ing)? to (?:the )?sender|exception|lost|damaged|seized|destroyed/i, {status: 'exception'}],
  [/export|departed (?:from )?(?:the )?(?:origin|shipping) facility|出口/i, {stage: 'C'}],
  [/import|customs|clearance|进口|清关|海关/i, {stage: 'E'}],
  [/depart(?:ed|ure) from (?:the )?(?:origin|departure) country|international (?:office|mail)|airline|flight|linehaul|line-haul|handed over to (?:the )?air/i, {stage: 'D'}],
  [/sort(?:ing)? (?:center|centre|facility)|regional (?:facility|destination)|distribution (?:center|centre)|delivery (?:office|station|unit)|post office|local (?:facility|post)/i, {stage: 'G'}],
  [/arrived (?:at|in) (?:the )?destination|local (?:delivery )?(?:company|carrier)|last[- ]mile|hub|in transit to (?:the )?next facility/i, {stage: 'F'}],
  [/picked up|received by (?:the )?(?:logistics|carrier|courier)|accepted (?:at|by)|arrived at (?:the )?(?:carrier|transit|origin)|in transit|揽收/i, {stage: 'B'}],
  [/information received|label (?:created|printed)|pre-?shipment|electronic(?:ally)?|order (?:info(?:rmation)? )?(?:received|processed)|awaiting (?:item|pickup by carrier)/i, {stage: 'A'}],
];

/** The first keyword rule that matches, or undefined. */
export function ruleFromDescription(description: string): StageRule | undefined {
  return DESCRIPTION_KEYWORDS.find(([pattern]) => pattern.test(description))?.[1];
}

import type {StageRule} from './rule.js';

/**
 * Where a parcel is "delivered to" without reaching the customer: another carrier or post, a
 * facility, customs, a country or the sender, named in up to three words after "to" ("to the
 * destination post office", "to partner carrier", "to Royal Mail"). Such a hand-over is never a
 * delivery (docs/behaviour.md#stages); "to the recipient", "to mailbox", "to neighbour" are.
 */
const HAND_OVER =
  /(?:[\w'’-]+ ){0,3}?(?:usps|ups|fedex|dhl|dpd|gls|evri|hermes|yodel|parcelforce|correos|airline|air carrier|airport|carrier|courier|partner|company|local|last[- ]mile|linehaul|line-haul|logistics|post(?!\s*box)\w*|mail\b|express\b|pick ?-?up (?:point|location|station)|collection point|parcel (?:shop|locker station)|sort(?:ing)? (?:cent(?:er|re)|facility)|hub\b|facility|warehouse|depot|station|terminal|cent(?:er|re)\b|(?:delivery|sorting|exchange) office|customs|country|port\b|sender|shipper|merchant|seller)/
    .source;

/**
 * Event description → stage, for events whose code is in no table (docs/behaviour.md#stages).
 * Checked in order, first match wins, so the specific phrases (returns, attempts, out for delivery,
 * pickup, export customs) stand before the general ones (delivered, customs, in transit).
 * Sorting centers are the origin carrier's (B); the destination's facilities are named
 * otherwise (G). Promises ("will be delivered") and hand-overs ("delivered to USPS") are not
 * deliveries.
 */
const DESCRIPTION_KEYWORDS: readonly (readonly [RegExp, StageRule])[] = [
  // On its way back, whatever else the text says ("Delivered, To Original Sender").
  [/(?:return(?:ed|ing)?|delivered),? to (?:the )?(?:original )?(?:sender|shipper)/i, {status: 'exception'}],
  [
    /attempt|notice left|no (?:authorized )?recipient|(?:recipient|addressee|customer) (?:not (?:at )?home|(?:was )?(?:not|un)available|absent)|unable to deliver|not delivered|undeliverable|could not be delivered|deliver(?:y|ing) (?:was )?(?:failed|unsuccessful)|(?:failed|unsuccessful) delivery|投递失败|派送失败|未妥投/i,
    {stage: 'H', status: 'failed_attempt'},
  ],
  [
    /out for delivery|with (?:the )?delivery courier|on (?:the |[\w-]+ )?(?:vehicle for delivery|delivery vehicle)|en route to (?:the )?recipient|派送中|派件/i,
    {stage: 'H', status: 'out_for_delivery'},
  ],
  [
    /available for pick ?up|ready for (?:pick ?up|collection)|awaiting collection|(?:at|to|in) (?:an? |the )?(?:[\w-]+ )?(?:pick ?-?up (?:point|location|station)|collection point|access point|parcel ?(?:shop|point|locker|station)|(?:parcel |post(?:al)? )?locker|packstation|pudo)|自提|驿站/i,
    {status: 'available_for_pickup'},
  ],
  [
    new RegExp(`(?<!\\bbe )\\bdelivered\\b(?! to ${HAND_OVER})|\\bsigned (?:for|by)\\b|(?<![待未])签收|妥投`, 'i'),
    {stage: 'H', status: 'delivered'},
  ],
  [/exception|\blost\b|damaged|seized|destroyed/i, {status: 'exception'}],
  [/\bexport|departed (?:from )?(?:the )?(?:origin|shipping) facility|出口/i, {stage: 'C'}],
  [/\bimport(?!ant)|customs|clearance|进口|清关|海关/i, {stage: 'E'}],
  [
    /(?:depart(?:ed|ure)|leaving|left) (?:from )?(?:the )?(?:origin|departure) country|arrived (?:at|in) (?:the )?destination country|international (?:office|mail)|airline|air carrier|airport|flight|linehaul|line-haul|handed over to (?:the )?air|航班|起飞|交航|目的国/i,
    {stage: 'D'},
  ],
  [
    /usps facility|regional (?:facility|destination)|distribution (?:center|centre)|delivery (?:office|station|unit)|post office|local (?:facility|post)/i,
    {stage: 'G'},
  ],
  [
    /arrived (?:at|in) (?:the )?destination|local (?:delivery )?(?:company|carrier)|last[- ]mile|\bhub\b|in transit to (?:the )?next facility|(?:handed(?: over)?|delivered) to (?:the )?(?:usps|ups|fedex|dhl|postal service)/i,
    {stage: 'F'},
  ],
  [
    /sort(?:ing)? (?:center|centre)|分拣|picked up|(?:origin|arrival|departure) scan|(?:arrived at|departed from) facility|received by (?:the )?(?:logistics|carrier|courier)|accepted (?:at|by)|arrived at (?:the )?(?:carrier|transit|origin)|in transit|(?<!待)揽收/i,
    {stage: 'B'},
  ],
  [
    /information received|label (?:created|printed)|created a (?:shipping )?label|pre-?shipment|electronic(?:ally)?|order (?:info(?:rmation)? )?(?:received|processed)|awaiting (?:item|pickup by carrier)|已接单|待揽收/i,
    {stage: 'A'},
  ],
];

// Descriptions repeat, across a log's events and on every refresh: match each text once.
// Bounded, so a payload of junk cannot grow it without end.
const matched = new Map<string, StageRule | undefined>();
const MATCHED_LIMIT = 5000;

/** The first keyword rule that matches, or undefined. */
export function ruleFromDescription(description: string): StageRule | undefined {
  if (matched.has(description)) return matched.get(description);
  const rule = DESCRIPTION_KEYWORDS.find(([pattern]) => pattern.test(description))?.[1];
  if (matched.size >= MATCHED_LIMIT) matched.clear();
  matched.set(description, rule);
  return rule;
}

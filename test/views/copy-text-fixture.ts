// The native fixture and its expected copy text, for copy-text.test.ts and its time-zone twin.
import {readTracking} from '../../src/tracking/adapters/read-tracking.js';
import {loadFixture} from '../fixtures.js';

export const NOW = Date.UTC(2026, 10, 20, 12);

/** The copy of the native fixture, whatever the customer's zone. */
export const EXPECTED = [
  'Delivered · Delivered in 8 days',
  'Tracking number: LP00612345678901',
  'Latest tracking number: 9400111206213456789012',
  'Carrier: USPS',
  'Phone: 1-800-275-8777',
  'Nov 10, 2026, 1:32 PM GMT-5 · Columbus, OH · Delivered, in/at mailbox',
  'Nov 10, 2026, 7:55 AM GMT-5 · Columbus, OH · Out for delivery',
  'Nov 9, 2026, 5:10 AM GMT-5 · Columbus, OH · Arrived at USPS regional facility',
  'Nov 7, 2026, 4:45 PM GMT-8 · Los Angeles, CA · Received by local delivery company',
  'Nov 7, 2026, 9:00 AM GMT-8 · Los Angeles, CA · Import customs clearance complete',
  'Nov 6, 2026, 2:20 PM GMT-8 · Los Angeles, CA · Arrived at linehaul office',
  'Nov 5, 2026, 2:15 AM GMT+8 · Shenzhen · Departed from departure country/region',
  'Nov 4, 2026, 11:30 AM GMT+8 · Shenzhen · Export customs clearance complete',
  'Nov 3, 2026, 7:05 AM GMT+8 · Shenzhen · Processing at sorting center',
  'Nov 2, 2026, 6:40 PM GMT+8 · Dongguan · Received by logistics company',
  'Nov 2, 2026, 9:12 AM GMT+8 · Dongguan · Shipment information received by warehouse electronically',
].join('\n');

/** The native fixture with an estimated window, read as of NOW. */
export async function fixtureTracking(extra: Record<string, unknown> = {}) {
  const json = (await loadFixture('native-delivered')) as Record<string, unknown>;
  return readTracking(
    {...json, estimatedDelivery: {from: '2026-11-20', to: '2026-11-24'}, ...extra},
    'native',
    '',
    NOW,
  );
}

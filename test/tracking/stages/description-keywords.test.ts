import {expect} from '@open-wc/testing';
import type {StageRule} from '../../../src/tracking/stages/rule.js';
import {ruleFromDescription} from '../../../src/tracking/stages/description-keywords.js';

/** Real carrier phrases (CAINIAO, USPS, UPS, FedEx, DHL, YunExpress, 4PX, Chinese posts) → rule. */
const PHRASES: [string, StageRule | undefined][] = [
  // A: the shop or the carrier knows about the parcel
  ['Shipment information received by warehouse electronically', {stage: 'A'}],
  ['Shipping Label Created, USPS Awaiting Item', {stage: 'A'}],
  ['Pre-Shipment Info Sent to USPS, USPS Awaiting Item', {stage: 'A'}],
  ['Shipper created a label, UPS has not received the package yet.', {stage: 'A'}],
  ['Order information received', {stage: 'A'}],
  ['Electronic Notification Received', {stage: 'A'}],
  ['商家已接单', {stage: 'A'}],
  ['待揽收', {stage: 'A'}],
  // B: collected, at the origin carrier's facilities
  ['Received by logistics company', {stage: 'B'}],
  ['Picked up', {stage: 'B'}],
  ['Processing at sorting center', {stage: 'B'}],
  ['Departed from sorting center', {stage: 'B'}],
  ['Arrived at sorting center', {stage: 'B'}],
  ['In transit', {stage: 'B'}],
  ['快件已揽收', {stage: 'B'}],
  ['到达分拣中心', {stage: 'B'}],
  // UPS scans as 17TRACK hands them on, without a stage: the carrier has the parcel and it moves.
  ['Origin Scan', {stage: 'B'}],
  ['Departure Scan', {stage: 'B'}],
  ['Arrival Scan', {stage: 'B'}],
  ['Arrived at Facility', {stage: 'B'}],
  ['Departed from Facility', {stage: 'B'}],
  // C: origin export
  ['Export customs clearance complete', {stage: 'C'}],
  ['Export customs clearance started', {stage: 'C'}],
  ['Departed from origin facility', {stage: 'C'}],
  ['出口清关完成', {stage: 'C'}],
  // D: international leg
  ['Departed from departure country/region', {stage: 'D'}],
  ['Leaving from departure country/region', {stage: 'D'}],
  ['Arrived at linehaul office', {stage: 'D'}],
  ['Hand over to airline', {stage: 'D'}],
  ['Flight departed', {stage: 'D'}],
  ['Arrived at destination airport', {stage: 'D'}],
  ['Arrived in destination country/region', {stage: 'D'}],
  ['Parcel delivered to airline', {stage: 'D'}],
  ['航班已起飞', {stage: 'D'}],
  // E: destination customs
  ['Import customs clearance complete', {stage: 'E'}],
  ['Import customs clearance started', {stage: 'E'}],
  ['Customs clearance processing', {stage: 'E'}],
  ['Held by customs', {stage: 'E'}],
  ['进口清关中', {stage: 'E'}],
  ['海关查验', {stage: 'E'}],
  // F: local hub, handed to the local carrier
  ['Received by local delivery company', {stage: 'F'}],
  ['Handed over to last mile carrier', {stage: 'F'}],
  ['Delivered to local carrier', {stage: 'F'}],
  ['Arrived at Hub', {stage: 'F'}],
  ['Arrived at destination sorting center', {stage: 'F'}],
  ['In Transit to Next Facility', {stage: 'F'}],
  // G: local sorting and delivery office
  ['Arrived at USPS regional facility', {stage: 'G'}],
  ['Arrived at USPS Regional Destination Facility', {stage: 'G'}],
  ['Arrived at USPS Facility', {stage: 'G'}],
  ['Arrived at Post Office', {stage: 'G'}],
  ['Arrived at distribution center', {stage: 'G'}],
  // H: the last leg
  ['Out for delivery', {stage: 'H', status: 'out_for_delivery'}],
  ['Out for Delivery, Expected Delivery by 9:00pm', {stage: 'H', status: 'out_for_delivery'}],
  ['With delivery courier', {stage: 'H', status: 'out_for_delivery'}],
  ['Loaded on Delivery Vehicle', {stage: 'H', status: 'out_for_delivery'}],
  ['On FedEx vehicle for delivery', {stage: 'H', status: 'out_for_delivery'}],
  ['派送中', {stage: 'H', status: 'out_for_delivery'}],
  ['Delivered', {stage: 'H', status: 'delivered'}],
  ['Delivered, Front Door/Porch', {stage: 'H', status: 'delivered'}],
  ['Delivered, in/at mailbox', {stage: 'H', status: 'delivered'}],
  ['Delivered to Agent for Final Delivery', {stage: 'H', status: 'delivered'}],
  ['Your package has been delivered', {stage: 'H', status: 'delivered'}],
  ['Signed for by: J SMITH', {stage: 'H', status: 'delivered'}],
  ['已签收', {stage: 'H', status: 'delivered'}],
  ['已妥投', {stage: 'H', status: 'delivered'}],
  ['Delivery attempted', {stage: 'H', status: 'failed_attempt'}],
  ['Delivery Attempted - No Access to Delivery Location', {stage: 'H', status: 'failed_attempt'}],
  ['Notice Left (No Authorized Recipient Available)', {stage: 'H', status: 'failed_attempt'}],
  ['Delivery failed', {stage: 'H', status: 'failed_attempt'}],
  ['Delivery unsuccessful', {stage: 'H', status: 'failed_attempt'}],
  ['Delivery failed, the recipient was not at home', {stage: 'H', status: 'failed_attempt'}],
  ['Recipient not at home', {stage: 'H', status: 'failed_attempt'}],
  ['Unsuccessful delivery: addressee absent', {stage: 'H', status: 'failed_attempt'}],
  ['投递失败', {stage: 'H', status: 'failed_attempt'}],
  ['未妥投', {stage: 'H', status: 'failed_attempt'}],
  ['Available for Pickup', {status: 'available_for_pickup'}],
  ['Ready for pickup at the pickup point', {status: 'available_for_pickup'}],
  ['Your package was delivered to a UPS Access Point location', {status: 'available_for_pickup'}],
  ['Delivered to parcel locker', {status: 'available_for_pickup'}],
  ['The shipment has been delivered to the Packstation', {status: 'available_for_pickup'}],
  ['Delivered to PUDO point', {status: 'available_for_pickup'}],
  ['Delivered to the locker', {status: 'available_for_pickup'}],
  ['Delivered to the parcel shop', {status: 'available_for_pickup'}],
  ['Delivered to collection point', {status: 'available_for_pickup'}],
  ['Placed in a post locker', {status: 'available_for_pickup'}],
  ['已到达驿站', {status: 'available_for_pickup'}],
  // Problems
  ['Return to Sender Processed', {status: 'exception'}],
  // USPS's own words for a parcel that went back: a return, not a delivery.
  ['Delivered, To Original Sender', {status: 'exception'}],
  ['Returned to shipper', {status: 'exception'}],
  ['Delivery attempted, returning to sender', {status: 'exception'}],
  ['Delivery exception', {status: 'exception'}],
  ['Package lost', {status: 'exception'}],
  // Promises and look-alikes are not facts
  ['Your package will be delivered tomorrow', undefined],
  ['Expected to be delivered by Nov 12', undefined],
  ['Arrived at Post Office, will be delivered tomorrow', {stage: 'G'}],
  ['待签收', undefined],
  ['Important notice: weather delays', undefined],
  ['Github webhook received', undefined],
  ['Los Angeles', undefined],
  ['', undefined],
];

describe('description keywords', () => {
  for (const [description, rule] of PHRASES) {
    it(`${JSON.stringify(description)} → ${rule ? JSON.stringify(rule) : 'no rule'}`, () => {
      expect(ruleFromDescription(description)).to.deep.equal(rule);
    });
  }

  it('reads descriptions case-insensitively', () => {
    expect(ruleFromDescription('OUT FOR DELIVERY')).to.deep.equal({stage: 'H', status: 'out_for_delivery'});
    expect(ruleFromDescription('import CUSTOMS clearance')).to.deep.equal({stage: 'E'});
  });

  it('never reads a hand-over between carriers or facilities as delivered', () => {
    for (const description of [
      'Delivered to USPS',
      'Delivered to the post office',
      'Delivered to post office for final delivery',
      'Delivered to the sorting center',
      'Delivered to sorting centre',
      'Delivered to customs',
      'Delivered to the local carrier',
      'Delivered to the airline',
      'Delivered to partner carrier',
      'Delivered to the next facility',
      'Delivered to the destination post office',
      'Delivered to Royal Mail',
      'Delivered to China Post',
      'Delivered to PostNL',
      'Delivered to Evri',
      'Delivered to the delivery station',
      'Delivered to the transit warehouse',
      'Delivered to airport',
      'Delivered to the shipping company',
      'Delivered to delivery partner',
      'Delivered to the terminal',
      'Delivered to the distribution center',
      'Delivered to the destination country',
    ]) {
      expect(ruleFromDescription(description)?.status, description).to.not.equal('delivered');
    }
  });

  it('reads a delivery to the pickup point as waiting there, and to the sender as a return', () => {
    expect(ruleFromDescription('Delivered to the pickup point')).to.deep.equal({status: 'available_for_pickup'});
    expect(ruleFromDescription('Delivered to pick-up point, ready for collection')).to.deep.equal({
      status: 'available_for_pickup',
    });
    expect(ruleFromDescription('Delivered to original sender')).to.deep.equal({status: 'exception'});
    expect(ruleFromDescription('Returned to the original sender')).to.deep.equal({status: 'exception'});
  });

  it('still reads a delivery to the customer as delivered', () => {
    for (const description of [
      'Delivered',
      'Delivered to recipient',
      'Delivered, In/At Mailbox',
      'Delivered to neighbour',
      'Delivered to the recipient at the front door',
      'Delivered to mailbox',
      'Delivered to PO Box',
      'Delivered to reception',
      'Delivered to your safe place',
      'Delivered to: J. SMITH',
    ]) {
      expect(ruleFromDescription(description), description).to.deep.equal({stage: 'H', status: 'delivered'});
    }
  });

  it('reads a hand-over to the local carrier as the local leg, F', () => {
    expect(ruleFromDescription('Delivered to USPS')).to.deep.equal({stage: 'F'});
    expect(ruleFromDescription('Handed over to FedEx')).to.deep.equal({stage: 'F'});
  });
});

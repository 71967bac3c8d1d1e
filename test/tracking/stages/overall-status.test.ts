import {expect} from '@open-wc/testing';
import type {StageRule} from '../../../src/tracking/stages/rule.js';
import {highestStage, overallStatus} from '../../../src/tracking/stages/overall-status.js';

describe('highestStage', () => {
  it('is the highest stage reached, in any order', () => {
    expect(highestStage([{stage: 'E'}, {stage: 'G'}, {stage: 'B'}])).to.equal('G');
    expect(highestStage([{}, {stage: 'A'}, {status: 'exception'}])).to.equal('A');
  });

  it('is undefined without a staged event', () => {
    expect(highestStage([])).to.equal(undefined);
    expect(highestStage([{}, {status: 'available_for_pickup'}])).to.equal(undefined);
  });
});

describe('overallStatus', () => {
  const status = (rules: StageRule[], current = highestStage(rules), hint?: Parameters<typeof overallStatus>[2]) =>
    overallStatus(rules, current, hint);

  it('is not pending once there are events, even when the newest one says pending', () => {
    expect(status([{status: 'pending'}])).to.equal('in_transit');
    expect(status([{status: 'pending'}, {stage: 'B'}])).to.equal('in_transit');
  });

  it('is pending without events, whatever the payload says', () => {
    expect(status([], undefined, 'delivered')).to.equal('pending');
    expect(status([], undefined, 'exception')).to.equal('pending');
  });

  it('is delivered once any event or the payload says so', () => {
    expect(
      status([
        {stage: 'H', status: 'out_for_delivery'},
        {stage: 'H', status: 'delivered'},
      ]),
    ).to.equal('delivered');
    expect(status([{stage: 'B'}], 'B', 'delivered')).to.equal('delivered');
  });

  it('follows what the newest telling event states', () => {
    expect(status([{status: 'available_for_pickup'}, {stage: 'G'}])).to.equal('available_for_pickup');
    expect(status([{stage: 'H', status: 'failed_attempt'}, {stage: 'G'}])).to.equal('failed_attempt');
    expect(status([{status: 'exception'}, {stage: 'F'}])).to.equal('exception');
    expect(status([{}, {status: 'exception'}, {stage: 'F'}])).to.equal('exception');
  });

  it('lets a newer scan end an older exception or attempt', () => {
    expect(status([{stage: 'G'}, {status: 'exception'}, {stage: 'F'}])).to.equal('in_transit');
    expect(
      status([
        {stage: 'H', status: 'out_for_delivery'},
        {stage: 'H', status: 'failed_attempt'},
      ]),
    ).to.equal('out_for_delivery');
  });

  it('trusts the payload for pickup, failed attempt and exception, not for pending', () => {
    expect(status([{stage: 'G'}], 'G', 'exception')).to.equal('exception');
    expect(status([{stage: 'G'}], 'G', 'available_for_pickup')).to.equal('available_for_pickup');
    expect(status([{stage: 'G'}], 'G', 'pending')).to.equal('in_transit');
    expect(status([{stage: 'G'}], 'G', 'customs')).to.equal('in_transit');
  });

  it('is customs while the bar stands at E, out for delivery at H', () => {
    expect(status([{stage: 'E'}, {stage: 'D'}])).to.equal('customs');
    expect(status([{stage: 'H', status: 'out_for_delivery'}, {stage: 'G'}])).to.equal('out_for_delivery');
    expect(status([{stage: 'D'}, {stage: 'C'}])).to.equal('in_transit');
    expect(status([{}])).to.equal('in_transit');
  });

  it('is not customs when a later customs event follows the local hand-off', () => {
    expect(status([{stage: 'E'}, {stage: 'G'}, {stage: 'F'}])).to.equal('in_transit');
  });

  it('is not out for delivery when the parcel is back at a facility after the delivery run', () => {
    expect(status([{stage: 'G'}, {stage: 'H', status: 'out_for_delivery'}])).to.equal('in_transit');
  });
});

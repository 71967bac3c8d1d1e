import {expect} from '@open-wc/testing';
import {readTracking} from '../../src/tracking/adapters/read-tracking.js';
import type {Stage, Tracking, TrackingStatus} from '../../src/tracking/model/tracking.js';
import {stageSentence} from '../../src/views/stage-sentence.js';
import {english, loadCatalogue} from '../i18n/catalogues.js';
import {loadFixture} from '../fixtures.js';

const NOW = Date.UTC(2026, 10, 20, 12);
const sentence = (tracking: Tracking, stage: Stage) => stageSentence(tracking, stage, english, 'en');

/** A parcel at stage `stage` with one event there, of `status`. */
const at = (stage: Stage, status: TrackingStatus = 'in_transit', delivered = false): Tracking => ({
  trackingNumber: 'LP1',
  status,
  stage,
  delivered,
  events: [{time: '2026-11-07T09:00:00-08:00', description: 'Scan', stage}],
});

describe('the chosen step, in the tense of its state', () => {
  let delivered: Tracking;
  before(async () => (delivered = readTracking(await loadFixture('native-delivered'), 'auto', '', NOW)));

  it('a done step says when it was done, in the past', () => {
    expect(sentence(delivered, 'E')).to.deep.equal({
      title: 'Customs clearance in destination country',
      text: 'Done on Nov 7: it cleared customs in your country.',
    });
  });

  it('a done step no event reached says it was done, without a date', () => {
    expect(sentence(at('E'), 'B').text).to.equal(
      'Done: the carrier took it to a facility that prepared it for the next leg.',
    );
  });

  it('the current step says what is happening now', () => {
    expect(sentence(at('E', 'customs'), 'E').text).to.equal(
      'Customs in your country is processing it; this may update several times.',
    );
  });

  it('every upcoming step is "Next", in the future, however far ahead', () => {
    expect(sentence(at('E'), 'F').text).to.equal('Next: it reaches a major hub in your country.');
    expect(sentence(at('E'), 'H').text).to.equal('Next: the local delivery company brings it to your door.');
    expect(sentence(at('E'), 'H').title).to.equal('Out for delivery / Delivered');
  });

  it('stage H reads as what happened', () => {
    expect(sentence(delivered, 'H')).to.deep.equal({
      title: 'Delivered on Tue, Nov 10',
      text: 'Your parcel has arrived.',
    });
    expect(sentence(at('H', 'out_for_delivery'), 'H')).to.deep.equal({
      title: 'Out for delivery',
      text: 'The carrier is bringing it to your door.',
    });
    expect(sentence(at('H', 'available_for_pickup'), 'H').text).to.contain('waiting for you at a pickup point');
    expect(sentence(at('H', 'failed_attempt'), 'H').text).to.contain("tried to deliver it but couldn't");
  });

  it('speaks each language with its own punctuation', async () => {
    const fr = await loadCatalogue('fr');
    expect(stageSentence(delivered, 'E', fr, 'fr').text).to.equal(
      'Terminé le 7 nov.\u00a0: il a été dédouané dans votre pays.',
    );
    const zh = await loadCatalogue('zh-CN');
    expect(stageSentence(at('E'), 'F', zh, 'zh-CN').text).to.equal('下一步：包裹到达您所在国家的主要分拨中心。');
  });
});

import {expect} from '@open-wc/testing';
import {MAX_TEXT, at, finite, firstText, list, record, text} from '../../../src/tracking/model/read.js';

describe('defensive readers', () => {
  it('record: plain objects only', () => {
    const object = {a: 1};
    expect(record(object)).to.equal(object);
    for (const value of [null, undefined, [], [1], 'x', 1, true])
      expect(record(value), String(value)).to.equal(undefined);
  });

  it('list: arrays only, else empty', () => {
    const array = [1, 2];
    expect(list(array)).to.equal(array);
    for (const value of [null, undefined, {length: 2}, 'ab', 1]) expect(list(value), String(value)).to.deep.equal([]);
  });

  it('text: trimmed, whitespace collapsed, numbers as digits, else undefined', () => {
    expect(text('  Out \n for\tdelivery  ')).to.equal('Out for delivery');
    expect(text('a\u00a0b')).to.equal('a b');
    expect(text(12345)).to.equal('12345');
    expect(text(0)).to.equal('0');
    for (const value of ['', '   ', '\n\t', null, undefined, NaN, Infinity, {}, [], ['x'], true]) {
      expect(text(value), String(value)).to.equal(undefined);
    }
  });

  it('text: cuts huge strings to MAX_TEXT', () => {
    expect(MAX_TEXT).to.equal(2000);
    expect(text('x'.repeat(1_000_000))).to.have.length(2000);
    // Leading whitespace does not eat the budget of the real text.
    expect(text(' '.repeat(1000) + 'y'.repeat(5000))).to.have.length(2000);
    expect(text('\n'.repeat(10_000) + 'Delivered')).to.equal('Delivered');
  });

  it('finite: finite numbers only', () => {
    expect(finite(1.5)).to.equal(1.5);
    expect(finite(0)).to.equal(0);
    for (const value of [NaN, Infinity, -Infinity, '1', null, undefined])
      expect(finite(value), String(value)).to.equal(undefined);
  });

  it('at: follows keys and indexes, undefined on any wrong turn', () => {
    const data = {module: [{detailList: [{desc: 'Arrived'}]}], n: null};
    expect(at(data, 'module', 0, 'detailList', 0, 'desc')).to.equal('Arrived');
    expect(at(data, 'module', 1, 'detailList')).to.equal(undefined);
    expect(at(data, 'module', 'detailList')).to.equal(undefined);
    expect(at(data, 'n', 'x')).to.equal(undefined);
    expect(at(data, 'n')).to.equal(null);
    expect(at('string', 'length')).to.equal(undefined);
    expect(at(null, 0)).to.equal(undefined);
    expect(at(data)).to.equal(data);
  });

  it('firstText: the first usable text', () => {
    expect(firstText(undefined, '  ', null, ' USPS ', 'UPS')).to.equal('USPS');
    expect(firstText(null, 42)).to.equal('42');
    expect(firstText(undefined, {}, '')).to.equal(undefined);
    expect(firstText()).to.equal(undefined);
  });

  it('text: no C0 or C1 controls, terminal escapes or bidi controls, whitespace controls read as spaces', () => {
    expect(text('Piggy\u202e ship')).to.equal('Piggy ship');
    expect(text('\u2066Left\u2069 \u202aright\u202c \u200emark\u200f \u061carabic')).to.equal('Left right mark arabic');
    expect(text('Out\u0000 for\u0007 delivery\u007f\u0085\u009b')).to.equal('Out for delivery');
    expect(text('\u001b[31mDelivered\u001b[0m to front door')).to.equal('Delivered to front door');
    expect(text('\u009b1;31mAlert')).to.equal('Alert');
    expect(text('Latest Tracking Number:\t9261')).to.equal('Latest Tracking Number: 9261');
    expect(text('\u202e\u0000')).to.equal(undefined);
  });

  it('text: keeps letters, marks and joiners of real scripts', () => {
    expect(text('已到达驿站 · São Paulo · مستودع · बेंगलुरु')).to.equal('已到达驿站 · São Paulo · مستودع · बेंगलुरु');
    expect(text('👩\u200d👩\u200d👧 family')).to.equal('👩\u200d👩\u200d👧 family');
  });

  it('text: the string "null" is no text', () => {
    for (const value of ['null', 'NULL', ' null ', 'Null']) expect(text(value), value).to.equal(undefined);
    expect(text('nullable')).to.equal('nullable');
  });
});

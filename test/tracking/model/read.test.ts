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
});

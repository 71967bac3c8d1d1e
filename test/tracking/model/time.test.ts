import {expect} from '@open-wc/testing';
import {formatInstant, localDate, parseDate, parseInstant, parseOffset} from '../../../src/tracking/model/time.js';

describe('time', () => {
  it('keeps the offset of an ISO time', () => {
    const instant = parseInstant('2026-11-10T07:55:00-05:00');
    expect(instant).to.deep.equal({epoch: Date.UTC(2026, 10, 10, 12, 55), offset: -300});
    expect(formatInstant(instant!)).to.equal('2026-11-10T07:55:00-05:00');
  });

  it('reads epoch milliseconds, as numbers or digit strings, as UTC', () => {
    expect(formatInstant(parseInstant(1795109400000)!)).to.equal('2026-11-19T17:30:00Z');
    expect(parseInstant('1795109400000')).to.deep.equal({epoch: 1795109400000});
  });

  it('treats a time without offset as UTC and Z as no known offset', () => {
    expect(parseInstant('2026-11-19 09:30:00')).to.deep.equal({epoch: Date.UTC(2026, 10, 19, 9, 30)});
    expect(parseInstant('2026-11-19T09:30:00Z')).to.deep.equal({epoch: Date.UTC(2026, 10, 19, 9, 30)});
  });

  it('rejects impossible and implausible times', () => {
    for (const junk of [
      '2026-13-01T00:00:00Z',
      '2026-02-30',
      'yesterday',
      '',
      null,
      {},
      [],
      NaN,
      42,
      '2026-11-19T25:00:00Z',
      '2026-11-19T10:00:00+99:00',
    ]) {
      expect(parseInstant(junk), String(junk)).to.equal(undefined);
    }
  });

  it('reads the usual shape (seconds, then Z, ±HH:MM or nothing) as every other spelling of the same time', () => {
    // The usual shape has a quick reading of its own; with milliseconds it takes the general one.
    let epoch = Date.UTC(2000, 0, 1);
    for (let i = 0; i < 400; i++, epoch += 86_400_000 * 3.7 + 3_601_000) {
      for (const offset of [0, 480, -300, 345, -570, 840]) {
        const usual = formatInstant({epoch, offset});
        const withMilliseconds = `${usual.slice(0, 19)}.000${usual.slice(19)}`;
        expect(parseInstant(usual), usual).to.deep.equal({epoch, offset});
        expect(parseInstant(withMilliseconds), withMilliseconds).to.deep.equal({epoch, offset});
      }
      const utc = formatInstant({epoch});
      expect(parseInstant(utc)).to.deep.equal({epoch});
      expect(parseInstant(utc.slice(0, 19).replace('T', ' '))).to.deep.equal({epoch});
    }
    for (const junk of [
      '2026-1a-01T00:00:00Z',
      '2027-02-29T00:00:00Z',
      '2026-11-19T10:00:60Z',
      '2026-11-19T10:00:00+14:01',
      '2026-11-19T10:00:00+0a:00',
      '2026-11-19X10:00:00Z',
    ]) {
      expect(parseInstant(junk), junk).to.equal(undefined);
    }
    expect(parseInstant('2028-02-29T12:00:00+14:00')).to.deep.equal({epoch: Date.UTC(2028, 1, 28, 22), offset: 840});
    expect(parseInstant(' 2026-11-19T10:00:00-00:00 ')?.epoch).to.equal(Date.UTC(2026, 10, 19, 10));
  });

  it('parses CAINIAO zone names and ISO offsets', () => {
    expect(parseOffset('GMT+8')).to.equal(480);
    expect(parseOffset('GMT-5')).to.equal(-300);
    expect(parseOffset('UTC+05:30')).to.equal(330);
    expect(parseOffset('-0330')).to.equal(-210);
    expect(parseOffset('GMT+25')).to.equal(undefined);
    expect(parseOffset('Asia/Shanghai')).to.equal(undefined);
  });

  it('gives the local date of an instant in its own zone', () => {
    // 23:30 on the 19th in Los Angeles is already the 20th in UTC.
    expect(localDate({epoch: Date.UTC(2026, 10, 20, 7, 30), offset: -480})).to.equal('2026-11-19');
    expect(parseDate('2026-11-27')).to.equal('2026-11-27');
    expect(parseDate('2026-11-27T10:00:00Z')).to.equal('2026-11-27');
    expect(parseDate('27/11/2026')).to.equal(undefined);
  });

  it('reads a Date object as its instant, and an invalid Date as no time', () => {
    expect(parseInstant(new Date('2026-11-10T12:55:00Z'))).to.deep.equal({epoch: Date.UTC(2026, 10, 10, 12, 55)});
    expect(parseInstant(new Date('not a date'))).to.equal(undefined);
  });

  it('reads the zone spellings carriers use', () => {
    const cases: [string, number | undefined][] = [
      ['GMT+2', 120],
      ['GMT+0', 0],
      ['GMT-5', -300],
      ['GMT+0800', 480],
      ['GMT+08:00', 480],
      ['UTC+3', 180],
      ['GMT', 0],
      ['UTC', 0],
      ['', undefined],
      ['Asia/Shanghai', undefined],
      ['GMT+25', undefined],
    ];
    for (const [zone, offset] of cases) expect(parseOffset(zone), zone).to.equal(offset);
  });
});

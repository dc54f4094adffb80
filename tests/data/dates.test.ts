import { expect } from '@open-wc/testing';
import {
  activeYears,
  collaborationExtent,
  compareByStart,
  endOfPartialDate,
  isActiveIn,
  isSpan,
  parsePartialDate,
  startOfPartialDate,
  yearOf,
} from '../../src/data/dates.js';
import { collaboration } from '../time/fixtures.js';

describe('parsePartialDate', () => {
  it('reads the three precisions', () => {
    expect(parsePartialDate('2014')).to.deep.equal({ year: 2014 });
    expect(parsePartialDate('2016-03')).to.deep.equal({ year: 2016, month: 3 });
    expect(parsePartialDate('2016-03-02')).to.deep.equal({ year: 2016, month: 3, day: 2 });
    expect(parsePartialDate('2020-12-31')).to.deep.equal({ year: 2020, month: 12, day: 31 });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    expect(parsePartialDate('2023-02-29')).to.equal(null);
    expect(parsePartialDate('1900-02-29')).to.equal(null);
  });

  it('rejects dates that do not exist', () => {
    for (const text of ['2021-02-30', '2016-04-31', '2016-13', '2016-00', '2016-01-00', '2016-01-32']) {
      expect(parsePartialDate(text), text).to.equal(null);
    }
  });

  it('rejects other formats', () => {
    for (const text of [
      '2016-3',
      '16',
      '',
      '2016-03-2',
      ' 2016',
      '2016 ',
      '2016/03',
      '2016-03-02T10:00',
      '20160',
    ]) {
      expect(parsePartialDate(text), JSON.stringify(text)).to.equal(null);
    }
  });
});

describe('startOfPartialDate and endOfPartialDate', () => {
  it('cover a whole year, the end being exclusive', () => {
    expect(startOfPartialDate('2014')).to.equal(2014);
    expect(endOfPartialDate('2014')).to.equal(2015);
  });

  it('cover a month as a twelfth of the year', () => {
    expect(startOfPartialDate('2016-03')).to.be.closeTo(2016 + 2 / 12, 1e-12);
    expect(endOfPartialDate('2016-03')).to.be.closeTo(2016 + 3 / 12, 1e-12);
    expect(startOfPartialDate('2016-01')).to.equal(2016);
    expect(endOfPartialDate('2016-12')).to.be.closeTo(2017, 1e-12);
  });

  it('cover a day by its day of the year over the year length', () => {
    // 2016 is a leap year: 31 + 29 days precede 1 March, so 2 March is day index 61 of 366.
    expect(startOfPartialDate('2016-03-02')).to.be.closeTo(2016 + 61 / 366, 1e-12);
    expect(endOfPartialDate('2016-03-02')).to.be.closeTo(2016 + 62 / 366, 1e-12);
    // 2015 is not: 31 + 28 days, index 60 of 365.
    expect(startOfPartialDate('2015-03-02')).to.be.closeTo(2015 + 60 / 365, 1e-12);
    expect(endOfPartialDate('2015-03-02')).to.be.closeTo(2015 + 61 / 365, 1e-12);
  });

  it('give a leap day its own day', () => {
    expect(startOfPartialDate('2024-02-29')).to.be.closeTo(2024 + 59 / 366, 1e-12);
    expect(endOfPartialDate('2024-02-29')).to.be.closeTo(2024 + 60 / 366, 1e-12);
    expect(endOfPartialDate('2024-02-29')).to.be.closeTo(startOfPartialDate('2024-03-01'), 1e-12);
  });

  it('start the year on 1 January and end it on 31 December', () => {
    expect(startOfPartialDate('2016-01-01')).to.equal(2016);
    expect(endOfPartialDate('2016-12-31')).to.be.closeTo(2017, 1e-12);
  });

  it('throw on text that is not a date', () => {
    expect(() => startOfPartialDate('2021-02-30')).to.throw(RangeError);
    expect(() => endOfPartialDate('')).to.throw(RangeError);
    expect(() => yearOf('16')).to.throw(RangeError);
  });
});

describe('yearOf', () => {
  it('reads the year at any precision', () => {
    expect(yearOf('2014')).to.equal(2014);
    expect(yearOf('2016-03')).to.equal(2016);
    expect(yearOf('2019-12-31')).to.equal(2019);
  });
});

describe('isSpan', () => {
  it('is true only for span kinds', () => {
    expect(isSpan(collaboration('a', 'partnership', '2010', '2012'))).to.equal(true);
    expect(isSpan(collaboration('b', 'programme', '2010', '2012'))).to.equal(true);
    expect(isSpan(collaboration('c', 'conference', '2010-05-03', '2010-05-05'))).to.equal(false);
    expect(isSpan(collaboration('d', 'study', '2010'))).to.equal(false);
  });
});

describe('collaborationExtent', () => {
  it('runs from the start of start to the end of end', () => {
    const [from, to] = collaborationExtent(collaboration('a', 'partnership', '2010-03', '2012'));
    expect(from).to.be.closeTo(2010 + 2 / 12, 1e-12);
    expect(to).to.equal(2013);
  });

  it('covers an event without end by its own date', () => {
    expect(collaborationExtent(collaboration('a', 'study', '2014'))).to.deep.equal([2014, 2015]);
  });
});

describe('compareByStart', () => {
  it('orders by start, then end, then id', () => {
    const year = collaboration('year', 'study', '2014');
    const june = collaboration('june', 'study', '2014-06');
    const short = collaboration('short', 'partnership', '2010', '2011');
    const long = collaboration('long', 'partnership', '2010', '2015');
    const b = collaboration('b', 'conference', '2012-05-01');
    const a = collaboration('a', 'conference', '2012-05-01');
    const sorted = [june, long, b, year, a, short].sort(compareByStart).map((c) => c.id);
    expect(sorted).to.deep.equal(['short', 'long', 'a', 'b', 'year', 'june']);
  });

  it('gives the same order whatever the input order', () => {
    const list = [
      collaboration('x', 'study', '2014'),
      collaboration('y', 'study', '2014'),
      collaboration('z', 'study', '2013-12-31'),
    ];
    const forward = [...list].sort(compareByStart).map((c) => c.id);
    const backward = [...list]
      .reverse()
      .sort(compareByStart)
      .map((c) => c.id);
    expect(forward).to.deep.equal(['z', 'x', 'y']);
    expect(backward).to.deep.equal(forward);
  });
});

describe('activeYears and isActiveIn', () => {
  it('cover every calendar year a span touches', () => {
    const span = collaboration('a', 'partnership', '2010-03', '2013');
    expect(activeYears(span)).to.deep.equal([2010, 2013]);
    expect(isActiveIn(span, 2009)).to.equal(false);
    expect(isActiveIn(span, 2010)).to.equal(true);
    expect(isActiveIn(span, 2012)).to.equal(true);
    expect(isActiveIn(span, 2013)).to.equal(true);
    expect(isActiveIn(span, 2014)).to.equal(false);
  });

  it('cover only the year of a one-day event', () => {
    const event = collaboration('a', 'conference', '2016-11-28');
    expect(activeYears(event)).to.deep.equal([2016, 2016]);
    expect(isActiveIn(event, 2015)).to.equal(false);
    expect(isActiveIn(event, 2016)).to.equal(true);
    expect(isActiveIn(event, 2017)).to.equal(false);
  });

  it('cover both years of an event across New Year', () => {
    const event = collaboration('a', 'conference', '2019-12-30', '2020-01-02');
    expect(activeYears(event)).to.deep.equal([2019, 2020]);
    expect(isActiveIn(event, 2020)).to.equal(true);
    expect(isActiveIn(event, 2021)).to.equal(false);
  });

  it('count a record whose end comes before its start in its start year only', () => {
    const backwards = collaboration('a', 'conference', '2016', '2014');
    expect(activeYears(backwards)).to.deep.equal([2016, 2016]);
    expect([2014, 2015, 2016, 2017].map((year) => isActiveIn(backwards, year))).to.deep.equal([
      false,
      false,
      true,
      false,
    ]);
  });

  it('follow a record whose dates were edited after it was first read', () => {
    const record = collaboration('a', 'partnership', '2010', '2012');
    expect(isActiveIn(record, 2012)).to.equal(true);
    expect(collaborationExtent(record)).to.deep.equal([2010, 2013]);
    record.end = '2011';
    expect(isActiveIn(record, 2012)).to.equal(false);
    expect(collaborationExtent(record)).to.deep.equal([2010, 2012]);
    record.start = 'not a date';
    expect(() => collaborationExtent(record)).to.throw(RangeError);
    expect(() => isActiveIn(record, 2010)).to.throw(RangeError);
  });
});

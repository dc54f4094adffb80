import { expect } from '@open-wc/testing';
import { formatList, formatPartialDate, formatPeriod } from '../../src/i18n/format.js';
import { formatCount } from '../../src/i18n/messages.js';
import { takesSingular } from '../../src/i18n/plural.js';

/**
 * The first render writes dates, counts and plurals without Intl (its first use costs tens of
 * milliseconds). These tests hold those shortcuts to what Intl itself says, in the three
 * languages, so the shortcut can never drift from the platform's wording.
 */
const LANGUAGES = ['nl', 'fr', 'en'] as const;

const intlDate = (lang: string, year: number, month?: number, day?: number): string => {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
};

describe('formatPartialDate', () => {
  for (const lang of LANGUAGES) {
    it(`writes years, months and days as Intl.DateTimeFormat does in ${lang}`, () => {
      expect(formatPartialDate('2016', lang)).to.equal(intlDate(lang, 2016));
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        expect(formatPartialDate(`2016-${mm}`, lang), `${lang} ${mm}`).to.equal(intlDate(lang, 2016, month));
        for (const day of [1, 2, 9, 10, 28]) {
          const dd = String(day).padStart(2, '0');
          expect(formatPartialDate(`2019-${mm}-${dd}`, lang), `${lang} ${mm}-${dd}`).to.equal(
            intlDate(lang, 2019, month, day),
          );
        }
      }
    });
  }

  it('asks Intl for other languages, and leaves text that is not a date alone', () => {
    expect(formatPartialDate('2016-03', 'de')).to.equal(intlDate('de', 2016, 3));
    expect(formatPartialDate('March', 'en')).to.equal('March');
  });

  it('joins a period with a dash, or gives one date when both ends are the same', () => {
    expect(formatPeriod('2016-03', '2017', 'fr')).to.equal(`${intlDate('fr', 2016, 3)} – 2017`);
    expect(formatPeriod('2016', '2016', 'nl')).to.equal('2016');
  });
});

describe('formatCount and takesSingular', () => {
  for (const lang of LANGUAGES) {
    it(`count and singular agree with Intl in ${lang}, from 0 to 20,000`, () => {
      const numbers = new Intl.NumberFormat(lang);
      const rules = new Intl.PluralRules(lang);
      for (let count = 0; count <= 20000; count += count < 1100 ? 1 : 997) {
        expect(formatCount(lang, count), `${lang} ${count}`).to.equal(numbers.format(count));
        expect(takesSingular(lang, count), `${lang} ${count}`).to.equal(rules.select(count) === 'one');
      }
      expect(takesSingular(lang, 1.5)).to.equal(rules.select(1.5) === 'one');
    });
  }
});

describe('formatList', () => {
  const names = ['MLOZ', 'Louvain Coopération', 'Solidarité Socialiste', 'WSM', 'ANMC'];
  for (const lang of [...LANGUAGES, 'de']) {
    it(`joins 0 to 5 names as Intl.ListFormat does in ${lang}`, () => {
      const lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
      for (let length = 0; length <= names.length; length++) {
        const items = names.slice(0, length);
        expect(formatList(items, lang), `${lang} ${length}`).to.equal(lists.format(items));
      }
    });
  }
});

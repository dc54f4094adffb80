import { expect } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import { applyAttributes, readPageParams, type PageAttributes } from '../../src/pages/params.js';

/** The limits the pages use: the dataset's own period. */
const limits = { firstYear: bundled.period.start, lastYear: bundled.period.end };

function read(search: string, hash = ''): Record<string, string | null> {
  return Object.fromEntries(readPageParams(search, hash, limits));
}

describe('page parameters (src/pages/params.ts)', () => {
  it('reads every option the explorer takes', () => {
    expect(
      read(
        '?lang=fr&year=2016&selected=dakar-2022&partners=mloz+lc&group-by=partner&view=table' +
          '&presentation&autoplay=1&sync-url=true&interval=2.5&idle-reset=60',
      ),
    ).to.deep.equal({
      lang: 'fr',
      year: '2016',
      selected: 'dakar-2022',
      partners: 'mloz lc',
      'group-by': 'partner',
      view: 'table',
      presentation: '',
      autoplay: '',
      'sync-url': '',
      interval: '2.5',
      'idle-reset': '60',
    });
  });

  it('takes a boolean without a value as on, 0/false/no/off as off, anything else not at all', () => {
    expect(read('?presentation&autoplay')).to.deep.equal({ presentation: '', autoplay: '' });
    for (const off of ['0', 'false', 'FALSE', 'no', 'off']) {
      expect(read(`?autoplay=${off}`), off).to.deep.equal({ autoplay: null });
    }
    expect(read('?autoplay=maybe&presentation=2')).to.deep.equal({});
  });

  it('parses numbers strictly', () => {
    for (const bad of [
      '',
      ' 8',
      '8 ',
      '+8',
      '-8',
      '0x10',
      '1e3',
      '8s',
      'NaN',
      'Infinity',
      '8.',
      '.5',
      '0',
      '3601',
    ]) {
      expect(read(`?interval=${encodeURIComponent(bad)}`), JSON.stringify(bad)).to.deep.equal({});
    }
    expect(read('?interval=08&idle-reset=120')).to.deep.equal({ interval: '8', 'idle-reset': '120' });
    expect(read('?idle-reset=4')).to.deep.equal({});
  });

  it("takes years of the dataset's period only, as four digits", () => {
    const { start, end } = bundled.period;
    expect(read(`?year=${start}`)).to.deep.equal({ year: String(start) });
    expect(read(`?year=${end}`)).to.deep.equal({ year: String(end) });
    for (const bad of [String(start - 1), String(end + 1), '2016.0', '2016 ', '02016', '2e3', '']) {
      expect(read(`?year=${encodeURIComponent(bad)}`), bad).to.deep.equal({});
    }
  });

  it('takes the three languages, with a region, and nothing else', () => {
    expect(read('?lang=NL')).to.deep.equal({ lang: 'nl' });
    expect(read('?lang=fr-be')).to.deep.equal({ lang: 'fr-BE' });
    for (const bad of ['de', 'english', 'fr_BE', 'fr-', 'fr-Latn-BE', '"><b>', '']) {
      expect(read(`?lang=${encodeURIComponent(bad)}`), bad).to.deep.equal({});
    }
  });

  it('takes ids of the shape the dataset uses, and refuses markup', () => {
    // Every id of the dataset passes as it is.
    for (const { id } of [...bundled.countries, ...bundled.collaborations]) {
      expect(read(`?selected=${encodeURIComponent(id)}`), id).to.deep.equal({ selected: id });
    }
    expect(read(`?partners=${bundled.organisations.map((o) => o.id).join(',')}`)).to.deep.equal({
      partners: bundled.organisations.map((o) => o.id).join(' '),
    });
    for (const bad of ['<img src=x onerror=alert(1)>', 'BEN"', 'a b', '-x', 'x'.repeat(81)]) {
      expect(read(`?selected=${encodeURIComponent(bad)}`), bad).to.deep.equal({});
    }
    // One bad id spoils the list; an empty list means every partner.
    expect(read('?partners=mloz+<b>')).to.deep.equal({});
    expect(read('?partners=')).to.deep.equal({ partners: null });
  });

  it('takes enumerations as written', () => {
    expect(read('?group-by=kind&view=visual')).to.deep.equal({ 'group-by': 'kind', view: 'visual' });
    expect(read('?group-by=Kind&view=map')).to.deep.equal({});
  });

  it('ignores names it does not know, including ones that look like attributes', () => {
    expect(read('?onload=alert(1)&style=x&src=http://x&data=1&timeout=1&__proto__=1&lang=nl')).to.deep.equal({
      lang: 'nl',
    });
  });

  it('reads the hash like the query; the hash wins, and a later repeat wins', () => {
    expect(read('', '#lang=fr&presentation')).to.deep.equal({ lang: 'fr', presentation: '' });
    expect(read('?lang=fr&year=2010', '#lang=nl')).to.deep.equal({ lang: 'nl', year: '2010' });
    expect(read('?lang=fr&lang=en')).to.deep.equal({ lang: 'en' });
    // A bad later value does not undo a good earlier one.
    expect(read('?lang=fr', '#lang=xx')).to.deep.equal({ lang: 'fr' });
    // A plain anchor is not an option.
    expect(read('', '#top')).to.deep.equal({});
  });

  it('leaves out the parameters a page does not take', () => {
    expect(
      Object.fromEntries(readPageParams('?sync-url&lang=fr', '#sync-url=1', limits, ['sync-url'])),
    ).to.deep.equal({ lang: 'fr' });
  });

  it('sets attributes as text and removes the ones switched off', () => {
    const element = document.createElement('div');
    element.setAttribute('autoplay', '');
    const attributes: PageAttributes = new Map([
      ['selected', 'BEN'],
      ['autoplay', null],
      ['presentation', ''],
    ]);
    applyAttributes(element, attributes);
    expect(element.getAttribute('selected')).to.equal('BEN');
    expect(element.hasAttribute('autoplay')).to.equal(false);
    expect(element.getAttribute('presentation')).to.equal('');
    expect(element.childNodes).to.have.length(0);
  });
});

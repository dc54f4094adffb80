import { expect } from '@open-wc/testing';
import { csvParse, csvParseRows, dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import bundled from '../../data/partnerships.json';
import {
  CSV_FILES,
  datasetFromCsv,
  datasetToCsv,
  formatCsvProblem,
  type CsvProblem,
  type CsvReadResult,
} from '../../src/data/csv.js';
import type { Dataset } from '../../src/data/types.js';
import { datasetArbitrary } from '../fixtures/csv/generated-dataset.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const shipped = (): Dataset => structuredClone(bundled) as unknown as Dataset;
const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

function problemsOf(result: CsvReadResult): CsvProblem[] {
  if (result.ok) throw new Error('expected problems, got a valid dataset');
  return result.problems;
}

/** Edits one cell, found by row index (0 = first row of values) and column name, through d3-dsv. */
function editCell(text: string, rowIndex: number, column: string, value: string): string {
  const rows = csvParseRows(withoutBom(text));
  const at = rows[0]!.indexOf(column);
  expect(at, `column ${column}`).to.be.at.least(0);
  rows[rowIndex + 1]![at] = value;
  return rows
    .map((row) =>
      row.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
    )
    .join('\n');
}

describe('datasetToCsv', () => {
  it('writes one file per table, each opening with a byte order mark for Excel', () => {
    const files = datasetToCsv(shipped());
    expect(Object.keys(files).sort()).to.deep.equal([...CSV_FILES].sort());
    for (const text of Object.values(files)) expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(datasetToCsv(shipped(), { bom: false })['sources.csv'].startsWith('id,title,')).to.equal(true);
  });

  it('gives the collaborations table the columns DATA.md documents, one per language', () => {
    const header = csvParseRows(withoutBom(datasetToCsv(shipped())['collaborations.csv']))[0];
    expect(header).to.deep.equal([
      'id',
      'kind',
      'start',
      'end',
      'partners',
      'countries',
      'countries_confidence',
      'venue_city_nl',
      'venue_city_fr',
      'venue_city_en',
      'venue_country',
      'venue_longitude',
      'venue_latitude',
      'venue_sources',
      'title_nl',
      'title_fr',
      'title_en',
      'summary_nl',
      'summary_fr',
      'summary_en',
      'sources',
      'confidence',
      'note_nl',
      'note_fr',
      'note_en',
    ]);
  });

  it('puts one record per row, lists in one cell separated by ";", and the texts of each language', () => {
    const dataset = shipped();
    const rows = csvParse(withoutBom(datasetToCsv(dataset)['collaborations.csv']));
    expect(rows).to.have.length(dataset.collaborations.length);
    dataset.collaborations.forEach((collaboration, index) => {
      const row = rows[index]!;
      expect(row.id).to.equal(collaboration.id);
      expect(row.partners!.split(';').map((id) => id.trim())).to.deep.equal(collaboration.partners);
      expect(row.title_fr).to.equal(collaboration.title.fr);
      expect(row.end).to.equal(collaboration.end ?? '');
    });
    const partners = csvParse(withoutBom(datasetToCsv(dataset)['country-partners.csv']));
    const expected = dataset.countries.flatMap((country) =>
      (country.partners ?? []).map((p) => [country.id, p.organisation]),
    );
    expect(partners.map((row) => [row.country, row.organisation])).to.deep.equal(expected);
  });

  it('adds a column for a language some texts have, after nl, fr and en', () => {
    const dataset = smallDataset();
    dataset.collaborations[1]!.title.de = 'Zusammenarbeit';
    dataset.collaborations[2]!.title.sw = 'Ushirikiano';
    const [header, ...rows] = csvParseRows(withoutBom(datasetToCsv(dataset)['collaborations.csv']));
    const titles = header!.filter((name) => name.startsWith('title_'));
    expect(titles).to.deep.equal(['title_nl', 'title_fr', 'title_en', 'title_de', 'title_sw']);
    const de = header!.indexOf('title_de');
    expect(rows.map((row) => row[de])).to.deep.equal(['', 'Zusammenarbeit', '', '']);
  });

  it('quotes cells with commas, quotes and line breaks as RFC 4180 says', () => {
    const dataset = smallDataset();
    dataset.collaborations[0]!.summary.en = 'He said "yes", then\nleft';
    const text = datasetToCsv(dataset)['collaborations.csv'];
    expect(text).to.contain('"He said ""yes"", then\nleft"');
  });
});

describe('datasetFromCsv', () => {
  it('gives back the shipped dataset exactly', () => {
    const result = datasetFromCsv(datasetToCsv(shipped()));
    expect(result.ok).to.equal(true);
    expect(result.ok && result.dataset).to.deep.equal(shipped());
  });

  it('gives back generated datasets exactly (fast-check, seeded)', function () {
    // chai's deep equality is slow on these texts; Node's tests run 300 more cases.
    this.timeout(60000);
    fc.assert(
      fc.property(datasetArbitrary(), (dataset) => {
        const result = datasetFromCsv(datasetToCsv(dataset));
        expect(result.ok, result.ok ? '' : JSON.stringify(result.problems)).to.equal(true);
        expect(result.ok && result.dataset).to.deep.equal(dataset);
      }),
      { seed: 1234, numRuns: 60 },
    );
  });

  it('gives back an empty partners list as an empty list, and no list as none', () => {
    const dataset = shipped();
    dataset.countries[0]!.partners = [];
    delete dataset.countries[1]!.partners;
    const files = datasetToCsv(dataset);
    const rows = csvParse(withoutBom(files['countries.csv']));
    expect(rows[0]!.partners).to.equal('none');
    expect(rows[1]!.partners).to.equal('');
    const result = datasetFromCsv(files);
    expect(result.ok).to.equal(true);
    const back = result.ok ? result.dataset : null;
    expect(back?.countries[0]).to.have.property('partners').that.deep.equals([]);
    expect(back?.countries[1]).not.to.have.property('partners');
    expect(back).to.deep.equal(dataset);
    // Without any empty list, the column is not written at all.
    expect(csvParseRows(withoutBom(datasetToCsv(shipped())['countries.csv']))[0]).not.to.include('partners');
  });

  it('refuses a country marked none that has partners, and a partners cell that is not none', () => {
    const dataset = shipped();
    dataset.countries[0]!.partners = [];
    const files = datasetToCsv(dataset);
    const benin = dataset.countries[0]!.id;
    const conflicting = {
      ...files,
      'country-partners.csv': `${files['country-partners.csv'].trimEnd()}
${benin},mloz,report-2021,report,,,
`,
    };
    const [conflict] = problemsOf(datasetFromCsv(conflicting));
    expect(conflict).to.include({ file: 'countries.csv', row: 2, column: 'partners' });
    expect(conflict!.message).to.match(/says "none", but country-partners.csv lists a partner/);
    const wrongWord = {
      ...files,
      'countries.csv': editCell(files['countries.csv'], 0, 'partners', 'nobody'),
    };
    const [word] = problemsOf(datasetFromCsv(wrongWord));
    expect(word).to.include({ file: 'countries.csv', row: 2, column: 'partners' });
    expect(word!.message).to.contain('expected "none"');
  });

  it('keeps -0 and long decimals of coordinates', () => {
    const dataset = smallDataset();
    const venue = {
      city: { nl: 'X', fr: 'X', en: 'X' },
      country: 'CIV',
      coordinates: [-0, 5.123456789012345] as [number, number],
    };
    dataset.collaborations[0]!.venue = venue;
    const result = datasetFromCsv(datasetToCsv(dataset));
    const coordinates = result.ok ? result.dataset.collaborations[0]!.venue!.coordinates : [];
    expect(Object.is(coordinates[0], -0)).to.equal(true);
    expect(coordinates[1]).to.equal(5.123456789012345);
  });

  it('reads files a spreadsheet saved with ";" between cells, CRLF line ends, no BOM and decimal commas', () => {
    const dataset = smallDataset();
    dataset.collaborations[0]!.venue = {
      city: { nl: 'C', fr: 'C', en: 'C' },
      country: 'BEN',
      coordinates: [2.42, 6.37],
    };
    const semicolon = dsvFormat(';');
    const files = Object.fromEntries(
      Object.entries(datasetToCsv(dataset)).map(([name, text]) => {
        const rows = csvParseRows(withoutBom(text)).map((row) =>
          row.map((cell) => cell.replace(/^(-?\d+)\.(\d+)$/, '$1,$2')),
        );
        return [name, semicolon.formatRows(rows).replace(/\n/g, '\r\n')];
      }),
    );
    expect(files['collaborations.csv']).to.contain('2,42;6,37');
    const result = datasetFromCsv(files);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    expect(result.ok && result.dataset).to.deep.equal(dataset);
  });

  it('skips empty rows and unnamed empty columns, and reads short rows', () => {
    const dataset = smallDataset();
    const files = datasetToCsv(dataset, { bom: false });
    const lines = files['sources.csv'].trimEnd().split('\n');
    // An empty column at the end, an empty row in the middle, a row cut short after its last value.
    const padded = [`${lines[0]},`, `${lines[1]},`, ',,,,,,', lines[2]!.replace(/,+$/, '')];
    files['sources.csv'] = `${padded.join('\n')}\n\n`;
    const result = datasetFromCsv(files);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    expect(result.ok && result.dataset.sources).to.deep.equal(dataset.sources);
  });

  describe('locates each problem by file, row and column', () => {
    const files = (): Record<string, string> => datasetToCsv(smallDataset());

    it('a date out of the period: the cell it was read from', () => {
      const input = files();
      input['collaborations.csv'] = editCell(input['collaborations.csv']!, 2, 'start', '2031');
      const [problem, ...rest] = problemsOf(datasetFromCsv(input));
      expect(rest).to.have.length(0);
      expect(problem).to.include({ file: 'collaborations.csv', row: 4, column: 'start' });
      expect(problem!.message).to.contain('"2031"');
      expect(formatCsvProblem(problem!)).to.match(/^collaborations\.csv, row 4, column start: expected /);
    });

    it('a missing translation, an unknown id in a list, a duplicate id, a bad period', () => {
      const input = files();
      input['organisations.csv'] = editCell(input['organisations.csv']!, 1, 'name_fr', '');
      input['collaborations.csv'] = editCell(input['collaborations.csv']!, 0, 'partners', 'ins; nobody');
      input['sources.csv'] = editCell(input['sources.csv']!, 1, 'id', 'report');
      input['dataset.csv'] = editCell(input['dataset.csv']!, 0, 'period_end', '2001');
      const schemaProblems = problemsOf(datasetFromCsv(input));
      // Schema problems are reported first; the missing name is one of them.
      expect(schemaProblems).to.deep.include({
        file: 'organisations.csv',
        row: 3,
        column: 'name_fr',
        message: 'required field is missing',
      });

      input['organisations.csv'] = files()['organisations.csv']!;
      const problems = problemsOf(datasetFromCsv(input));
      const places = problems.map(({ file, row, column }) => `${file} ${row} ${column}`);
      expect(places).to.include('collaborations.csv 2 partners');
      expect(places).to.include('sources.csv 3 id');
      expect(places).to.include('dataset.csv 2 period_end');
    });

    it('a venue with a longitude but no latitude, or a longitude that is not a number', () => {
      const input = files();
      input['collaborations.csv'] = editCell(input['collaborations.csv']!, 0, 'venue_longitude', '2.4');
      expect(problemsOf(datasetFromCsv(input))).to.deep.include({
        file: 'collaborations.csv',
        row: 2,
        column: 'venue_latitude',
        message: 'empty while venue_longitude is filled: give both or neither',
      });
      input['collaborations.csv'] = editCell(input['collaborations.csv']!, 0, 'venue_latitude', 'north');
      const problems = problemsOf(datasetFromCsv(input));
      const latitude = problems.find((problem) => problem.column === 'venue_latitude');
      expect(latitude, JSON.stringify(problems)).to.include({ file: 'collaborations.csv', row: 2 });
      expect(latitude!.message).to.contain('"north"');
    });

    it('a partner row of a country that does not exist, and an unknown organisation in a partner row', () => {
      const dataset = smallDataset();
      dataset.countries[0]!.partners = [{ organisation: 'ngo', sources: ['web'], confidence: 'confirmed' }];
      const input = datasetToCsv(dataset);
      const unknownCountry = {
        ...input,
        'country-partners.csv': editCell(input['country-partners.csv']!, 0, 'country', 'XYZ'),
      };
      expect(problemsOf(datasetFromCsv(unknownCountry))).to.deep.equal([
        {
          file: 'country-partners.csv',
          row: 2,
          column: 'country',
          message: 'no country "XYZ" in countries.csv',
        },
      ]);
      const unknownOrganisation = {
        ...input,
        'country-partners.csv': editCell(input['country-partners.csv']!, 0, 'organisation', 'nobody'),
      };
      const [problem] = problemsOf(datasetFromCsv(unknownOrganisation));
      expect(problem).to.include({ file: 'country-partners.csv', row: 2, column: 'organisation' });
    });

    it('header problems: unknown, missing and repeated columns, values outside the columns', () => {
      const input = files();
      input['sources.csv'] = input['sources.csv']!.replace('publisher', 'publsher');
      input['countries.csv'] = input['countries.csv']!.replace('masmut,', 'masmut,masmut,');
      input['organisations.csv'] = `${input['organisations.csv']!.trimEnd()},extra\n`;
      const problems = problemsOf(datasetFromCsv(input));
      const found = (file: string, column: string) =>
        problems.find((p) => p.file === file && p.column === column);
      expect(found('sources.csv', 'publsher')?.message).to.match(
        /^unknown column; the columns are id, title, title_is_description, lang, publisher/,
      );
      expect(found('sources.csv', 'publisher')).to.include({
        row: 1,
        message: 'missing column: add it to the header row',
      });
      expect(found('countries.csv', 'masmut')).to.include({
        row: 1,
        message: 'this column appears twice; keep one',
      });
      expect(found('organisations.csv', 'number 17')).to.include({
        message: 'a value outside the named columns',
      });
    });

    it('missing or empty files, and a second row in dataset.csv', () => {
      const input: Record<string, string | undefined> = files();
      delete input['countries.csv'];
      input['collaborations.csv'] = '';
      input['dataset.csv'] = `${input['dataset.csv']!.trimEnd()}\n${input['dataset.csv']!.split('\n')[1]}\n`;
      const problems = problemsOf(datasetFromCsv(input));
      expect(problems).to.deep.include({
        file: 'countries.csv',
        row: null,
        column: null,
        message: 'missing file',
      });
      expect(problems.find((p) => p.file === 'collaborations.csv')).to.include({ row: 1 });
      expect(problems).to.deep.include({
        file: 'dataset.csv',
        row: 3,
        column: null,
        message: 'only one row of values is read; remove this one',
      });
    });
  });
});

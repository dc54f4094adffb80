import { expect } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import type { Dataset } from '../../src/data/types.js';
import { waitFor } from '../support/dom.js';

/**
 * The live preview page (`demo/preview.html`) in an iframe, driven as a person would:
 * text typed into the box, files dropped on the page. The expected values come from the
 * input put in, never from the page's own code.
 */
describe('demo/preview.html', function () {
  this.timeout(60000);
  let frame: HTMLIFrameElement;
  let page: Document;
  let source: HTMLTextAreaElement;

  const explorerRoot = (): ShadowRoot => page.querySelector('partnership-explorer')!.shadowRoot!;
  const heading = (): string | undefined => explorerRoot().querySelector('h2')?.textContent?.trim();
  const timelineItems = (): number =>
    explorerRoot().querySelector('partnership-timeline')?.shadowRoot?.querySelectorAll('[role="option"]')
      .length ?? -1;
  const problems = (): string[] =>
    [...page.querySelectorAll('#problems li')].map((item) => item.textContent ?? '');
  const status = (): string => page.getElementById('status')!.textContent ?? '';

  function type(text: string): void {
    source.value = text;
    source.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function drop(files: File[]): void {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    page.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }

  const dataset = (): Dataset => structuredClone(bundled) as unknown as Dataset;

  before(async () => {
    // Not open-wc's fixture: it removes the iframe after each test, and these share one page.
    frame = document.createElement('iframe');
    frame.src = '/demo/preview.html';
    frame.style.cssText = 'width: 1300px; height: 1000px';
    document.body.append(frame);
    // The iframe starts on about:blank; wait for the page's own box, filled by its script.
    source = await waitFor(() => {
      const box = frame.contentDocument?.getElementById('source') as HTMLTextAreaElement | null | undefined;
      return box && box.value.length > 0 ? box : null;
    }, 30000);
    page = frame.contentDocument!;
    await waitFor(() => page.querySelector('partnership-explorer')?.shadowRoot?.querySelector('h2'), 30000);
  });

  after(() => frame.remove());

  it('starts with the bundled dataset, valid, in the box and in the explorer', () => {
    expect(JSON.parse(source.value)).to.deep.equal(bundled);
    expect(heading()).to.equal(dataset().title.en);
    expect(status()).to.contain('Valid');
    expect(problems()).to.deep.equal([]);
  });

  it('updates the explorer when a valid dataset is typed in', async () => {
    const edited = dataset();
    edited.title.en = 'Preview test: three collaborations';
    edited.collaborations = edited.collaborations.slice(0, 3);
    type(JSON.stringify(edited, null, 2));
    await waitFor(() => heading() === 'Preview test: three collaborations');
    await waitFor(() => timelineItems() === 3);
    expect(problems()).to.deep.equal([]);
    expect(status()).to.contain(`${edited.sources.length} sources`).and.contain('3 collaborations');
  });

  it('lists a JSON syntax error by line and column and keeps the last valid preview', async () => {
    type('{\n  "version": 1,\n  "title": }\n');
    await waitFor(() => problems()[0]?.includes('not valid JSON'));
    expect(problems()).to.have.length(1);
    expect(problems()[0]).to.match(/^line 3, column 12/);
    expect(problems()[0]).to.contain('not valid JSON');
    expect(status()).to.contain('1 problem');
    expect(heading()).to.equal('Preview test: three collaborations');
  });

  it('lists schema problems with their line, pointer and record, and jumps to the line on click', async () => {
    const edited = dataset();
    edited.collaborations[1]!.start = '2031';
    const text = JSON.stringify(edited, null, 2);
    type(text);
    // Wait for this input's problem, not the one the previous test left.
    await waitFor(() => problems()[0]?.includes('/collaborations/1/start'));
    expect(problems()).to.have.length(1);
    const offset = text.indexOf('"start": "2031"');
    const line = text.slice(0, offset).split('\n').length;
    const column = offset - text.lastIndexOf('\n', offset - 1);
    const [problem] = problems();
    expect(problem).to.match(new RegExp(`^line ${line}, column ${column} /collaborations/1/start`));
    expect(problem).to.contain(`collaboration "${edited.collaborations[1]!.id}", field start`);
    (page.querySelector('#problems li button') as HTMLButtonElement).click();
    expect(page.activeElement).to.equal(source);
    expect(source.selectionStart).to.equal(offset);
  });

  it('previews dropped CSV tables, taking the others from the dataset shown', async () => {
    type(JSON.stringify(dataset()));
    await waitFor(() => problems().length === 0 && timelineItems() === dataset().collaborations.length);
    // Written by hand, as a spreadsheet would save it: two collaborations.
    const csv = [
      'id,kind,start,end,partners,countries,title_nl,title_fr,title_en,summary_nl,summary_fr,summary_en,sources,confidence',
      'dropped-one,conference,2019-05,,mloz; lc,BEN,Een,Un,Dropped one,Samenvatting,Résumé,Summary,report-2021,report',
      '"dropped-two",study,2020,,aim,,Twee,Deux,"Dropped two, with a comma",S,R,S,report-2021,inferred',
    ].join('\r\n');
    drop([new File([csv], 'collaborations.csv', { type: 'text/csv' })]);
    await waitFor(() => timelineItems() === 2);
    expect(status()).to.contain('Read collaborations.csv').and.contain('2 collaborations');
    const shown = JSON.parse(source.value) as Dataset;
    expect(shown.collaborations.map((c) => c.id)).to.deep.equal(['dropped-one', 'dropped-two']);
    expect(shown.collaborations[0]!.partners).to.deep.equal(['mloz', 'lc']);
    expect(shown.sources).to.deep.equal(dataset().sources);
  });

  it('locates problems in dropped CSV by file, row and column', async () => {
    const csv = [
      'id,kind,start,partners,countries,title_nl,title_fr,title_en,summary_nl,summary_fr,summary_en,sources,confidence',
      'fine-one,conference,2019,mloz,,A,A,A,S,S,S,report-2021,report',
      'late-one,conference,2031,mloz,,B,B,B,S,S,S,report-2021,report',
    ].join('\n');
    drop([new File([csv], 'collaborations (2).csv')]);
    await waitFor(() => problems()[0]?.startsWith('collaborations.csv'));
    expect(problems()).to.have.length(1);
    expect(problems()[0]).to.match(/^collaborations\.csv, row 3, column start: expected a date between/);
    expect(timelineItems()).to.equal(2);

    drop([new File(['x'], 'notes.txt'), new File(['y'], 'sources.csv')]);
    await waitFor(() => problems().some((problem) => problem.startsWith('notes.txt')));
  });

  it('switches the explorer language', async () => {
    type(JSON.stringify(dataset()));
    await waitFor(() => problems().length === 0 && heading() === dataset().title.en);
    (page.querySelector('[data-lang="fr"]') as HTMLButtonElement).click();
    await waitFor(() => heading() === dataset().title.fr);
  });

  it('sends nothing anywhere: every request is a same-origin script or style of the page', () => {
    const entries = frame.contentWindow!.performance.getEntriesByType(
      'resource',
    ) as PerformanceResourceTiming[];
    expect(entries.length).to.be.greaterThan(0);
    for (const entry of entries) {
      expect(new URL(entry.name).origin, entry.name).to.equal(location.origin);
      expect(['script', 'link', 'other', 'css'], `${entry.name}: ${entry.initiatorType}`).to.include(
        entry.initiatorType,
      );
    }
  });
});

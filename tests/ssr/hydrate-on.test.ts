import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { click, press, waitFor } from '../support/dom.js';
import { explorerOf as explorerIn, openPrerendered } from '../support/prerendered-page.js';

/*
 * `partnership-data render --hydrate-on interaction`: the prerendered explorer whose script
 * leaves it as the server drew it until the reader comes to it (points at it, focuses it) or
 * the page sets one of its properties. What the reader did meanwhile is done once it answers.
 */
type Explorer = HTMLElement & {
  selected: string | null;
  autoplay: boolean;
  hydrating?: boolean;
  updateComplete: Promise<boolean>;
};

const openPage = (query = '') => openPrerendered(`lang=en&hydrate-on=interaction&${query}`);
const explorerOf = (frame: HTMLIFrameElement) => explorerIn<Explorer>(frame);

const mapOf = (explorer: Explorer) => explorer.shadowRoot!.querySelector<Explorer>('partnership-map')!;

/** Adds the built bundle, and waits until it has defined the elements (not until they hydrate). */
async function addScript(frame: HTMLIFrameElement): Promise<Explorer> {
  const win = frame.contentWindow! as Window & typeof globalThis;
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/dist/partnership-widgets.js';
  frame.contentDocument!.body.append(script);
  await waitFor(() => win.customElements.get('partnership-explorer'), 8000);
  return explorerOf(frame)!;
}

/**
 * Waits until the explorer listens for the reader: its waiting code is a chunk that loads
 * after the bundle, and what comes before it is not held (see the README).
 */
async function listening(frame: HTMLIFrameElement): Promise<void> {
  await waitFor(() => fetched(frame, 'hydrate-on-controller-'), 8000);
  const win = frame.contentWindow!;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

/** Whether the page fetched a chunk whose name starts so (`hydration-`). */
const fetched = (frame: HTMLIFrameElement, chunk: string) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .some(({ name }) => name.includes(`/chunks/${chunk}`));

const hydrated = (explorer: Explorer) => explorer.hydrating === false && mapOf(explorer).hydrating === false;

/** The selections the page heard, as `partnership-select` events. */
function selections(explorer: Explorer): (string | null)[] {
  const heard: (string | null)[] = [];
  explorer.addEventListener('partnership-select', (event) => {
    heard.push((event as CustomEvent<{ id: string } | null>).detail?.id ?? null);
  });
  return heard;
}

describe('hydrate-on="interaction"', () => {
  before(() => setViewport({ width: 1000, height: 950 }));
  afterEach(() => resetMouse());

  it('leaves the drawing as it is while nobody comes, its hydration fetched and ready', async () => {
    const frame = await openPage();
    const explorer = await addScript(frame);
    expect(explorer.getAttribute('hydrate-on')).to.equal('interaction');
    // Long enough for the whole hydration, which takes well under a second here.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(explorer.hydrating, 'explorer still as drawn').to.equal(true);
    expect(mapOf(explorer).hasAttribute('defer-hydration'), 'map still deferred').to.equal(true);
    // Fetched meanwhile, so that the reader who comes waits for the hydration, not the network.
    expect(fetched(frame, 'hydration-'), 'hydration code fetched').to.equal(true);
  });

  it('hydrates when the reader points at it', async () => {
    const frame = await openPage();
    const explorer = await addScript(frame);
    const benin = mapOf(explorer).shadowRoot!.querySelector<SVGElement>('[data-country="BEN"]')!;
    const box = benin.getBoundingClientRect();
    const origin = frame.getBoundingClientRect();
    await listening(frame);
    expect(explorer.hydrating).to.equal(true);
    await sendMouse({
      type: 'move',
      position: [
        Math.round(origin.left + box.left + box.width / 2),
        Math.round(origin.top + box.top + box.height / 2),
      ],
    });
    await waitFor(() => hydrated(explorer), 8000);
  });

  it('does a click that came before it answered, once, on the same node', async () => {
    const frame = await openPage();
    const explorer = await addScript(frame);
    await listening(frame);
    const heard = selections(explorer);
    const benin = () => mapOf(explorer).shadowRoot!.querySelector<SVGElement>('[data-country="BEN"]')!;
    const before = benin();
    // In one task: the click comes before any of the hydration has run.
    click(before);
    expect(explorer.hydrating, 'not hydrated yet when clicked').to.equal(true);
    await waitFor(() => hydrated(explorer), 8000);
    await waitFor(() => explorer.selected === 'BEN', 4000);
    expect(benin(), 'the same node, hydrated').to.equal(before);
    // Long enough for a second answer, were the click done twice.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard, 'the click done once').to.deep.equal(['BEN']);
  });

  it('hydrates when focus moves into it, and then answers the keys pressed meanwhile', async () => {
    const frame = await openPage();
    const explorer = await addScript(frame);
    await listening(frame);
    const timeline = explorer.shadowRoot!.querySelector<Explorer>('partnership-timeline')!;
    const item = timeline.shadowRoot!.querySelector<SVGGElement>('g[data-id][tabindex="0"]')!;
    item.focus();
    press(item, 'Enter');
    expect(explorer.hydrating, 'not hydrated yet when the key was pressed').to.equal(true);
    await waitFor(() => hydrated(explorer), 8000);
    await waitFor(() => explorer.selected === item.dataset['id'], 4000);
  });

  it('hydrates when the page sets a property, and shows it', async () => {
    const frame = await openPage();
    const explorer = await addScript(frame);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(explorer.hydrating).to.equal(true);
    explorer.selected = 'TGO';
    await waitFor(() => hydrated(explorer), 8000);
    await explorer.updateComplete;
    await waitFor(() => explorer.shadowRoot!.querySelector('#details-title')?.textContent?.includes('Togo'));
  });

  it('hydrates for a property set as the bundle runs, before its waiting code has loaded', async () => {
    const frame = await openPage();
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.textContent = `
      await import('/dist/partnership-widgets.js');
      document.querySelector('partnership-explorer').selected = 'SEN';`;
    frame.contentDocument!.body.append(script);
    await waitFor(() => frame.contentWindow!.customElements.get('partnership-explorer'), 8000);
    const explorer = explorerOf(frame)!;
    await waitFor(() => hydrated(explorer), 8000);
    await waitFor(() =>
      explorer.shadowRoot!.querySelector('#details-title')?.textContent?.includes('Senegal'),
    );
  });

  it('hydrates at once a show that plays by itself', async () => {
    const frame = await openPage();
    explorerOf(frame)!.setAttribute('autoplay', '');
    const explorer = await addScript(frame);
    await waitFor(() => hydrated(explorer), 8000);
    await waitFor(() => explorer.selected !== null, 4000);
  });
});

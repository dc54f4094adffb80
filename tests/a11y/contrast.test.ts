import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { ExplorerPage } from '../support/explorer-page.js';
import { MapPage } from '../support/map-page.js';

/** WCAG 2.x relative luminance of an `rgb(…)` colour as the browser computes it. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Resolves a theme custom property to the colour the browser would paint. */
function resolve(host: Element, property: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${property})`;
  host.shadowRoot!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

async function defaultTheme(): Promise<Element> {
  return (await MapPage.render()).element;
}

/** The map inside an explorer in presentation mode takes the projector theme. */
async function presentationTheme(): Promise<Element> {
  const explorer = await ExplorerPage.render(
    html`<partnership-explorer presentation></partnership-explorer>`,
    {
      until: 'mounted',
    },
  );
  return (await explorer.map.whenDrawn()).element;
}

describe('theme contrast', () => {
  for (const [theme, render] of [
    ['default', defaultTheme],
    ['presentation', presentationTheme],
  ] as const) {
    it(`keeps text at 4.5:1 and shapes at 3:1 against what they sit on (${theme} theme)`, async () => {
      const map = await render();
      const c = (name: string) => resolve(map, `--pw-color-${name}`);
      const textPairs: [string, string][] = [
        ['text', 'background'],
        ['text', 'surface'],
        ['text-muted', 'background'],
        ['text-muted', 'surface'],
        ['accent', 'background'],
        ['accent', 'surface'],
        ['accent-text', 'accent'],
        ['accent-text', 'span'],
        ['inferred', 'background'],
        ['inferred', 'surface'],
        ['focus', 'background'],
        ['background', 'text'],
        ['text', 'land'],
        ['text-muted', 'dim-fill'],
      ];
      for (const [foreground, background] of textPairs) {
        expect(contrast(c(foreground), c(background)), `${foreground} on ${background}`).to.be.at.least(4.5);
      }
      const shapePairs: [string, string][] = [
        ['country-outline', 'land'],
        ['country-outline', 'country-low'],
        ['country-high', 'background'],
        ['marker', 'land'],
        ['marker', 'background'],
        ['span', 'background'],
        ['event', 'background'],
        ['dim', 'background'],
        ['selected', 'land'],
        ['selected', 'country-low'],
        ['focus', 'country-low'],
        ['inferred', 'country-low'],
      ];
      for (const [shape, background] of shapePairs) {
        expect(contrast(c(shape), c(background)), `${shape} against ${background}`).to.be.at.least(3);
      }
    });
  }

  it('the presentation theme really differs from the default one', async () => {
    const plain = await defaultTheme();
    const projector = await presentationTheme();
    expect(resolve(projector, '--pw-color-text')).not.to.equal(resolve(plain, '--pw-color-text'));
    expect(resolve(projector, '--pw-color-country-outline')).not.to.equal(
      resolve(plain, '--pw-color-country-outline'),
    );
  });
});

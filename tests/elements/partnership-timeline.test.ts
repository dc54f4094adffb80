import { expect, fixture, html } from '@open-wc/testing';
import { PartnershipElement } from '../../src/elements/shared/partnership-element.js';

class Probe extends PartnershipElement {}
customElements.define('probe-el', Probe);

describe('probe', () => {
  it('constructs', async () => {
    const el = await fixture(html`<probe-el></probe-el>`);
    expect(el).to.exist;
    console.log('dataset', String((el as unknown as { dataset: unknown }).dataset), (el as any).dataset?.state?.status);
  });
});

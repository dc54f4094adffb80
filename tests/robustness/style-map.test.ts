import { aTimeout, expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleMap as litStyleMap } from 'lit/directives/style-map.js';
import { styleMap } from '../../src/elements/shared/style-map.js';

/**
 * The shared `styleMap` works under `style-src 'self'` (no inline style attributes) from
 * the first render on; Lit's own writes a style attribute on the first render, which such
 * a policy blocks. This page gets that one directive as a <meta> policy.
 */
describe('robustness: styleMap under a policy without inline styles', () => {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent): void => {
    violations.push(event.effectiveDirective);
  };
  let host: HTMLDivElement;

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));
  beforeEach(() => {
    violations.length = 0;
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  const view = (directive: typeof styleMap, styles: Record<string, string | null>) =>
    html`<div class="probe" style=${directive(styles)}></div>`;

  it("Lit's own styleMap is refused on the first render (the reason for ours)", async () => {
    render(view(litStyleMap, { 'margin-left': '12px' }), host);
    await aTimeout(30);
    expect(violations).to.include('style-src-attr');
    expect(getComputedStyle(host.querySelector('.probe')!).marginLeft).to.equal('0px');
  });

  it('ours applies every property on the first render and after, with no violation', async () => {
    render(view(styleMap, { 'margin-left': '12px', '--pw-probe': '3', paddingTop: '5px' }), host);
    const probe = host.querySelector<HTMLElement>('.probe')!;
    expect(getComputedStyle(probe).marginLeft).to.equal('12px');
    expect(getComputedStyle(probe).paddingTop).to.equal('5px');
    expect(probe.style.getPropertyValue('--pw-probe')).to.equal('3');

    render(view(styleMap, { 'margin-left': '4px !important', '--pw-probe': null, paddingTop: null }), host);
    expect(getComputedStyle(probe).marginLeft).to.equal('4px');
    expect(probe.style.getPropertyPriority('margin-left')).to.equal('important');
    expect(probe.style.getPropertyValue('--pw-probe')).to.equal('');
    expect(getComputedStyle(probe).paddingTop).to.equal('0px');
    await aTimeout(30);
    expect(violations).to.deep.equal([]);
  });

  it('works on SVG elements', async () => {
    render(html`<svg><g style=${styleMap({ '--pw-stroke-scale': '2', opacity: '0.5' })}></g></svg>`, host);
    const group = host.querySelector('g')!;
    expect(group.style.getPropertyValue('--pw-stroke-scale')).to.equal('2');
    expect(getComputedStyle(group).opacity).to.equal('0.5');
    await aTimeout(30);
    expect(violations).to.deep.equal([]);
  });
});

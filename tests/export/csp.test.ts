import { expect } from '@open-wc/testing';
import { composeExport, rasterize } from '../../src/export/index.js';
import { renderViews } from './support.js';

/** A policy stricter than the one the export must work under (`img-src 'self' data: blob:`): no data: at all. */
const POLICY = "img-src 'self' blob:";

describe('rasterize under a Content Security Policy', () => {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) => violations.push(event.blockedURI);

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record);
  });

  after(() => document.removeEventListener('securitypolicyviolation', record));

  it('draws the PNG from a blob: URL while the policy blocks data: images', async () => {
    // The policy is in force: an image from a data: URL is refused.
    const refused = await new Promise<boolean>((resolve) => {
      const image = new Image();
      image.onload = () => resolve(false);
      image.onerror = () => resolve(true);
      image.src = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/%3E';
    });
    expect(refused).to.be.true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.some((uri) => uri.startsWith('data'))).to.be.true;
    violations.length = 0;

    const { mapSvg } = await renderViews(600);
    const result = composeExport([mapSvg], { title: 'Under CSP' });
    const bitmap = await createImageBitmap(await rasterize(result.svg, result.width, result.height, 1));
    expect([bitmap.width, bitmap.height]).to.deep.equal([result.width, result.height]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
  });
});

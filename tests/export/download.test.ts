import { aTimeout, expect } from '@open-wc/testing';
import { download, toSvgBlob } from '../../src/export/index.js';

interface Click {
  filename: string;
  href: string;
  connected: boolean;
  content: string;
}

describe('download', () => {
  it('clicks a temporary anchor with the filename and the blob, then removes it and revokes the URL', async () => {
    const clicks: Promise<Click>[] = [];
    const revoked: string[] = [];
    const { click } = HTMLAnchorElement.prototype;
    const { revokeObjectURL } = URL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      // Read while the URL is still valid: the file the browser would save.
      const { href, download: filename, isConnected: connected } = this;
      clicks.push(
        fetch(href)
          .then((response) => response.text())
          .then((content) => ({ filename, href, connected, content })),
      );
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revokeObjectURL(url);
    };
    const content = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
    try {
      download(toSvgBlob(content), 'partnership-map-2021.svg', 0);
      expect(clicks).to.have.length(1);
      const [done] = await Promise.all(clicks);
      expect(done!.filename).to.equal('partnership-map-2021.svg');
      expect(done!.href).to.match(/^blob:/);
      expect(done!.connected).to.be.true;
      expect(done!.content).to.equal(`<?xml version="1.0" encoding="UTF-8"?>\n${content}`);
      expect(document.querySelectorAll('a[download]')).to.have.length(0);
      await aTimeout(20);
      expect(revoked).to.deep.equal([done!.href]);
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });

  it('keeps the URL for a while by default, for browsers that read it after the click', async () => {
    const revoked: string[] = [];
    const { click } = HTMLAnchorElement.prototype;
    const { revokeObjectURL } = URL;
    HTMLAnchorElement.prototype.click = () => undefined;
    URL.revokeObjectURL = (url: string) => revoked.push(url);
    try {
      download(new Blob(['x']), 'x.txt');
      await aTimeout(50);
      expect(revoked).to.deep.equal([]);
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });
});

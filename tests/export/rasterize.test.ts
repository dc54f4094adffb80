import { expect } from '@open-wc/testing';
import { composeExport, rasterize } from '../../src/export/index.js';
import { colorBytes, dataset, parseSvg, pointInside, renderViews } from './support.js';

async function pixels(
  blob: Blob,
): Promise<{ width: number; height: number; at: (x: number, y: number) => number[] }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  return {
    width: bitmap.width,
    height: bitmap.height,
    at: (x, y) => [...data.slice((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 4)],
  };
}

describe('rasterize', () => {
  it('gives a PNG of exactly the requested pixel size at scale 1, 2 and 1.5', async () => {
    // An odd width, so that scale 1.5 has a half pixel to round.
    const { mapSvg } = await renderViews(701);
    const result = composeExport([mapSvg], { title: 'Size' });
    expect(result.width % 2).to.equal(1);
    for (const scale of [1, 2, 1.5]) {
      const blob = await rasterize(result.svg, result.width, result.height, scale);
      expect(blob.type).to.equal('image/png');
      const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
      expect([...signature]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
      const bitmap = await createImageBitmap(blob);
      expect([bitmap.width, bitmap.height], `scale ${scale}`).to.deep.equal([
        Math.round(result.width * scale),
        Math.round(result.height * scale),
      ]);
    }
  });

  it('paints each country in its colour where it is on the map', async () => {
    const { mapSvg, mapPage } = await renderViews();
    const scale = 2;
    const result = composeExport([mapSvg], { title: 'Colours', padding: 16 });
    const panel = [...parseSvg(result.svg).documentElement.children].find(
      (child) => child.localName === 'svg',
    )!;
    const offset = { x: Number(panel.getAttribute('x')), y: Number(panel.getAttribute('y')) };
    const image = await pixels(await rasterize(result.svg, result.width, result.height, scale));
    // Labels and venue markers are drawn over the countries: sample away from them.
    const covered = [...mapSvg.querySelectorAll('.label, .marker')].map((node) =>
      node.getBoundingClientRect(),
    );
    const plain = dataset.countries.filter((country) => country.masmut !== 'inferred');
    expect(plain.length).to.be.greaterThan(3);
    for (const country of plain) {
      const shape = mapPage.shape(country.id);
      const point = pointInside(shape, covered);
      const x = Math.round((offset.x + point.x) * scale);
      const y = Math.round((offset.y + point.y) * scale);
      const pixel = image.at(x, y);
      expect(pixel.slice(0, 3), `${country.id} is not white`).not.to.deep.equal([255, 255, 255]);
      const expected = colorBytes(getComputedStyle(shape).fill);
      pixel.forEach((channel, index) =>
        expect(Math.abs(channel - expected[index]!), country.id).to.be.at.most(3),
      );
    }
    // The margin is the element's background.
    expect(image.at(2, image.height - 2)).to.deep.equal(
      colorBytes(getComputedStyle(mapSvg).getPropertyValue('--pw-color-background')),
    );
  });

  it('rejects with a clear error for SVG it cannot load and for sizes a canvas cannot have', async () => {
    const failure = async (promise: Promise<unknown>): Promise<Error> => {
      try {
        await promise;
      } catch (error) {
        return error as Error;
      }
      throw new Error('expected a rejection');
    };
    const broken = await failure(rasterize('<svg xmlns="http://www.w3.org/2000/svg"><rect', 10, 10));
    expect(broken).to.be.instanceOf(Error);
    expect(broken.message).to.match(/could not load the SVG/);
    const empty = await failure(
      rasterize('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 10, 10, 0),
    );
    expect(empty).to.be.instanceOf(RangeError);
    const huge = await failure(
      rasterize('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 10000, 10000, 4),
    );
    expect(huge.message).to.match(/larger than a canvas/);
  });

  it('revokes the object URL it made', async () => {
    const made: string[] = [];
    const revoked: string[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (blob: Blob) => {
      const url = createObjectURL(blob);
      made.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revokeObjectURL(url);
    };
    try {
      await rasterize('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>', 4, 3, 1);
      await rasterize('not svg', 4, 3, 1).catch(() => undefined);
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    }
    expect(made).to.have.length(2);
    expect(revoked).to.deep.equal(made);
  });
});

import { expect } from '@open-wc/testing';
import { defaultRegion, fitRegion, minimumTargetRadius, projectCountries } from '../../src/geo/index.js';

describe('minimumTargetRadius', () => {
  it('gives a narrow country a circle at least 24 px across', () => {
    const radius = minimumTargetRadius([
      [100, 100],
      [110, 130],
    ]);
    expect(radius).to.be.greaterThan(0);
    expect(2 * radius).to.be.at.least(24);
  });

  it('gives a flat country a target too', () => {
    expect(
      minimumTargetRadius([
        [0, 0],
        [40, 8],
      ]),
    ).to.be.greaterThan(0);
  });

  it('adds nothing to a country large enough in both directions', () => {
    expect(
      minimumTargetRadius([
        [0, 0],
        [100, 100],
      ]),
    ).to.equal(0);
    expect(
      minimumTargetRadius([
        [0, 0],
        [24, 24],
      ]),
    ).to.equal(0);
  });

  it('honours a larger minimum size', () => {
    const radius = minimumTargetRadius(
      [
        [0, 0],
        [30, 30],
      ],
      44,
    );
    expect(2 * radius).to.be.at.least(44);
  });

  it('gives Togo a target on a phone-sized map but not DR Congo', () => {
    const region = defaultRegion();
    const focus = new Set(region.countries.filter((country) => country.focus).map((country) => country.id));
    const projected = projectCountries(region, fitRegion(region, focus, 360, 300));
    const radius = (id: string) =>
      minimumTargetRadius(projected.find((country) => country.id === id)!.bounds);
    expect(radius('TGO')).to.be.greaterThan(0);
    expect(radius('COD')).to.equal(0);
  });
});

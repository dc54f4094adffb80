import { DatasetError } from '../data/errors.js';
import { fetchText, type LoadOptions } from '../data/fetch-text.js';
import type { ValidationIssue } from '../data/types.js';
import { decodeRegion } from './decode.js';
import { equalEarth } from './equal-earth.js';
import type { PlaneRegion, PlaneRegionFile } from './types.js';

/**
 * Map files a page brings itself (`geometry-src`, `geometry`): fetched, checked and decoded
 * here, in a chunk loaded with the first of them, so pages that draw the bundled map never
 * load it. Every failure is a `DatasetError` in a site owner's words, shown by the element
 * and fired as `partnership-error`, like a dataset's.
 */

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isPair = (value: unknown): boolean =>
  Array.isArray(value) && value.length === 2 && value.every(isNumber);

/**
 * Checks the shape `partnership-data geometry` writes, enough that drawing cannot fail: the
 * numbers are numbers, the rings point at arcs that exist, the arcs decode. Each problem is
 * located by path, at most a few per kind, since a wrong file is usually wrong throughout.
 */
function problemsOf(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (path: string, message: string): void => {
    if (issues.length < 20) issues.push({ path, message });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(
      '(the whole file)',
      'expected the object partnership-data geometry writes, { "step": …, "arcs": … }',
    );
    return issues;
  }
  const file = value as Record<string, unknown>;
  if (file.projection !== undefined && file.projection !== 'mercator' && file.projection !== 'equal-earth') {
    report('projection', `expected "mercator" or "equal-earth", got ${JSON.stringify(file.projection)}`);
  }
  if (!isNumber(file.step) || file.step <= 0) report('step', 'expected a positive number');
  if (!isPair(file.origin)) report('origin', 'expected [x, y]');
  const arcs = Array.isArray(file.arcs) ? file.arcs : null;
  if (!arcs || !arcs.every((arc) => typeof arc === 'string')) report('arcs', 'expected a list of texts');
  const arcCount = arcs?.length ?? 0;
  const validArc = (index: unknown): boolean =>
    Number.isInteger(index) && ((index as number) >= 0 ? (index as number) : ~(index as number)) < arcCount;
  if (!Array.isArray(file.borders) || !file.borders.every(validArc)) {
    report('borders', 'expected a list of arc numbers');
  }
  if (!Array.isArray(file.countries) || file.countries.length === 0) {
    report('countries', 'expected a list of countries');
    return issues;
  }
  file.countries.forEach((country: unknown, index) => {
    const at = `countries[${index}]`;
    const record = (typeof country === 'object' && country !== null ? country : {}) as Record<
      string,
      unknown
    >;
    if (typeof record.id !== 'string') report(`${at}.id`, 'expected a country id such as "KEN"');
    if (typeof record.name !== 'string' && typeof record.alpha2 !== 'string')
      report(`${at}.name`, 'expected a name, or an ISO 3166-1 alpha-2 code in alpha2');
    if (typeof record.focus !== 'boolean') report(`${at}.focus`, 'expected true or false');
    const rings = record.rings;
    if (!Array.isArray(rings) || !rings.every((ring) => Array.isArray(ring) && ring.every(validArc))) {
      report(`${at}.rings`, `expected lists of arc numbers below ${arcCount}`);
    }
    // The statistics are optional (the page computes them from the rings), but all or none.
    if (record.centroid === undefined) return;
    if (!isPair(record.centroid)) report(`${at}.centroid`, 'expected [x, y]');
    if (!isPair(record.label)) report(`${at}.label`, 'expected [x, y]');
    const bounds = record.bounds;
    if (!Array.isArray(bounds) || bounds.length !== 4 || !bounds.every(isNumber)) {
      report(`${at}.bounds`, 'expected [left, top, right, bottom]');
    }
    if (!isNumber(record.area)) report(`${at}.area`, 'expected a number');
  });
  return issues;
}

/** A map file given as a value: checked and decoded, or a located `DatasetError`. */
export function readGeometry(value: unknown, origin: string): PlaneRegion {
  const issues = problemsOf(value);
  if (issues.length === 0) {
    try {
      const region = decodeRegion(value as PlaneRegionFile);
      return region.projection === 'equal-earth' ? { ...region, planeXY: equalEarth } : region;
    } catch (error) {
      issues.push({ path: 'arcs', message: String(error instanceof Error ? error.message : error) });
    }
  }
  throw new DatasetError(
    'schema',
    `${origin} is not a map file as partnership-data geometry writes it (see docs/geometry.md).`,
    issues,
  );
}

/** Fetches, checks and decodes a map file; fetching fails as a dataset's does, in the same words. */
export async function loadGeometry(src: string, options: LoadOptions): Promise<PlaneRegion> {
  const origin = `The map file at ${src}`;
  const { text } = await fetchText(src, origin, options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DatasetError('json', `${origin} is not valid JSON.`, [
      { path: '(the whole file)', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  return readGeometry(value, origin);
}

/**
 * Map files by address and by object, shared by every element of the page: an explorer and
 * the map inside it ask for the same file, and it is fetched and decoded once.
 */
const bySrc = new Map<string, Promise<PlaneRegion>>();
const byValue = new WeakMap<object, Promise<PlaneRegion>>();

/** The region of a `geometry` object or, without one, of `geometry-src`. */
export function geometryFor(geometry: unknown, src: string, timeout: number): Promise<PlaneRegion> {
  if (geometry !== undefined && geometry !== null) {
    const key = typeof geometry === 'object' ? geometry : null;
    const cached = key ? byValue.get(key) : undefined;
    if (cached) return cached;
    const read = new Promise<PlaneRegion>((resolve) =>
      resolve(readGeometry(geometry, 'The map file given in the geometry property')),
    );
    if (key) byValue.set(key, read);
    return read;
  }
  let pending = bySrc.get(src);
  if (!pending) {
    // Not aborted when one element goes: another may be waiting for the same file.
    pending = loadGeometry(src, { timeout });
    bySrc.set(src, pending);
    // A failure is not kept: the file may be fixed, or the network back, for the next try.
    pending.catch(() => bySrc.delete(src));
  }
  return pending;
}

import fc from 'fast-check';
import bundled from '../../data/partnerships.json';

/**
 * Malformed datasets, made by mutating the valid bundled dataset: every generated value is
 * close to real data, so the validator is exercised deep inside records rather than only
 * rejecting garbage at the top. Shared by the browser test (10,000 runs in CI) and
 * `scripts/fuzz.mjs` (the long run, in Node).
 */

export type Key = string | number;

/** What one mutation did, and what the validator must therefore say. */
export interface Mutation {
  kind: string;
  path: Key[];
  /** The result must be invalid (when this is the only mutation). */
  certain: boolean;
  /**
   * Where an issue must be reported when this is the only mutation: `exact` at the path,
   * `within` at the path or below it, `none` when the issue may be anywhere.
   */
  located: 'exact' | 'within' | 'none';
}

export interface MalformedCase {
  value: unknown;
  mutations: Mutation[];
  /** False when the value holds things JSON cannot (undefined, NaN, holes, functions…). */
  jsonSafe: boolean;
}

/** Paths a data editor reads, as the README shows them: `collaborations[3].title["pt-BR"]`. */
export function formatPath(path: readonly Key[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text || '(the whole file)';
}

/**
 * Recursively freezes `value`. Mutations copy only the path they change and share the rest
 * of this frozen base, which makes each case cheap to build; and since validation runs in
 * strict-mode modules, a validator that changed its input would throw (and be caught).
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value;
}

const base = deepFreeze(structuredClone(bundled)) as unknown as Record<string, unknown>;

interface Site {
  path: Key[];
  value: unknown;
}

/** Every node of the bundled dataset with its path, computed once. */
function collectSites(value: unknown, path: Key[] = [], sites: Site[] = []): Site[] {
  sites.push({ path, value });
  if (Array.isArray(value)) value.forEach((item, index) => collectSites(item, [...path, index], sites));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) collectSites(child, [...path, key], sites);
  }
  return sites;
}

const sites = collectSites(base).filter((site) => site.path.length > 0);
const stringSites = sites.filter((site) => typeof site.value === 'string' && site.path[0] !== '$schema');
const objectSites = sites.filter(
  (site) => site.value !== null && typeof site.value === 'object' && !Array.isArray(site.value),
);
const arraySites = sites.filter((site) => Array.isArray(site.value));
/** Ids cited by other records: a source, organisation or country reference. */
const refSites = sites.filter((site) => {
  const { path } = site;
  const parent = path[path.length - 2];
  if (typeof site.value !== 'string') return false;
  if (path[path.length - 1] === 'organisation') return true;
  if (path.length < 4) return false;
  if (parent === 'sources') return true;
  return path[0] === 'collaborations' && (parent === 'partners' || parent === 'countries');
});
const dateSites = sites.filter((site) => {
  const last = site.path[site.path.length - 1];
  return (
    typeof site.value === 'string' &&
    ((site.path[0] === 'collaborations' && (last === 'start' || last === 'end')) ||
      (site.path[0] === 'sources' && last === 'date'))
  );
});
const spanIndexes = (base.collaborations as { start: string; end?: string }[])
  .map((collaboration, index) => ({ collaboration, index }))
  .filter(
    ({ collaboration }) =>
      collaboration.end !== undefined &&
      collaboration.end.length === collaboration.start.length &&
      collaboration.start < collaboration.end,
  )
  .map(({ index }) => index);

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

/** Own keys a careless merge would turn into prototype pollution; JSON.parse makes them own keys. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'colour',
  'Extra Field',
  '',
  '\u0000',
  '\u{1F600}',
  'x'.repeat(300),
] as const;

/** A payload that would show up on every object if a key were ever merged into a prototype. */
const POLLUTION = '{"polluted": "yes", "toString": "not a function", "length": 1e9}';

const ODD_STRINGS = [
  '\u0000',
  '\uD800',
  'a\uDC00b',
  '\u202Eevil\u202C',
  '\u200B',
  '\uFEFF',
  'e\u0301\u0301\u0301',
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}',
  '\n\r\t',
  '\u2028\u2029',
  '\u{1D54F}'.repeat(1500),
  ' ',
];

const BAD_DATES = [
  '1899',
  '2031',
  '2027-01',
  '2005-12-31',
  '0000',
  '9999-12-31',
  '2021-02-30',
  '2019-02-29',
  '2016/03',
  '2016-13',
  '2016-00',
  '2016-01-00',
  '20161',
  ' 2016',
  '2016 ',
  '\u0662\u0660\u0661\u0666',
  '2016-1-1',
  '',
];

/** Makers of values of every JSON type, for replacing a node with one of another type. */
function wrongTypeValues(depth: number, size: number): [string, () => unknown][] {
  return [
    ['null', () => null],
    ['boolean', () => true],
    ['boolean', () => false],
    ['number', () => 0],
    ['number', () => -1],
    ['number', () => 1.5],
    ['number', () => 1e308],
    ['string', () => ''],
    ['string', () => 'x'],
    ['string', () => 'x'.repeat(size)],
    ['array', () => []],
    ['object', () => ({})],
    ['array', () => [1, 'two', null]],
    ['object', () => JSON.parse(`{"a": 1, "__proto__": ${POLLUTION}}`)],
    ['array', () => deepArray(depth)],
    ['object', () => deepObject(depth)],
  ];
}

type Container = Record<Key, unknown>;

/**
 * Copy-on-write: copies every container from the root down to the parent of `path`, lets
 * `change` edit that copied parent, and returns the new root. The rest stays shared.
 */
function update(root: unknown, path: readonly Key[], change: (parent: Container, key: Key) => void): unknown {
  const copy = (node: unknown): Container =>
    (Array.isArray(node) ? node.slice() : { ...(node as object) }) as Container;
  const top = copy(root);
  let parent = top;
  for (const key of path.slice(0, -1)) {
    const child = copy(parent[key]);
    parent[key] = child;
    parent = child;
  }
  change(parent, path[path.length - 1]!);
  return top;
}

/** Replaces the node at `path`; the root is replaced by returning the new value. */
function setAt(root: unknown, path: readonly Key[], value: unknown): unknown {
  if (path.length === 0) return value;
  // defineProperty, so that a `__proto__` key becomes an own property as JSON.parse makes it.
  return update(root, path, (parent, key) =>
    Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true }),
  );
}

function getAt(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

function hasAt(root: unknown, path: readonly Key[]): boolean {
  if (path.length === 0) return true;
  const parent = getAt(root, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, path[path.length - 1]!);
}

/** One mutation as drawn by fast-check: what to do, where, and with which variant. */
interface Draw {
  kind: MutationKind;
  site: number;
  variant: number;
  text: string;
}

const MUTATION_KINDS = [
  'retype',
  'delete',
  'extra-key',
  'unknown-ref',
  'bad-date',
  'reverse',
  'empty-string',
  'huge-string',
  'odd-unicode',
  'random-text',
  'deep',
  'empty-array',
  'duplicate',
  'number-edge',
  'exotic',
  'hole',
] as const;
type MutationKind = (typeof MUTATION_KINDS)[number];

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length]!;
}

/**
 * Applies one drawn mutation to `root` (already a private copy). Returns the new root and
 * what was done, or null when the drawn site no longer exists after earlier mutations.
 */
function mutate(root: unknown, draw: Draw): { root: unknown; mutation: Mutation; jsonSafe: boolean } | null {
  const { kind, variant } = draw;
  const done = (
    next: unknown,
    path: Key[],
    certain: boolean,
    located: Mutation['located'],
    jsonSafe = true,
  ) => ({ root: next, mutation: { kind, path, certain, located }, jsonSafe });
  switch (kind) {
    case 'retype': {
      const site = pick(sites, draw.site);
      if (!hasAt(root, site.path)) return null;
      const current = getAt(root, site.path);
      const options = wrongTypeValues(50 + (variant % 400), 2001 + (variant % 5000)).filter(
        ([type]) => type !== jsonType(current),
      );
      // Every node has one JSON type in the schema (`version` is the number 1), so any
      // other type is wrong right there.
      return done(setAt(root, site.path, pick(options, variant)[1]()), site.path, true, 'exact');
    }
    case 'delete': {
      const site = pick(sites, draw.site);
      if (!hasAt(root, site.path)) return null;
      const next = update(root, site.path, (parent, key) => {
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else Reflect.deleteProperty(parent, key);
      });
      return done(next, site.path, false, 'none');
    }
    case 'extra-key': {
      const site = pick(objectSites, draw.site);
      const target = getAt(root, site.path);
      if (target === null || typeof target !== 'object' || Array.isArray(target)) return null;
      const key = pick(HOSTILE_KEYS, variant);
      if (Object.hasOwn(target, key)) return null;
      const value = JSON.parse(pick(['1', '"text"', 'null', POLLUTION, '[{"id": "x"}]'], variant >> 4));
      const path = [...site.path, key];
      return done(setAt(root, path, value), path, true, 'exact');
    }
    case 'unknown-ref': {
      const site = pick(refSites, draw.site);
      if (!hasAt(root, site.path) || typeof getAt(root, site.path) !== 'string') return null;
      const isCountry = site.path[0] === 'collaborations' && site.path[2] === 'countries';
      return done(setAt(root, site.path, isCountry ? 'KEN' : 'no-such-id'), site.path, true, 'exact');
    }
    case 'bad-date': {
      const site = pick(dateSites, draw.site);
      if (!hasAt(root, site.path)) return null;
      return done(setAt(root, site.path, pick(BAD_DATES, variant)), site.path, true, 'exact');
    }
    case 'reverse': {
      if (spanIndexes.length === 0) return null;
      const index = pick(spanIndexes, draw.site);
      const record = getAt(root, ['collaborations', index]) as { start?: unknown; end?: unknown } | undefined;
      if (!record || typeof record.start !== 'string' || typeof record.end !== 'string') return null;
      const { start, end } = record;
      const next = update(root, ['collaborations', index, 'end'], (copy) => {
        copy.start = end;
        copy.end = start;
      });
      return done(next, ['collaborations', index, 'end'], true, 'exact');
    }
    case 'empty-string': {
      const site = pick(stringSites, draw.site);
      if (!hasAt(root, site.path)) return null;
      return done(setAt(root, site.path, pick(['', ' \t\n '], variant)), site.path, true, 'exact');
    }
    case 'huge-string': {
      const site = pick(stringSites, draw.site);
      if (!hasAt(root, site.path)) return null;
      const text = pick(['x', 'é', '\u{1F600}', '<b>', 'a-'], variant).repeat(2001 + (variant % 100000));
      return done(setAt(root, site.path, text), site.path, false, 'none');
    }
    case 'odd-unicode': {
      const site = pick(stringSites, draw.site);
      if (!hasAt(root, site.path)) return null;
      return done(setAt(root, site.path, pick(ODD_STRINGS, variant)), site.path, false, 'none');
    }
    case 'random-text': {
      const site = pick(stringSites, draw.site);
      if (!hasAt(root, site.path)) return null;
      return done(setAt(root, site.path, draw.text), site.path, false, 'none');
    }
    case 'deep': {
      const site = pick(sites, draw.site);
      if (!hasAt(root, site.path)) return null;
      const depth = 100 + (variant % 900);
      const value = variant % 2 ? deepArray(depth) : deepObject(depth);
      // No list in the schema holds lists, and every object needs fields named other than `a`.
      return done(setAt(root, site.path, value), site.path, true, 'within');
    }
    case 'empty-array': {
      const site = pick(arraySites, draw.site);
      if (!hasAt(root, site.path)) return null;
      return done(setAt(root, site.path, []), site.path, false, 'none');
    }
    case 'duplicate': {
      const site = pick(arraySites, draw.site);
      const list = getAt(root, site.path);
      if (!Array.isArray(list) || list.length === 0) return null;
      const next = update(root, [...site.path, list.length], (copy, key) => {
        copy[key] = list[variant % list.length];
      });
      return done(next, site.path, false, 'none');
    }
    case 'number-edge': {
      const site = pick(sites, draw.site);
      if (!hasAt(root, site.path)) return null;
      const value = pick([NaN, Infinity, -Infinity, -0, 1e308, -1, 2.5, 1900, 2100, 2101, 2 ** 53], variant);
      // NaN and infinities are not JSON; `data` may still hold them.
      return done(setAt(root, site.path, value), site.path, false, 'none', Number.isFinite(value));
    }
    case 'exotic': {
      const site = pick(sites, draw.site);
      if (!hasAt(root, site.path)) return null;
      const current = getAt(root, site.path);
      const values: (() => unknown)[] = [
        () => undefined,
        () => () => 1,
        () => Symbol('dataset'),
        () => 10n,
        () => new Date(2016, 0, 1),
        () => new Map([['id', 'x']]),
        () => Object.assign(Object.create(null) as object, current),
        () => (typeof current === 'object' ? Object.freeze(cloneIfPossible(current)) : current),
      ];
      const value = pick(values, variant)();
      // A copy without a prototype, or frozen, is the same data: it may well stay valid. A
      // Date or a Map where a record belongs is an object without the required fields.
      const certain = variant % values.length < 6;
      return done(setAt(root, site.path, value), site.path, certain, certain ? 'within' : 'none', false);
    }
    case 'hole': {
      const site = pick(arraySites, draw.site);
      const list = getAt(root, site.path);
      if (!Array.isArray(list) || list.length === 0) return null;
      const index = variant % list.length;
      // A sparse array: `data` can hold one, JSON cannot.
      const next = update(root, [...site.path, index], (copy, key) => {
        Reflect.deleteProperty(copy, key);
      });
      return done(next, [...site.path, index], true, 'exact', false);
    }
  }
}

/** A deep copy, or the value itself when it holds what cannot be cloned (a function, a symbol). */
function cloneIfPossible(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Whole values of a wrong top-level type. */
const topLevelValues: unknown[] = [
  null,
  undefined,
  0,
  42,
  'the dataset',
  JSON.stringify(base),
  true,
  [],
  [base],
  {},
  JSON.parse(`{"__proto__": ${POLLUTION}}`),
  JSON.parse(`{"constructor": {"prototype": ${POLLUTION}}}`),
  deepArray(2000),
];

const drawArb: fc.Arbitrary<Draw> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  site: fc.nat(),
  variant: fc.nat(),
  // Any code points, lone surrogates included (fc.string's 'binary' unit is far slower).
  text: fc
    .array(fc.nat({ max: 0x10ffff }), { maxLength: 30 })
    .map((codePoints) => String.fromCodePoint(...codePoints)),
});

/** A malformed dataset: one mutation (checked strictly), several, or a wrong top-level value. */
export const malformedDataset: fc.Arbitrary<MalformedCase> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.array(drawArb, { minLength: 1, maxLength: 4 }).map((draws) => {
      let root: unknown = base;
      const mutations: Mutation[] = [];
      let jsonSafe = true;
      for (const draw of draws) {
        const result = mutate(root, draw);
        if (!result) continue;
        root = result.root;
        mutations.push(result.mutation);
        jsonSafe &&= result.jsonSafe;
      }
      return { value: deepFreeze(root), mutations, jsonSafe };
    }),
  },
  {
    weight: 1,
    arbitrary: fc.nat().map((index) => {
      const value = topLevelValues[index % topLevelValues.length];
      return {
        value,
        mutations: [{ kind: 'top-level', path: [], certain: true, located: 'within' as const }],
        jsonSafe: value !== undefined,
      };
    }),
  },
);

/** Text edits that break JSON syntax (or not): cut, insert, delete or replace a character, nest deeply, add a long number. */
export const textEdit = fc.record({
  kind: fc.constantFrom('truncate', 'insert', 'delete', 'replace', 'nest', 'long-number', 'none'),
  at: fc.nat(),
  char: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', 'x', '\u0000', '\n', '0', '-', 'é'),
});

export function applyTextEdit(text: string, edit: { kind: string; at: number; char: string }): string {
  const at = text.length ? edit.at % text.length : 0;
  switch (edit.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + edit.char + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'replace':
      return text.slice(0, at) + edit.char + text.slice(at + 1);
    case 'long-number':
      // Valid JSON with a number longer than any fixed look-ahead.
      return `[${'7'.repeat(300 + (edit.at % 2000))}.5e-3, ${text}]`;
    case 'nest': {
      // Deep nesting as text, deeper than any recursive parser or printer could follow.
      const depth = 1000 + (edit.at % 20000);
      return '{"a":['.repeat(depth) + text + ']}'.repeat(depth);
    }
    default:
      return text;
  }
}

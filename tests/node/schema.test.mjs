import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, shippedDataset } from './support/helpers.mjs';

const schema = JSON.parse(readFileSync(join(ROOT, 'data/partnerships.schema.json'), 'utf8'));

/** A node is described when it has a description, or refers to a definition that has one. */
function described(node) {
  if (typeof node.description === 'string' && node.description.trim().length > 10) return true;
  if (node.$ref) {
    const target = schema.$defs[node.$ref.replace('#/$defs/', '')];
    assert.ok(target, `unknown $ref ${node.$ref}`);
    return typeof target.description === 'string' && target.description.trim().length > 10;
  }
  return false;
}

/** Every property, array item and definition in the schema, with where it is. */
function* nodes(node, where) {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    yield [`${where}.properties.${key}`, child];
    yield* nodes(child, `${where}.properties.${key}`);
  }
  if (node.items) {
    yield [`${where}.items`, node.items];
    yield* nodes(node.items, `${where}.items`);
  }
  for (const [key, child] of Object.entries(node.$defs ?? {})) {
    yield [`$defs.${key}`, child];
    yield* nodes(child, `$defs.${key}`);
  }
}

test('the schema describes every field, so editors can explain it while typing', () => {
  const all = [...nodes(schema, '#')];
  assert.ok(all.length > 60, `walked ${all.length} nodes`);
  const undescribed = all.filter(([, node]) => !described(node)).map(([where]) => where);
  assert.deepEqual(undescribed, []);
});

test('every field of the shipped dataset is a property the schema declares', () => {
  // Guards the walk above: a field the schema does not declare would escape it.
  const declared = (node, key) => {
    const resolved = node.$ref ? schema.$defs[node.$ref.replace('#/$defs/', '')] : node;
    return (
      resolved.properties?.[key] ??
      (typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : null)
    );
  };
  const check = (value, node, path) => {
    const resolved = node.$ref ? schema.$defs[node.$ref.replace('#/$defs/', '')] : node;
    if (Array.isArray(value))
      value.forEach((item, index) => check(item, resolved.items, `${path}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childNode = declared(resolved, key);
        assert.ok(childNode, `${path}.${key} is not in the schema`);
        check(child, childNode, `${path}.${key}`);
      }
    }
  };
  check(shippedDataset(), schema, 'dataset');
});

test('the data file names its schema, so editors find it', () => {
  assert.equal(shippedDataset().$schema, './partnerships.schema.json');
});

test('country ids are exactly the alpha-3 codes of ISO 3166-1, from i18n-iso-countries', async () => {
  const { isoAlpha3Codes } = await import('../../scripts/iso-codes.mjs');
  const codes = isoAlpha3Codes();
  // The table is the package's, not ours: Kenya, Cambodia and Bolivia are in it, and no made-up code.
  assert.ok(codes.length >= 249, `${codes.length} codes`);
  for (const code of ['KEN', 'RWA', 'MDG', 'KHM', 'BOL', 'CIV', 'BEN']) assert.ok(codes.includes(code), code);
  assert.deepEqual(schema.$defs.countryId.enum, codes, 'run npm run build:iso');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs, position } from './support/helpers.mjs';

const { parseIssuePath, toJsonPointer, toIssuePath, locateJsonPath, describeIssue, issuePlace, locateIssue } =
  await importTs('src/data/pointer.ts');

test('validator paths read back into segments', () => {
  assert.deepEqual(parseIssuePath('collaborations[3].start'), ['collaborations', 3, 'start']);
  assert.deepEqual(parseIssuePath('countries[0].partners[2].note["pt-BR"]'), [
    'countries',
    0,
    'partners',
    2,
    'note',
    'pt-BR',
  ]);
  assert.deepEqual(parseIssuePath('period.end'), ['period', 'end']);
  assert.deepEqual(parseIssuePath('(the whole file)'), []);
  assert.equal(parseIssuePath('line 3, column 14'), null);
  assert.equal(parseIssuePath('a..b'), null);
});

test('JSON pointers escape ~ and / as RFC 6901 says', () => {
  assert.equal(toJsonPointer(['collaborations', 3, 'start']), '/collaborations/3/start');
  assert.equal(toJsonPointer(['a/b', 'c~d']), '/a~1b/c~0d');
  assert.equal(toJsonPointer([]), '');
  assert.equal(toIssuePath(['title', 'pt-BR']), 'title["pt-BR"]');
});

test('locateJsonPath points at the key of a member, the start of an item, and stops where the path ends', () => {
  const text = '{\n  "a": [10, {"b": "x,]}"}, 30],\n  "c": {"d": 1, "d": 2}\n}';
  const at = (segments) => position(text, locateJsonPath(text, segments).offset);
  assert.deepEqual(at(['a']), { line: 2, column: 3 });
  assert.deepEqual(at(['a', 2]), position(text, text.indexOf('30')));
  // Strings holding brackets and commas do not throw the walk off.
  assert.deepEqual(at(['a', 1, 'b']), position(text, text.indexOf('"b"')));
  // The last of duplicate keys wins, as in JSON.parse.
  assert.equal(locateJsonPath(text, ['c', 'd']).offset, text.lastIndexOf('"d"'));
  const missing = locateJsonPath(text, ['a', 1, 'zzz']);
  assert.equal(missing.depth, 2);
  assert.equal(missing.offset, text.indexOf('{"b"'));
});

test('describeIssue names the record by id and folds in the validator label', () => {
  const value = { collaborations: [{ id: 'x-1' }, { id: 'dakar-2022' }], period: { start: 2006, end: 2000 } };
  const described = describeIssue(
    { path: 'collaborations[1].title.fr', message: 'expected a text, got nothing (record "dakar-2022")' },
    value,
  );
  assert.equal(described.pointer, '/collaborations/1/title/fr');
  assert.deepEqual(described.record, { table: 'collaborations', index: 1, id: 'dakar-2022' });
  assert.equal(described.field, 'title.fr');
  assert.equal(described.message, 'expected a text, got nothing');
  assert.equal(issuePlace(described), 'collaboration "dakar-2022", field title.fr');

  const top = describeIssue({ path: 'period.end', message: 'too early' }, value);
  assert.equal(top.record, null);
  assert.equal(issuePlace(top), 'field period.end');
  const noId = describeIssue({ path: 'sources[4]', message: 'expected an object' }, { sources: [] });
  assert.equal(issuePlace(noId), 'sources[4]');
});

test('locateIssue gives line and column in the text', () => {
  const text = '{\n  "collaborations": [\n    {\n      "id": "a",\n      "start": "2031"\n    }\n  ]\n}\n';
  const issue = { path: 'collaborations[0].start', message: 'bad' };
  const located = locateIssue(text, JSON.parse(text), issue);
  assert.deepEqual([located.line, located.column], [5, 7]);
});

import fc from 'fast-check';
import bundled from '../../data/partnerships.json';
import { DatasetError } from '../../src/data/errors.js';
import { findJsonErrorOffset } from '../../src/data/json-position.js';
import { checkDataset, parseDataset } from '../../src/data/parse.js';
import { indexDataset, resolveSelection, visibleCollaborations } from '../../src/data/queries.js';
import { MAX_ISSUES } from '../../src/data/schema-check.js';
import type { Dataset, ValidationIssue } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';
import { endOfPartialDate, startOfPartialDate } from '../../src/data/dates.js';
import { applyTextEdit, formatPath, malformedDataset, textEdit, type MalformedCase } from './malformed.js';

/**
 * The properties every malformed dataset must satisfy, as plain functions that throw an
 * `Error` naming what broke. The browser test runs them 10,000 times per CI run with a fixed
 * seed; `scripts/fuzz.mjs` runs many more in Node.
 */

const TOP_LEVEL_KEYS = new Set([
  '$schema',
  'version',
  'title',
  'period',
  'sources',
  'organisations',
  'countries',
  'collaborations',
]);

function fail(message: string): never {
  throw new Error(message);
}

/** A snapshot of what prototype pollution would change. */
function prototypeState(): string {
  const probe = {} as Record<string, unknown>;
  return JSON.stringify([
    Object.getOwnPropertyNames(Object.prototype).sort(),
    Object.getOwnPropertyNames(Array.prototype).sort(),
    Object.getOwnPropertyNames(String.prototype).sort(),
    probe.polluted ?? null,
    typeof probe.toString,
    ([] as unknown as Record<string, unknown>).polluted ?? null,
  ]);
}
const cleanPrototypes = prototypeState();
const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype] as const;
const cleanNames = PROTOTYPES.map((prototype) => new Set(Object.getOwnPropertyNames(prototype)));

/** Fails if a prototype changed, after taking away what was added. */
function checkPrototypes(): void {
  if (prototypeState() === cleanPrototypes) return;
  cleanPrototypesUp();
  fail('a prototype was changed');
}

/** Takes away what pollution added, so that the page keeps working and fast-check can shrink. */
function cleanPrototypesUp(): void {
  PROTOTYPES.forEach((prototype, index) => {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (!cleanNames[index]!.has(name)) Reflect.deleteProperty(prototype, name);
    }
  });
}

/** `collaborations[3].start` is within `collaborations[3]`; `collaborations[30]` is not. */
function isWithin(path: string, prefix: string): boolean {
  if (prefix === '(the whole file)') return true;
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** Every issue names a field the editor can find: the file, or a top-level field and below. */
function checkIssueShape(issues: readonly ValidationIssue[], value: unknown): void {
  if (issues.length === 0) fail('invalid, but no issue given');
  if (issues.length > MAX_ISSUES) fail(`${issues.length} issues, more than the cap of ${MAX_ISSUES}`);
  for (const issue of issues) {
    if (typeof issue.path !== 'string' || issue.path.trim() === '')
      fail(`an issue without a path: ${JSON.stringify(issue)}`);
    if (typeof issue.message !== 'string' || issue.message.trim() === '')
      fail(`an issue without a message at ${issue.path}`);
    if (issue.message.startsWith('could not be checked'))
      fail(`the validator failed inside: ${issue.message}`);
    if (issue.path === '(the whole file)') continue;
    const head = /^(?:([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])/.exec(issue.path);
    const key = head ? (head[1] ?? (JSON.parse(head[2]!) as string)) : null;
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (key === null || !(TOP_LEVEL_KEYS.has(key) || (isObject && Object.hasOwn(value, key))))
      fail(`an issue located nowhere in the file: ${issue.path}`);
  }
}

/**
 * The validator's contract on one malformed value, through `checkDataset` (which is
 * `validateDataset` plus a throw): it throws nothing but a `DatasetError`; an invalid value
 * gets located issues; a mutation that must be caught is caught where it is; no prototype
 * changes (and the value is deep-frozen, so changing it would throw); a value it accepts
 * can be indexed and queried the way the elements do.
 */
export function checkMalformed(testCase: MalformedCase): void {
  const { value, mutations } = testCase;
  let accepted: Dataset | null = null;
  let issues: ValidationIssue[] = [];
  try {
    accepted = checkDataset(value, 'fuzz');
  } catch (error) {
    if (!(error instanceof DatasetError))
      fail(`checkDataset threw ${String(error)} instead of a DatasetError`);
    if (error.kind !== 'schema') fail(`checkDataset threw a DatasetError of kind ${error.kind}`);
    issues = error.issues;
  }
  checkPrototypes();

  if (accepted === null) {
    checkIssueShape(issues, value);
    if (mutations.length === 1 && issues.length < MAX_ISSUES) {
      const [mutation] = mutations;
      const at = formatPath(mutation!.path);
      const paths = issues.map((issue) => issue.path);
      if (mutation!.located === 'exact' && !paths.includes(at))
        fail(`${mutation!.kind} at ${at} was not reported there; issues at ${paths.join(', ')}`);
      if (mutation!.located === 'within' && !paths.some((path) => isWithin(path, at)))
        fail(`${mutation!.kind} at ${at} was not reported at or below it; issues at ${paths.join(', ')}`);
    }
    return;
  }

  if (accepted !== value) fail('checkDataset returned another value than it was given');
  if (mutations.length === 1 && mutations[0]!.certain)
    fail(`${mutations[0]!.kind} at ${formatPath(mutations[0]!.path)} was accepted`);
  // What the validator accepts, the elements must be able to use.
  const index = indexDataset(accepted);
  for (const collaboration of index.chronological) {
    if (typeof collaboration.id !== 'string') fail('an indexed collaboration without an id');
    // What the timeline lays out with: throws on a date that does not exist.
    if (
      !(endOfPartialDate(collaboration.end ?? collaboration.start) > startOfPartialDate(collaboration.start))
    )
      fail(`${collaboration.id} ends before it starts`);
    resolveSelection(index, collaboration.id);
  }
  for (const year of [null, index.dataset.period.start, 2016, index.dataset.period.end]) {
    visibleCollaborations(index, year, new Set());
  }
}

/**
 * `validateDataset` itself: never throws, answers the same twice, and agrees with
 * `checkDataset`, which the other property goes through.
 */
export function checkValidateAgrees(testCase: MalformedCase): void {
  const result = validateDataset(testCase.value);
  checkPrototypes();
  if (JSON.stringify(validateDataset(testCase.value)) !== JSON.stringify(result))
    fail('validating twice gave different answers');
  try {
    checkDataset(testCase.value);
    if (!result.ok) fail('checkDataset accepted what validateDataset rejected');
  } catch (error) {
    if (result.ok) fail('checkDataset rejected what validateDataset accepted');
    if (!(error instanceof DatasetError) || JSON.stringify(error.issues) !== JSON.stringify(result.issues))
      fail('checkDataset reported other issues than validateDataset');
  }
}

/**
 * The parser's contract on any text: it returns a dataset or throws a `DatasetError`, never
 * another error; syntax errors are located by a real line and column; and the position
 * scanner agrees with `JSON.parse` on what is valid.
 */
export function checkText(text: string): void {
  let parsed = true;
  try {
    JSON.parse(text);
  } catch {
    parsed = false;
  }
  const offset = findJsonErrorOffset(text);
  if (parsed !== (offset === -1))
    fail(`JSON.parse says ${parsed ? 'valid' : 'invalid'}, the scanner ${offset}`);
  if (offset > text.length) fail(`error offset ${offset} is past the end (${text.length})`);
  let thrown: unknown = null;
  try {
    parseDataset(text, 'fuzz');
  } catch (error) {
    thrown = error;
  }
  checkPrototypes();
  if (thrown === null) return;
  if (!(thrown instanceof DatasetError)) fail(`parseDataset threw ${String(thrown)}`);
  if (thrown.issues.length === 0) fail('a DatasetError without issues');
  if (thrown.kind === 'json') {
    if (parsed) fail('a syntax error reported for valid JSON');
    if (!/^line [1-9]\d*, column [1-9]\d*$/.test(thrown.issues[0]!.path))
      fail(`a syntax error not located by line and column: ${thrown.issues[0]!.path}`);
  } else if (thrown.kind !== 'schema' || !parsed) fail(`unexpected error kind ${thrown.kind}`);
}

export interface FuzzOptions {
  /** Malformed values through `checkDataset`. */
  values: number;
  /** Malformed values through `validateDataset`, compared with `checkDataset`. */
  agreement: number;
  /** Malformed JSON texts through `parseDataset`. */
  texts: number;
  seed: number;
  /** Called after each property with its count and time, for a report. */
  log?: (line: string) => void;
}

/** A counterexample in a few lines: its mutations, not the whole 60 KB dataset. */
function describeCounterexample(example: unknown): string {
  const text = JSON.stringify(example, (key, value: unknown) => {
    if (key === 'value' && typeof value === 'object' && value !== null) return '(the mutated dataset)';
    if (typeof value === 'string' && value.length > 200)
      return `${value.slice(0, 200)}… (${value.length} characters)`;
    if (typeof value === 'bigint') return `${value}n`;
    return value;
  });
  return text ?? String(example);
}

/** Runs one property; throws a short report (seed, replay path, mutations, error) on failure. */
function check<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void,
  numRuns: number,
  options: FuzzOptions,
): void {
  if (numRuns <= 0) return;
  const start = performance.now();
  const details = fc.check(fc.property(arbitrary, predicate), { numRuns, seed: options.seed });
  if (details.failed) {
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${name} failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}"):\n` +
        `  ${error}\n  counterexample: ${describeCounterexample(details.counterexample)}`,
    );
  }
  options.log?.(
    `${name}: ${details.numRuns} runs, seed ${options.seed}, ${Math.round(performance.now() - start)} ms`,
  );
}

/** Runs the three properties, each with its own count and the same seed. */
export function runFuzz(options: FuzzOptions): void {
  check('checkDataset on malformed values', malformedDataset, checkMalformed, options.values, options);
  check(
    'validateDataset agrees with checkDataset',
    malformedDataset,
    checkValidateAgrees,
    options.agreement,
    options,
  );
  const bundledText = JSON.stringify(bundled, null, 2);
  const textCase = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(malformedDataset, textEdit) },
    { weight: 2, arbitrary: fc.tuple(fc.constant(null), textEdit) },
  );
  check(
    'parseDataset on malformed texts',
    textCase,
    ([testCase, edit]) => {
      let text = bundledText;
      if (testCase) {
        if (!testCase.jsonSafe) return;
        text = JSON.stringify(testCase.value) ?? 'undefined';
      }
      checkText(applyTextEdit(text, edit));
    },
    options.texts,
    options,
  );
}

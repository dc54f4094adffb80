import type { ValidationIssue } from './types.js';

/**
 * A JSON Schema node, limited to the keywords `data/partnerships.schema.json` uses. Checking
 * against the schema file itself keeps one source of truth for editors, the CLI and the
 * elements, at a fraction of the bytes of a general validator.
 */
export interface SchemaNode {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** Our own keyword: what a data editor should write, in plain words. */
  errorMessage?: string;
  $defs?: Record<string, SchemaNode>;
}

/** Stops a pathological input from producing an unreadable wall of messages. */
export const MAX_ISSUES = 100;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `collaborations[3].title.fr`, or `title["pt-BR"]` for keys that are not identifiers. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Describes a value the way a data editor would read it: `the text "2016/03"`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `the text ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const TYPE_WORDS: Record<NonNullable<SchemaNode['type']>, string> = {
  object: 'an object { … }',
  array: 'a list [ … ]',
  string: 'a text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function matchesType(value: unknown, type: NonNullable<SchemaNode['type']>): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  // Refs may chain; the schema is ours, so a handful of hops is plenty and guards against loops.
  for (let hops = 0; current.$ref && hops < 8; hops++) {
    const name = current.$ref.replace('#/$defs/', '');
    const target = root.$defs && Object.hasOwn(root.$defs, name) ? root.$defs[name] : undefined;
    if (!target) throw new Error(`Schema error: unknown $ref ${current.$ref}`);
    // Keywords beside a $ref (such as a description) do not change validation.
    current = { ...target, ...(current.errorMessage ? { errorMessage: current.errorMessage } : {}) };
  }
  return current;
}

function expected(node: SchemaNode, fallback: string): string {
  return node.errorMessage ?? fallback;
}

/**
 * Checks `value` against `schema` and returns every problem found, each with the path of
 * the offending field. Never throws on any input value.
 */
export function checkAgainstSchema(value: unknown, schema: SchemaNode): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (path: string, message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path: path || '(the whole file)', message });
  };
  // The same few schema nodes and patterns serve thousands of values: resolve and compile
  // each once per check (2.5 times faster on the bundled dataset), without module state.
  const resolved = new Map<SchemaNode, SchemaNode>();
  const resolve = (rawNode: SchemaNode): SchemaNode => {
    let node = resolved.get(rawNode);
    if (!node) {
      node = resolveRef(schema, rawNode);
      resolved.set(rawNode, node);
    }
    return node;
  };
  const patterns = new Map<string, RegExp>();
  const matches = (pattern: string, text: string): boolean => {
    let regExp = patterns.get(pattern);
    if (!regExp) {
      regExp = new RegExp(pattern, 'u');
      patterns.set(pattern, regExp);
    }
    return regExp.test(text);
  };

  const visit = (current: unknown, rawNode: SchemaNode, path: string): void => {
    if (issues.length >= MAX_ISSUES) return;
    const node = resolve(rawNode);

    if (node.enum) {
      if (!node.enum.some((option) => option === current)) {
        const options = node.enum.map((option) => JSON.stringify(option)).join(', ');
        report(path, `expected ${expected(node, `one of ${options}`)}, got ${describeValue(current)}`);
      }
      return;
    }
    if (node.type && !matchesType(current, node.type)) {
      report(path, `expected ${expected(node, TYPE_WORDS[node.type])}, got ${describeValue(current)}`);
      return;
    }

    if (typeof current === 'string') {
      if (node.minLength !== undefined && current.trim().length < node.minLength) {
        report(path, `expected ${expected(node, 'a non-empty text')}, got an empty text`);
      } else if (node.maxLength !== undefined && current.length > node.maxLength) {
        report(
          path,
          `expected ${expected(node, `at most ${node.maxLength} characters`)}, got ${current.length} characters`,
        );
      } else if (node.pattern && !matches(node.pattern, current)) {
        report(
          path,
          `expected ${expected(node, `a text matching ${node.pattern}`)}, got ${describeValue(current)}`,
        );
      }
      return;
    }

    if (typeof current === 'number') {
      if (
        (node.minimum !== undefined && current < node.minimum) ||
        (node.maximum !== undefined && current > node.maximum)
      ) {
        report(
          path,
          `expected ${expected(node, `a number from ${node.minimum ?? '-∞'} to ${node.maximum ?? '∞'}`)}, got ${current}`,
        );
      }
      return;
    }

    if (Array.isArray(current)) {
      if (node.minItems !== undefined && current.length < node.minItems) {
        report(
          path,
          `expected ${expected(node, `a list of at least ${node.minItems}`)}, got ${describeValue(current)}`,
        );
        return;
      }
      if (node.maxItems !== undefined && current.length > node.maxItems) {
        report(
          path,
          `expected ${expected(node, `a list of at most ${node.maxItems}`)}, got ${describeValue(current)}`,
        );
        return;
      }
      if (node.items) {
        // A plain loop, not forEach: forEach skips the holes of a sparse array (`data` can
        // hold one, JSON cannot), and a hole would then reach the views unchecked.
        for (let index = 0; index < current.length && issues.length < MAX_ISSUES; index++) {
          visit(current[index], node.items, joinPath(path, index));
        }
      }
      return;
    }

    if (typeof current === 'object' && current !== null) {
      const record = current as Record<string, unknown>;
      for (const key of node.required ?? []) {
        if (!Object.hasOwn(record, key)) report(joinPath(path, key), 'required field is missing');
      }
      for (const key of Object.keys(record)) {
        const childPath = joinPath(path, key);
        const known =
          node.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
        if (known) {
          visit(record[key], known, childPath);
          continue;
        }
        if (node.propertyNames) {
          const nameNode = resolve(node.propertyNames);
          if (nameNode.pattern && !matches(nameNode.pattern, key)) {
            report(childPath, `unexpected field name: expected ${expected(nameNode, 'a valid name')}`);
            continue;
          }
        }
        if (node.additionalProperties === false) {
          const allowed = Object.keys(node.properties ?? {}).join(', ');
          report(childPath, `unknown field ${JSON.stringify(key)}: allowed fields are ${allowed}`);
        } else if (typeof node.additionalProperties === 'object') {
          visit(record[key], node.additionalProperties, childPath);
        }
      }
    }
  };

  visit(value, schema, '');
  return issues;
}

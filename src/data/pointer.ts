import { lineAndColumn } from './parse.js';
import { joinPath } from './schema-check.js';
import type { ValidationIssue } from './types.js';

/**
 * Turning a validation issue into words a data editor can act on: which record, which
 * field, the JSON pointer (RFC 6901) tools understand, and the line and column in the file.
 * Pure functions, shared by the command line and the preview page.
 */

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER_START = /^[A-Za-z_$][\w$]*/;
const INDEX = /^\[(\d+)\]/;
const QUOTED_KEY = /^\[("(?:[^"\\]|\\.)*")\]/;

/**
 * Reads a path written by the validator (`collaborations[3].title["pt-BR"]`) back into
 * segments. Returns `[]` for the whole file and null for anything else, such as the
 * `line 3, column 14` of a JSON syntax error.
 */
export function parseIssuePath(path: string): PathSegment[] | null {
  if (path === '' || path === '(the whole file)') return [];
  const segments: PathSegment[] = [];
  let rest = path;
  const first = IDENTIFIER_START.exec(rest);
  if (first) {
    segments.push(first[0]);
    rest = rest.slice(first[0].length);
  }
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if (rest.startsWith('.') && (match = IDENTIFIER_START.exec(rest.slice(1)))) {
      segments.push(match[0]);
      rest = rest.slice(match[0].length + 1);
    } else if ((match = INDEX.exec(rest))) {
      segments.push(Number(match[1]));
      rest = rest.slice(match[0].length);
    } else if ((match = QUOTED_KEY.exec(rest))) {
      segments.push(JSON.parse(match[1]!) as string);
      rest = rest.slice(match[0].length);
    } else return null;
  }
  return segments.length > 0 ? segments : null;
}

/** `["collaborations", 3, "start"]` → `/collaborations/3/start`; `[]` → `` (the whole document). */
export function toJsonPointer(segments: readonly PathSegment[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The validator's own spelling of a path, for messages: `collaborations[3].start`. */
export function toIssuePath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => joinPath(path, segment), '');
}

const WHITESPACE = ' \t\n\r';

function skipSpace(text: string, offset: number): number {
  while (offset < text.length && WHITESPACE.includes(text[offset]!)) offset++;
  return offset;
}

/** The offset just past the string that opens at `offset`. */
function skipString(text: string, offset: number): number {
  for (let index = offset + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '"') return index + 1;
  }
  return text.length;
}

/** The offset just past the value that starts at `offset` (strings, containers, literals). */
function skipValue(text: string, offset: number): number {
  const char = text[offset];
  if (char === '"') return skipString(text, offset);
  if (char === '{' || char === '[') {
    let depth = 0;
    let index = offset;
    while (index < text.length) {
      const current = text[index]!;
      if (current === '"') {
        index = skipString(text, index);
        continue;
      }
      if (current === '{' || current === '[') depth++;
      else if (current === '}' || current === ']') {
        depth--;
        if (depth === 0) return index + 1;
      }
      index++;
    }
    return text.length;
  }
  let index = offset;
  while (index < text.length && !',]}'.includes(text[index]!) && !WHITESPACE.includes(text[index]!)) index++;
  return index;
}

interface Child {
  /** Where an editor should point: the key of an object member, the start of an array item. */
  at: number;
  /** Where the child's value starts. */
  value: number;
}

/** Finds a member or item of the container starting at `offset`; the last duplicate key wins, as in `JSON.parse`. */
function findChild(text: string, offset: number, segment: PathSegment): Child | null {
  const open = text[offset];
  if (open === '{' && typeof segment === 'string') {
    let found: Child | null = null;
    let index = skipSpace(text, offset + 1);
    while (index < text.length && text[index] === '"') {
      const keyEnd = skipString(text, index);
      const key = JSON.parse(text.slice(index, keyEnd)) as string;
      const value = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
      if (key === segment) found = { at: index, value };
      index = skipSpace(text, skipValue(text, value));
      if (text[index] !== ',') break;
      index = skipSpace(text, index + 1);
    }
    return found;
  }
  if (open === '[' && typeof segment === 'number') {
    let index = skipSpace(text, offset + 1);
    for (let item = 0; index < text.length && text[index] !== ']'; item++) {
      if (item === segment) return { at: index, value: index };
      index = skipSpace(text, skipValue(text, index));
      if (text[index] !== ',') break;
      index = skipSpace(text, index + 1);
    }
  }
  return null;
}

/**
 * Where `segments` lead in valid JSON `text`: the offset of the deepest node that exists
 * (the key of an object member, so an editor lands on `"start": …`) and how many segments
 * were found. A missing field is located at the record that lacks it.
 */
export function locateJsonPath(
  text: string,
  segments: readonly PathSegment[],
): { offset: number; depth: number } {
  let value = skipSpace(text, 0);
  let offset = value;
  let depth = 0;
  for (const segment of segments) {
    const child = findChild(text, value, segment);
    if (!child) break;
    offset = child.at;
    value = child.value;
    depth++;
  }
  return { offset, depth };
}

/** The record tables of a dataset; an issue inside one is named by the record's id. */
const RECORD_TABLES: Readonly<Record<string, string>> = {
  sources: 'source',
  organisations: 'organisation',
  countries: 'country',
  collaborations: 'collaboration',
};

/** An issue with everything a data editor needs to find it. */
export interface DescribedIssue {
  /** The validator's path, such as `collaborations[3].start`. */
  path: string;
  /** RFC 6901 pointer such as `/collaborations/3/start`; null when the path is not a place in the data. */
  pointer: string | null;
  /** The record the issue is in, when it is in one. */
  record: { table: string; index: number; id: string | null } | null;
  /** The field inside the record (or the top-level field), such as `start` or `title.fr`. */
  field: string;
  /** The validator's message, without the record label this description already gives. */
  message: string;
}

/**
 * Names the record and field of an issue. `value` is the parsed data, read only to find
 * the record's id, so a schema issue (which the validator does not label) is named too.
 */
export function describeIssue(issue: ValidationIssue, value: unknown): DescribedIssue {
  const segments = parseIssuePath(issue.path);
  if (!segments) return { path: issue.path, pointer: null, record: null, field: '', message: issue.message };
  const pointer = toJsonPointer(segments);
  const [table, index] = segments;
  if (typeof table === 'string' && Object.hasOwn(RECORD_TABLES, table) && typeof index === 'number') {
    const list = (value as Record<string, unknown> | null)?.[table];
    const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
    const id = typeof item?.id === 'string' ? item.id : null;
    const label = id === null ? '' : ` (record ${JSON.stringify(id)})`;
    const message =
      label && issue.message.endsWith(label) ? issue.message.slice(0, -label.length) : issue.message;
    return {
      path: issue.path,
      pointer,
      record: { table, index, id },
      field: toIssuePath(segments.slice(2)),
      message,
    };
  }
  return { path: issue.path, pointer, record: null, field: toIssuePath(segments), message: issue.message };
}

/** `collaboration "dakar-2022", field start`, or `field period.end`, or `the whole file`. */
export function issuePlace(described: DescribedIssue): string {
  const parts: string[] = [];
  if (described.record) {
    const { table, index, id } = described.record;
    parts.push(id === null ? `${table}[${index}]` : `${RECORD_TABLES[table]} ${JSON.stringify(id)}`);
  }
  if (described.field) parts.push(`field ${described.field}`);
  return parts.length > 0 ? parts.join(', ') : 'the whole file';
}

/** A described issue and, when its path leads into the text, the line and column there. */
export interface LocatedIssue extends DescribedIssue {
  line: number;
  column: number;
}

/**
 * Describes an issue of JSON `text` (already parsed into `value`) and locates it by line
 * and column: at the field itself, or at the nearest enclosing record when the field is
 * missing.
 */
export function locateIssue(text: string, value: unknown, issue: ValidationIssue): LocatedIssue {
  const described = describeIssue(issue, value);
  const segments = parseIssuePath(issue.path) ?? [];
  const { offset } = locateJsonPath(text, segments);
  return { ...described, ...lineAndColumn(text, offset) };
}

import { joinPath } from './schema-check.js';
import type { ValidationIssue } from './types.js';

/** The last step of a validator path: `.key`, `[3]` or `["pt-BR"]`. */
const LAST_SEGMENT = /(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/**
 * Sorts issues the way an editor reads the file: top to bottom, whichever check found them.
 * An issue about a field that is absent (a missing `end`) sorts right after the record that
 * lacks it. The sort is stable, so issues at one place keep the order they were found in.
 */
export function inDocumentOrder(issues: readonly ValidationIssue[], value: unknown): ValidationIssue[] {
  if (issues.length < 2) return [...issues];
  const rank = new Map<string, number>();
  let next = 0;
  const walk = (node: unknown, path: string): void => {
    rank.set(path, next++);
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) walk(node[index], joinPath(path, index));
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) walk((node as Record<string, unknown>)[key], joinPath(path, key));
    }
  };
  walk(value, '');
  const rankOf = (path: string): number => {
    let current = path === '(the whole file)' ? '' : path;
    let absent = 0;
    for (;;) {
      const found = rank.get(current);
      if (found !== undefined) return found + absent;
      const parent = current.replace(LAST_SEGMENT, '');
      if (parent === current) return -1;
      current = parent;
      absent = 0.5;
    }
  };
  return issues
    .map((issue, found) => ({ issue, found, rank: rankOf(issue.path) }))
    .sort((a, b) => a.rank - b.rank || a.found - b.found)
    .map(({ issue }) => issue);
}

import schemaJson from '../../data/partnerships.schema.json';
import { checkConsistency } from './consistency.js';
import { inDocumentOrder } from './document-order.js';
import { checkAgainstSchema, MAX_ISSUES, type SchemaNode } from './schema-check.js';
import type { Dataset, ValidationIssue } from './types.js';

const schema = schemaJson as SchemaNode;

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates an untrusted value as a dataset. Never throws: every problem comes back as an
 * issue located by path, such as `collaborations[3].start`. Schema and consistency problems
 * (an unknown id, a day that does not exist) come in one list, in the order of the file, so
 * one round of fixes can clear them all.
 */
export function validateDataset(value: unknown): ValidationResult {
  try {
    const schemaIssues = checkAgainstSchema(value, schema);
    // A field the schema already refused (an id that is not an ISO code) is not reported twice.
    const refused = new Set(schemaIssues.map((issue) => issue.path));
    const issues = [...schemaIssues, ...checkConsistency(value).filter((issue) => !refused.has(issue.path))];
    if (issues.length === 0) return { ok: true, dataset: value as Dataset };
    return { ok: false, issues: inDocumentOrder(issues, value).slice(0, MAX_ISSUES) };
  } catch (error) {
    // A bug of ours must still reach the data editor as a message, not a blank widget.
    return {
      ok: false,
      issues: [{ path: '(the whole file)', message: `could not be checked: ${String(error)}` }],
    };
  }
}

/**
 * Writes a dataset the way the repository's formatter (prettier, 110 columns) lays it out:
 * two-space indentation, objects one key per line, and lists of plain values on one line
 * when they fit. So `from-csv` rewrites `data/partnerships.json` with a diff that shows only
 * what changed in the spreadsheet, not a reformatting of the whole file.
 */
export function formatJson(value: unknown, width = 110): string {
  return `${printValue(value, '', 0, 0, width)}\n`;
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/**
 * `lead` is how many characters precede the value on its line (indentation and key), and
 * `trail` how many follow it (a comma), since both count towards the width.
 */
function printValue(value: unknown, indent: string, lead: number, trail: number, width: number): string {
  if (isPlain(value)) return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) {
      const oneLine = `[${value.map((item) => JSON.stringify(item) ?? 'null').join(', ')}]`;
      if (lead + oneLine.length + trail <= width) return oneLine;
    }
    const items = value.map(
      (item, index) =>
        `${inner}${printValue(item, inner, inner.length, index < value.length - 1 ? 1 : 0, width)}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, child]) => child !== undefined);
  if (entries.length === 0) return '{}';
  const members = entries.map(([key, child], index) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    return `${prefix}${printValue(child, inner, prefix.length, index < entries.length - 1 ? 1 : 0, width)}`;
  });
  return `{\n${members.join(',\n')}\n${indent}}`;
}

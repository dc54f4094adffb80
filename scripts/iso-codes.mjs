/**
 * Writes ISO 3166-1's alpha-3 codes into `data/partnerships.schema.json` (`$defs.countryId`),
 * from i18n-iso-countries' table, so that a code ISO does not have (`XKE`, `UK`) is a located
 * schema error, and editors that read the schema complete country codes. Run it with
 * `npm run build:iso` when that package updates; `tests/node/schema.test.mjs` checks that the
 * schema holds exactly the package's codes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Every alpha-3 code of ISO 3166-1, sorted. */
export function isoAlpha3Codes() {
  const rows = require('i18n-iso-countries/codes.json');
  return rows.map(([, alpha3]) => alpha3).sort();
}

const SCHEMA = new URL('../data/partnerships.schema.json', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
  schema.$defs.countryId.enum = isoAlpha3Codes();
  writeFileSync(SCHEMA, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(
    `data/partnerships.schema.json: ${schema.$defs.countryId.enum.length} ISO 3166-1 alpha-3 codes`,
  );
}

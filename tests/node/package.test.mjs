import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, shippedDataset, tempDir } from './support/helpers.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Runs npm; its warnings go to stderr, so only stdout is returned. */
function runNpm(args, cwd) {
  return execFileSync(npm, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180000,
  });
}

/** What a user needs, and nothing else: bundles, types, the command, the data, the docs. */
const ALLOWED = [
  /^package\.json$/,
  /^(README|DATA|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^bin\/partnership-data\.js$/,
  /^dist\/(partnership-widgets|cli|data)\.js$/,
  /^dist\/cli-chunks\/[\w-]+\.js$/,
  // Code the bundle loads on first use (export), next to it.
  /^dist\/chunks\/[\w-]+\.js$/,
  /^dist\/types\/.+\.d\.ts$/,
  /^data\/(partnerships|partnerships\.schema|region\.topo)\.json$/,
];

/** Every path package.json points at: main, module, types, bin, customElements and the exports map. */
function pointedAt() {
  const paths = [packageJson.main, packageJson.module, packageJson.types, packageJson.customElements];
  paths.push(...Object.values(packageJson.bin));
  const collect = (target) => {
    if (typeof target === 'string') paths.push(target);
    else for (const value of Object.values(target)) collect(value);
  };
  collect(packageJson.exports);
  return [...new Set(paths.map((path) => path.replace(/^\.\//, '')))];
}

test('npm pack holds what users need and nothing else', () => {
  const [report] = JSON.parse(runNpm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT));
  const files = report.files.map((file) => file.path).sort();
  const stray = files.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
  assert.deepEqual(stray, [], 'files outside the allowed list');
  // Every chunk the bundle imports is in the package, under the name it imports.
  const bundle = readFileSync(join(ROOT, 'dist/partnership-widgets.js'), 'utf8');
  const chunks = [...bundle.matchAll(/import\(["']\.\/(chunks\/[\w-]+\.js)["']\)/g)].map(
    (match) => `dist/${match[1]}`,
  );
  assert.ok(chunks.length > 0, 'the bundle loads its export code on demand');
  for (const chunk of chunks) assert.ok(files.includes(chunk), `${chunk} is in the package`);
  for (const path of [
    'package.json',
    'README.md',
    'DATA.md',
    'CHANGELOG.md',
    'LICENSE',
    'dist/types/index.d.ts',
    'dist/types/data/index.d.ts',
    'dist/types/data/csv.d.ts',
    ...pointedAt(),
  ]) {
    assert.ok(files.includes(path), `${path} is in the package`);
  }
  // No sources, tests, demo or tooling.
  assert.equal(
    files.some((path) => /^(src|tests|demo|scripts|bench|node_modules)\//.test(path)),
    false,
  );
  // The bundle's 700 KB source map stays out: a page needs the bundle, not its map. The
  // limit was 1 MB until `partnership-data render`, whose chunk (the elements for Node,
  // 143 KB) a site needs to prerender, then 1.1 MB until presenting and `sync-url` became
  // chunks (their types and imports, 11 KB); 1.2 MB still fails with the map in.
  assert.deepEqual(
    files.filter((path) => path.endsWith('.map')),
    [],
  );
  assert.ok(report.unpackedSize < 1.2e6, `unpacked size ${report.unpackedSize}`);
});

test('a fresh project installs the tarball offline, imports it and runs npx partnership-data', (t) => {
  const dir = tempDir(t, 'partnership-pack-');
  const [packed] = JSON.parse(
    runNpm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT),
  );
  const tarball = join(dir, packed.filename);
  const project = join(dir, 'site');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'site', private: true, type: 'module' }),
  );
  runNpm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project);

  const installed = join(project, 'node_modules', 'partnership-widgets');
  assert.ok(existsSync(join(installed, 'dist/partnership-widgets.js')));

  // Resolve every export and import the Node-side data functions. The element bundle
  // itself needs a DOM, so it is resolved, not imported.
  writeFileSync(
    join(project, 'check.mjs'),
    `
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const resolved = {
  main: import.meta.resolve('partnership-widgets'),
  data: import.meta.resolve('partnership-widgets/data'),
  dataset: import.meta.resolve('partnership-widgets/data/partnerships.json'),
  schema: import.meta.resolve('partnership-widgets/data/partnerships.schema.json'),
  manifest: import.meta.resolve('partnership-widgets/custom-elements.json'),
};
const { default: pkg } = await import('partnership-widgets/package.json', { with: { type: 'json' } });
const { default: dataset } = await import('partnership-widgets/data/partnerships.json', { with: { type: 'json' } });
const data = await import('partnership-widgets/data');
const manifest = JSON.parse(readFileSync(fileURLToPath(resolved.manifest), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort();
const tables = Object.keys(data.datasetToCsv(dataset));
console.log(JSON.stringify({
  resolved,
  customElements: pkg.customElements,
  valid: data.validateDataset(dataset).ok,
  invalid: data.validateDataset({}).ok,
  tables,
  tags,
}));
`,
  );
  const report = JSON.parse(
    execFileSync(process.execPath, ['check.mjs'], { cwd: project, encoding: 'utf8' }),
  );
  assert.ok(report.resolved.main.endsWith('/node_modules/partnership-widgets/dist/partnership-widgets.js'));
  assert.ok(report.resolved.data.endsWith('/node_modules/partnership-widgets/dist/data.js'));
  assert.ok(report.resolved.dataset.endsWith('/node_modules/partnership-widgets/data/partnerships.json'));
  assert.equal(report.customElements, 'custom-elements.json');
  assert.equal(report.valid, true);
  assert.equal(report.invalid, false);
  assert.equal(report.tables.length, 6);
  for (const tag of ['partnership-explorer', 'partnership-map', 'partnership-timeline']) {
    assert.ok(report.tags.includes(tag), `custom-elements.json declares <${tag}>`);
  }

  // The types resolve through the exports map, as a TypeScript user's editor would see them.
  writeFileSync(
    join(project, 'check.ts'),
    `import { validateDataset, datasetToCsv, type Dataset } from 'partnership-widgets/data';
import type { PartnershipExplorer } from 'partnership-widgets';
const result = validateDataset({});
export const tables: string[] = result.ok ? Object.keys(datasetToCsv(result.dataset satisfies Dataset)) : [];
export type Explorer = PartnershipExplorer['year'];
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        noEmit: true,
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
        skipLibCheck: true,
      },
      files: ['check.ts'],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], {
    cwd: project,
    encoding: 'utf8',
  });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);

  // npx finds the bin of the installed package and validates the bundled data.
  const npx = spawnSync(
    process.platform === 'win32' ? 'npx.cmd' : 'npx',
    ['--no', 'partnership-data', 'validate', 'node_modules/partnership-widgets/data/partnerships.json'],
    { cwd: project, encoding: 'utf8', timeout: 60000 },
  );
  assert.equal(npx.status, 0, npx.stderr);
  const dataset = shippedDataset();
  assert.match(npx.stdout, new RegExp(`valid \\(${dataset.sources.length} sources`));
  assert.ok(statSync(join(installed, 'bin/partnership-data.js')).mode & 0o111, 'the bin is executable');
});

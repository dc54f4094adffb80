/**
 * Pieces the build, the byte-budget check, the single-file pages and the benchmark share:
 * sizes of a file as CI and BENCHMARKS.md report them, the project's own TypeScript run from
 * Node, and the project's rollup config built again in memory with other settings.
 */
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';

/** Raw, gzip (level 9) and brotli (quality 11) sizes in bytes. */
export function byteSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * A module of the library's sources (`src/data/check.ts`, say) compiled by esbuild and
 * imported, so Node scripts use the very code the elements run rather than a copy.
 */
export async function importSource(path) {
  const compiled = await build({
    entryPoints: [path],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`
  );
}

/**
 * The project's rollup config (its first build, the bundle) built again in memory, written
 * nowhere: `plugins` run before the config's own (replacing any of the same name), `output`
 * replaces its output options. The
 * step that empties `dist/chunks/` is left out, so the chunks of the real build stay.
 */
export async function bundleInMemory(root, { plugins = [], output = { format: 'es' } } = {}) {
  const { options, warnings } = await loadConfigFile(join(root, 'rollup.config.mjs'), {});
  warnings.flush();
  const [inputOptions] = options;
  const previous = process.cwd();
  process.chdir(root);
  try {
    const bundle = await rollup({
      ...inputOptions,
      // A plugin given replaces the config's plugin of the same name.
      plugins: [
        ...plugins,
        ...inputOptions.plugins.filter(
          (plugin) =>
            plugin?.name !== 'clean-chunks' && !plugins.some((given) => given.name === plugin?.name),
        ),
      ],
      onwarn: () => {},
    });
    const generated = await bundle.generate(output);
    await bundle.close();
    return generated.output;
  } finally {
    process.chdir(previous);
  }
}

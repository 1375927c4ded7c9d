// Trunk post-build hook: minifies the wasm-bindgen JS glue with terser in release builds.
// Trunk's own JS minifier fails on that glue; terser saves about 1.5 KB brotli of the budget.
// The rust link in index.html sets data-integrity="none", since this rewrites the file after
// Trunk would have hashed it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging || process.env.TRUNK_PROFILE !== 'release') process.exit(0);

let minify;
try {
  ({ minify } = await import('terser'));
} catch {
  console.error('minify-glue: terser is not installed (run scripts/setup.sh); the JS glue stays as it is');
  process.exit(0);
}

const names = await readdir(staging);
for (const name of names) {
  // Only the glue (the script beside its `_bg.wasm`): Trunk has hashed the other scripts already.
  if (!name.endsWith('.js') || !names.includes(name.replace(/\.js$/, '_bg.wasm'))) continue;
  const path = join(staging, name);
  const result = await minify(await readFile(path, 'utf8'), { module: true, compress: true, mangle: true });
  if (typeof result.code !== 'string') throw new Error(`minify-glue: terser returned nothing for ${name}`);
  await writeFile(path, result.code);
}

// Trunk post-build hook: puts the site's data files next to the web app. build.rs writes them (an
// index and one file per event, each named with a hash of its bytes) to the profile's
// `parallax-site/` folder of the target directory, with `link.html`, the <link> element that
// index.html needs for them; this copies the files into `<dist>/data/` and puts that link in place
// of index.html's `#parallax-index` placeholder. The app reads it at start (src/data.rs).
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const LINK = /<link[^>]*\bid="?parallax-index"?[^>]*>/;

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('site-data: TRUNK_STAGING_DIR is not set; run this as a Trunk hook');
  process.exit(1);
}
const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
const target = resolve(root, process.env.CARGO_TARGET_DIR || 'target');
const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
const site = join(target, 'wasm32-unknown-unknown', profile, 'parallax-site');

let link;
try {
  link = (await readFile(join(site, 'link.html'), 'utf8')).trim();
} catch {
  console.error(
    `site-data: ${site}/link.html not found: build.rs writes it when it runs. ` +
      "Make it run again with 'touch build.rs', then build again.",
  );
  process.exit(1);
}
await mkdir(join(staging, 'data'), { recursive: true });
for (const name of await readdir(join(site, 'data'))) {
  await copyFile(join(site, 'data', name), join(staging, 'data', name));
}
const html = join(staging, 'index.html');
const page = await readFile(html, 'utf8');
if (!LINK.test(page)) {
  console.error('site-data: index.html has no <link id="parallax-index"> to replace');
  process.exit(1);
}
await writeFile(html, page.replace(LINK, () => link));

// Trunk post-build hook: puts the site's Content-Security-Policy into index.html as a <meta> tag
// (GitHub Pages sets no headers), right after <meta charset>, so that it covers everything after.
//
// The policy allows only what the site does: its own scripts and wasm ('wasm-unsafe-eval'), plus
// Trunk's inline loader by the SHA-256 of its exact text (computed here, after Trunk has written
// and minified the page, so that any change to the loader changes the hash); the inline CSS and the
// CSS custom properties that the views set in style attributes; its own favicon; fetching its own
// wasm. Everything else is refused: no other script, no plugin (object-src), no <base> elsewhere,
// no form submission. See SECURITY.md.
//
// Under `trunk serve` the page also holds Trunk's autoreload script, whose address placeholders the
// server fills in per request, which would break its hash; they are filled in here with what the
// server would use (the page's own host and the public URL), so that the hash holds.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('csp: TRUNK_STAGING_DIR is not set; run this as a Trunk post_build hook');
  process.exit(1);
}
const file = join(staging, 'index.html');
let html = await readFile(file, 'utf8');

// Trunk's autoreload script (trunk serve only): fill in its placeholders so that its text is final.
const publicPath = new URL(process.env.TRUNK_PUBLIC_URL || '/', 'http://localhost').pathname;
html = html
  .replace(/(['`])\{\{__TRUNK_ADDRESS__\}\}\1/g, 'window.location.host')
  .replaceAll('{{__TRUNK_WS_BASE__}}', publicPath.endsWith('/') ? publicPath : `${publicPath}/`);

const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].filter(
  ([, attributes]) => !/\bsrc\s*=/i.test(attributes),
);
const hashes = inlineScripts.map(
  ([, , text]) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
);
if (hashes.length === 0) {
  console.error("csp: index.html has no inline script; Trunk's loader was expected, check the build");
  process.exit(1);
}
if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) {
  console.error('csp: index.html has an inline event handler (on…=), which the policy would block; use the app code');
  process.exit(1);
}

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'unsafe-inline'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join(';');
const meta = `<meta http-equiv=Content-Security-Policy content="${policy}">`;

if (html.includes('http-equiv=Content-Security-Policy')) {
  console.error('csp: index.html already has a Content-Security-Policy; remove it from the source');
  process.exit(1);
}
const charset = /<meta\s+charset=[^>]*>/i.exec(html);
if (!charset) {
  console.error('csp: no <meta charset> in index.html to put the policy after');
  process.exit(1);
}
const at = charset.index + charset[0].length;
await writeFile(file, html.slice(0, at) + meta + html.slice(at));

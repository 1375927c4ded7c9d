// End-to-end (issue 10): the Content-Security-Policy. It is a <meta> tag ahead of everything it
// covers, it allows no inline script but Trunk's loader (by hash) and no eval, it is in force on
// every page (a script, handler, javascript: link or plugin injected into the page does not run),
// and the site itself runs under it without a single violation (every other end-to-end test also
// fails on one; see helpers.mjs). Eval is checked in the policy only: code run through the
// DevTools protocol, as page.evaluate does, is exempt from the page's policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, SEED_EVENT, open, startSite } from './helpers.mjs';

const PAGES = [
  '#/',
  `#/e/${SEED_EVENT}`,
  `#/e/${SEED_EVENT}/compare?o=rt,newsweek,zee-news`,
  `#/e/${SEED_EVENT}/compare?o=rt,newsweek&view=align&sort=unique&removed=1`,
  `#/e/${SEED_EVENT}/quotes`,
  `#/e/${SEED_EVENT}/sources?q=kremlin`,
  '#/no/such/page',
];

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The directives of a policy, as a map from name to its list of sources. */
function directives(policy) {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

test('the policy is a meta tag before every script, style and link of the built page', async () => {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)">/.exec(html);
  assert.ok(meta, 'no Content-Security-Policy meta tag in dist/index.html');
  for (const tag of ['<script', '<style', '<link', '<base']) {
    const at = html.indexOf(tag);
    assert.ok(at === -1 || at > meta.index, `${tag} comes before the policy`);
  }
  const policy = directives(meta[1]);
  assert.deepEqual(policy.get('default-src'), ["'none'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'self'"]);
  const scripts = policy.get('script-src');
  assert.deepEqual(scripts.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(scripts.slice(2).every((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source)), scripts.join(' '));
  assert.equal(html.match(/<script\b(?![^>]*\bsrc=)/g)?.length, scripts.length - 2, 'one hash per inline script');
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
    assert.ok(!scripts.includes(unsafe), `script-src allows ${unsafe}`);
  }
});

test('on every page, injected scripts and handlers do not run, and the site has no violation', async () => {
  for (const route of PAGES) {
    const page = await site.newPage();
    await open(page, site.at(route));
    await page.locator('main').first().waitFor();
    assert.deepEqual(page.problems, [], `problems on ${route} before the attack`);
    const applied = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
    assert.match(applied ?? '', /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, route);

    await page.evaluate(() => {
      window.__ran = [];
      const script = document.createElement('script');
      script.textContent = "window.__ran.push('inline script')";
      document.body.append(script);
      const data = document.createElement('script');
      data.src = "data:text/javascript,window.__ran.push('data script')";
      document.body.append(data);
      const box = document.createElement('div');
      box.innerHTML =
        `<img src="favicon.svg?x" onload="window.__ran.push('onload handler')">` +
        `<a href="javascript:window.__ran.push('javascript link')" id="csp-link">x</a>` +
        `<object data="data:text/html,<script>parent.__ran.push('object')</script>"></object>`;
      document.body.append(box);
      document.getElementById('csp-link').click();
    });
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__ran), [], `code ran on ${route}`);
    const refused = page.problems.filter((problem) => problem.startsWith('CSP violation:'));
    for (const directive of ['script-src-elem', 'script-src-attr', 'object-src']) {
      assert.ok(refused.some((problem) => problem.includes(`${directive} refused`)), `${route}: no ${directive} report in ${refused}`);
    }
    await page.context().close();
  }
});

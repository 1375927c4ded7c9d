// End-to-end: a site built from a corpus of plain .txt files (no event.toml), as a user would with
// PARALLAX_CORPUS, for a project site of GitHub Pages (`--public-url /parallax/`, served under
// that path). Builds once with Trunk into a temporary folder (slow: a release build), then checks
// the events list, an overview, a compare link and where every request went.
// PARALLAX_E2E_SKIP_BUILD=1 skips it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, buildSite, columnIds, open, startSite } from './helpers.mjs';

const CORPUS = path.join(ROOT, 'tests', 'e2e', 'fixtures', 'plain-corpus');
const PUBLIC_URL = '/parallax/';
const skip = process.env.PARALLAX_E2E_SKIP_BUILD === '1' && 'PARALLAX_E2E_SKIP_BUILD=1';

// What the fixture holds: event folders named as ids, outlets named after their files.
const EVENTS = {
  'harbour-bridge-reopens': {
    'coastal-courier': 'Coastal Courier',
    'the-morning-ledger': 'The Morning Ledger',
    'valley-radio': 'Valley Radio',
  },
  'night-library-trial': {
    'brackwater-weekly': 'Brackwater Weekly',
    'county-bulletin': 'County Bulletin',
  },
};

let dist;
let site;
before(
  async () => {
    if (skip) return;
    dist = await mkdtemp(path.join(tmpdir(), 'parallax-plain-dist-'));
    await buildSite(CORPUS, dist, ['--public-url', PUBLIC_URL]);
    site = await startSite(dist, PUBLIC_URL);
  },
  { timeout: 30 * 60_000 },
);
after(async () => {
  await site?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

test('plain corpus: home lists every event folder', { skip }, async () => {
  const page = await site.newPage();
  await open(page, site.url);
  await page.locator('a[data-event]').first().waitFor();
  const events = await page.locator('a[data-event]').evaluateAll((nodes) => nodes.map((n) => n.dataset.event));
  assert.deepEqual([...events].sort(), Object.keys(EVENTS).sort());
  assert.deepEqual(page.problems, []);
});

test('plain corpus: the overview names outlets after their files', { skip }, async () => {
  const page = await site.newPage();
  await open(page, site.at('#/e/harbour-bridge-reopens'));
  await page.locator('[data-outlet-card]').first().waitFor();
  const cards = await page
    .locator('[data-outlet-card]')
    .evaluateAll((nodes) => nodes.map((n) => n.dataset.outletCard));
  assert.deepEqual([...cards].sort(), Object.keys(EVENTS['harbour-bridge-reopens']).sort());
  for (const [id, name] of Object.entries(EVENTS['harbour-bridge-reopens'])) {
    assert.ok((await page.locator(`[data-outlet-card="${id}"]`).innerText()).includes(name), `${id}: ${name}`);
  }
  assert.deepEqual(page.problems, []);
});

test('plain corpus: a compare link shows each file in its own column', { skip }, async () => {
  const page = await site.newPage();
  await open(page, site.at('#/e/harbour-bridge-reopens/compare?o=valley-radio,coastal-courier'));
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  assert.deepEqual(await columnIds(page), ['valley-radio', 'coastal-courier']);
  const column = (id) => page.locator(`[data-outlet="${id}"]`).innerText();
  assert.ok((await column('valley-radio')).includes('A new protected bike lane now runs along the eastern side of the deck.'));
  assert.ok((await column('coastal-courier')).includes('Engineers replaced forty steel cables and resurfaced the entire deck.'));
  assert.ok(!(await column('valley-radio')).includes('steel cables'));
  assert.deepEqual(page.problems, []);
});

test('plain corpus: every event view renders, with its filter bar, and no notice', { skip }, async () => {
  const views = {
    'harbour-bridge-reopens': 'table[data-view="coverage"] tr[data-claim]',
    'harbour-bridge-reopens/compare?o=valley-radio,coastal-courier,the-morning-ledger': '[data-outlet] [data-sentence]',
    'harbour-bridge-reopens/compare?o=valley-radio,coastal-courier&view=align': 'table[data-view="align"] tr[data-claim]',
    'harbour-bridge-reopens/quotes': 'input[data-action="search"]',
    'harbour-bridge-reopens/sources': 'input[data-action="search"]',
  };
  for (const [route, ready] of Object.entries(views)) {
    const page = await site.newPage();
    await open(page, site.at(`#/e/${route}`));
    await page.locator(ready).first().waitFor({ state: 'attached' });
    assert.equal(await page.locator('[data-notice]').count(), 0, `a notice on ${route}`);
    assert.deepEqual(page.problems, [], `problems on ${route}`);
  }
});

test('plain corpus: under --public-url every file, the data included, comes from below that path', { skip }, async () => {
  const page = await site.newPage();
  const paths = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await open(page, site.at('#/e/night-library-trial/compare?o=county-bulletin,brackwater-weekly'));
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  assert.ok(paths.some((p) => /^\/parallax\/data\/index\.[0-9a-f]{16}\.bin$/.test(p)), `the index: ${paths}`);
  assert.ok(paths.some((p) => p.startsWith('/parallax/data/night-library-trial.')), `the event: ${paths}`);
  assert.deepEqual(paths.filter((p) => !p.startsWith(PUBLIC_URL)), [], 'nothing from outside the public URL');
  assert.deepEqual(page.problems, []);
});

// End-to-end (issue 10): share links written to freeze or spoof the page. A megabyte of unknown
// outlet ids, tens of thousands of repeated keys, and bidirectional controls in ids: the page
// opens with at most twenty notices and a summary, quoting nothing invisible. Times are printed
// as diagnostics and bounded only generously (BENCHMARKS.md has the measured figures).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_EVENT, columnIds, open, startSite } from './helpers.mjs';

/** What any page may take to open on a shared, busy machine before it counts as frozen. */
const FROZEN_MS = 15_000;

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Opens `route` and returns its notices' texts and how long it took until they were shown. */
async function openWithNotices(page, route) {
  const started = Date.now();
  await open(page, site.at(route));
  await page.locator('[data-notice]').first().waitFor();
  const took = Date.now() - started;
  return { notices: await page.locator('[data-notice]').allInnerTexts(), took };
}

test('a megabyte of unknown outlet ids opens with twenty notices and a summary', async (t) => {
  const ids = Array.from({ length: 100_000 }, (_, n) => `no-${n}`).join(',');
  const route = `#/e/${SEED_EVENT}/compare?o=${ids}`;
  assert.ok(route.length > 800_000);
  const page = await site.newPage();
  const { notices, took } = await openWithNotices(page, route);
  t.diagnostic(`a ${Math.round(route.length / 1024)} KB link opened in ${took} ms`);
  assert.equal(notices.length, 21, notices.slice(0, 25).join('\n'));
  assert.equal(notices[0], 'There is no outlet “no-0” in this event, so it was left out.');
  assert.match(notices[19], /^None of the outlets in the link belong to this event/);
  assert.equal(notices[20], '…and 99,981 more unknown outlets, also left out.');
  assert.equal(await page.locator('[data-notice="more"]').count(), 1);
  assert.equal((await columnIds(page)).length, 3, 'the default outlets are shown');
  assert.ok(took < FROZEN_MS, `the page took ${took} ms`);
  assert.deepEqual(page.problems, []);
});

test('fifty thousand repeated keys give one notice per distinct problem', async (t) => {
  const route =
    `#/e/${SEED_EVENT}/compare?o=rt,zee-news&` +
    'removed=maybe&'.repeat(50_000) +
    't=nope&'.repeat(50_000) +
    'o=rt&'.repeat(50_000);
  const page = await site.newPage();
  const { notices, took } = await openWithNotices(page, route);
  t.diagnostic(`${Math.round(route.length / 1024)} KB of repeated keys opened in ${took} ms`);
  assert.deepEqual(notices, [
    '“removed=maybe” is not understood (use 1 or 0), so it was ignored.',
    'The outlet “rt” was named more than once; it is shown once.',
    'There is no topic “nope” in this event, so it was left out.',
  ]);
  assert.deepEqual(await columnIds(page), ['rt', 'zee-news']);
  assert.ok(took < FROZEN_MS, `the page took ${took} ms`);
  assert.deepEqual(page.problems, []);
});

test('notices show no bidirectional or invisible characters from the link', async () => {
  const sneaky = '%E2%80%AEexe.txt%E2%81%A6%E2%80%8B%E2%80%8Fnews';
  const page = await site.newPage();
  const { notices } = await openWithNotices(page, `#/e/${SEED_EVENT}/compare?o=rt,zee-news,${sneaky}&t=${sneaky}&view=${sneaky}`);
  assert.equal(notices.length, 3, notices.join('\n'));
  for (const notice of notices) {
    assert.ok(notice.includes('exe.txtnews”'), notice);
    assert.doesNotMatch(notice, /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c]/u, notice);
  }
  assert.deepEqual(page.problems, []);
});

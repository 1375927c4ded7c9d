// End-to-end (issue 9): a site of 50 events. The events page lists them all with their counts,
// newest first; it searches by title and by outlet, sorts by date, keeps both in the link, and
// an event opens with its own data file only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, startSite } from './helpers.mjs';
import { parallax, synthSite } from './sites.mjs';

let made;
let site;
let events;
before(
  async () => {
    made = await synthSite({ events: 50, outlets: 8, seed: 3 });
    site = await startSite(made.dist);
    events = JSON.parse(await parallax(['report', made.corpus, '--json', '--compact', '--quiet'])).events;
  },
  { timeout: 5 * 60_000 },
);
after(async () => {
  await site?.close();
  await made?.remove();
});

/** The events listed, in order. */
const listed = (page) => page.locator('a[data-event]').evaluateAll((nodes) => nodes.map((n) => n.dataset.event));
const newestFirst = (list) => [...list].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));

test('the events page lists all 50, newest first, with their outlet and claim counts', async () => {
  const page = await site.newPage();
  await open(page, site.url);
  await page.locator('a[data-event]').first().waitFor();
  assert.equal(events.length, 50);
  assert.deepEqual(await listed(page), newestFirst(events).map((e) => e.id));
  assert.equal(await page.locator('[data-events-shown]').innerText(), '50 events');
  const first = newestFirst(events)[0];
  const entry = page.locator('.event-entry').first();
  assert.equal(await entry.locator('[data-count="outlets"]').innerText(), `${first.outlets.length} outlets`);
  assert.equal(await entry.locator('[data-count="claims"]').innerText(), `${first.claims.length} claims`);
  assert.deepEqual(page.problems, []);
});

test('the search finds events by a title word and by an outlet name, and the link keeps it', async () => {
  const page = await site.newPage();
  await open(page, site.url);
  const box = page.locator('input[data-action="search-events"]');
  await box.waitFor();
  const word = events[7].title.split(' ').find((w) => w.length > 5).toLowerCase();
  await box.fill(word);
  const byTitle = newestFirst(events.filter((e) => e.title.toLowerCase().includes(word))).map((e) => e.id);
  await page.waitForFunction((n) => document.querySelectorAll('a[data-event]').length === n, byTitle.length);
  assert.deepEqual(await listed(page), byTitle);
  assert.match(page.url(), new RegExp(`#/\\?q=${word}$`));
  assert.equal(await page.locator('[data-events-shown]').innerText(), `${byTitle.length} of 50 events`);

  const outlet = events[3].outlets[5].name;
  await box.fill(outlet.toUpperCase());
  const byOutlet = newestFirst(events.filter((e) => e.outlets.some((o) => o.name === outlet))).map((e) => e.id);
  await page.waitForFunction((ids) => document.querySelector('a[data-event]')?.dataset.event === ids[0], byOutlet);
  assert.deepEqual(await listed(page), byOutlet);
  await box.fill('no event has this word');
  await page.locator('.empty').waitFor();
  assert.equal(await page.locator('a[data-event]').count(), 0);
  // A shared link opens on the same search.
  await open(page, site.at(`#/?q=${encodeURIComponent(word)}`));
  await page.locator('a[data-event]').first().waitFor();
  assert.deepEqual(await listed(page), byTitle);
  assert.equal(await box.inputValue(), word);
  assert.deepEqual(page.problems, []);
});

test('the order switches to oldest first, as a new history entry', async () => {
  const page = await site.newPage();
  await open(page, site.url);
  await page.locator('select[data-action="sort-events"]').selectOption('oldest');
  await page.waitForURL(/sort=oldest/);
  assert.deepEqual(await listed(page), newestFirst(events).reverse().map((e) => e.id));
  await page.goBack();
  await page.waitForURL((url) => !url.hash.includes('sort='));
  assert.deepEqual(await listed(page), newestFirst(events).map((e) => e.id));
  assert.deepEqual(page.problems, []);
});

test('an event of the list opens with its own data file only', async () => {
  const page = await site.newPage();
  const files = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/')) files.push(path);
  });
  await open(page, site.url);
  const target = events[20];
  await page.locator(`a[data-event="${target.id}"]`).click();
  await page.locator('table[data-view="coverage"] tr[data-claim]').first().waitFor();
  assert.equal(await page.locator('h1').innerText(), target.title);
  assert.equal(files.length, 2, `the index and one event: ${files}`);
  assert.ok(files[1].startsWith(`/data/${target.id}.`), files[1]);
  assert.deepEqual(page.problems, []);
});

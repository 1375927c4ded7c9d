// End-to-end (issue 9): event data loaded when needed. The home page fetches only the index; an
// event page fetches its event's file once, shows a loading line while it comes, and a clear
// message with "Try again" when it cannot be loaded, never a blank page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_EVENT, open, startSite, waitForApp } from './helpers.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const COMPARE = `#/e/${SEED_EVENT}/compare?o=india-tv-news,zee-news,business-standard`;
const isData = (url) => /\/data\/[^/]+\.bin$/.test(new URL(url).pathname);
const isEventFile = (url) => isData(url) && !new URL(url).pathname.includes('/data/index.');

/** Every request for a data file the page makes, by path. */
function dataRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    if (isData(request.url())) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

test('the home page fetches the index only; an event page fetches its file once and keeps it', async () => {
  const page = await site.newPage();
  const seen = dataRequests(page);
  await open(page, site.url);
  await page.locator(`a[data-event="${SEED_EVENT}"]`).waitFor();
  assert.equal(seen.filter((url) => url.includes('/data/index.')).length, 1, `${seen}`);
  assert.equal(seen.filter((url) => !url.includes('/data/index.')).length, 0, `no event file for the home page: ${seen}`);
  await page.locator(`a[data-event="${SEED_EVENT}"]`).click();
  await page.locator('table[data-view="coverage"] tr[data-claim]').first().waitFor();
  // The other pages of the event use what was loaded.
  await page.locator('.event-nav a[data-page="quotes"]').click();
  await page.locator('[data-quote-family]').first().waitFor();
  await page.locator('.event-nav a[data-page="compare"]').click();
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  const eventFiles = seen.filter((url) => !url.includes('/data/index.'));
  assert.equal(eventFiles.length, 1, `one fetch of the event's file: ${seen}`);
  assert.match(eventFiles[0], new RegExp(`/data/${SEED_EVENT}\\.[0-9a-f]{16}\\.bin$`));
  assert.deepEqual(page.problems, []);
});

test('a compare link fetches its event while the app starts, and the file name is content-hashed', async () => {
  const page = await site.newPage();
  const seen = dataRequests(page);
  await open(page, site.at(COMPARE));
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  assert.equal(seen.length, 2, `the index and the event, each once: ${seen}`);
  const link = await page.locator('link#parallax-index').evaluate((node) => ({ rel: node.rel, as: node.getAttribute('as') }));
  assert.deepEqual(link, { rel: 'preload', as: 'fetch' });
  assert.deepEqual(page.problems, []);
});

test('while the event loads, its title and a loading line show; then the articles', async () => {
  const page = await site.newPage();
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(isEventFile, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site.at(COMPARE));
  await waitForApp(page);
  const loading = page.locator('[data-loading]');
  await loading.waitFor();
  assert.match(await loading.innerText(), /Loading the articles/);
  assert.equal(await page.locator('h1').innerText(), 'The Putin–Trump phone call of 3 July 2025');
  assert.equal(await page.locator('[aria-busy="true"]').count(), 1);
  assert.equal(await page.locator('[data-sentence]').count(), 0);
  release();
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  assert.equal(await loading.count(), 0);
  assert.deepEqual(page.problems, []);
});

test('a failed fetch shows why, with "Try again", which loads the event', async () => {
  const page = await site.newPage();
  let failing = true;
  await page.route(isEventFile, (route) => (failing ? route.abort('failed') : route.continue()));
  await page.goto(site.at(COMPARE));
  await waitForApp(page);
  const error = page.locator('[data-load-error]');
  await error.waitFor();
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.match(await error.innerText(), /could not load this event’s articles: the network request failed/i);
  assert.equal(await page.locator('h1').innerText(), 'The Putin–Trump phone call of 3 July 2025');
  failing = false;
  await page.locator('[data-action="retry"]').click();
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  assert.equal(await error.count(), 0);
  assert.deepEqual(page.problems, []);
});

test('a data file gone from the server (404) says to reload, and "Reload the page" does', async () => {
  const page = await site.newPage();
  let gone = true;
  await page.route(isEventFile, (route) =>
    gone ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
  );
  await page.goto(site.at(COMPARE));
  await waitForApp(page);
  await page.locator('[data-load-error]').waitFor();
  assert.match(await page.locator('[data-load-error]').innerText(), /404.*reload the page/i);
  gone = false;
  await page.locator('[data-action="reload"]').click();
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  assert.deepEqual(page.problems, []);
});

test('a damaged data file is refused with a reason, not a blank page or a crash', async () => {
  const page = await site.newPage();
  await page.route(isEventFile, (route) => route.fulfill({ status: 200, body: '<!doctype html><p>Some host page</p>' }));
  await page.goto(site.at(`#/e/${SEED_EVENT}`));
  await waitForApp(page);
  await page.locator('[data-load-error]').waitFor();
  assert.match(await page.locator('[data-load-error]').innerText(), /damaged or incomplete/);
  assert.deepEqual(page.problems, []);
});

test('when the index cannot be loaded, the home page says so and "Try again" recovers', async () => {
  const page = await site.newPage();
  let failing = true;
  await page.route((url) => isData(url) && new URL(url).pathname.includes('/data/index.'), (route) =>
    failing ? route.abort('failed') : route.continue(),
  );
  await page.goto(site.url);
  await waitForApp(page);
  await page.locator('[data-load-error]').waitFor();
  assert.match(await page.locator('[data-load-error]').innerText(), /list of events/);
  failing = false;
  await page.locator('[data-action="retry"]').click();
  await page.locator(`a[data-event="${SEED_EVENT}"]`).waitFor();
  assert.deepEqual(page.problems, []);
});

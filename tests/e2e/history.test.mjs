// End-to-end: shared links and the browser's history. "Copy link" copies the exact current view,
// and opening that link elsewhere shows the same view; back and forward walk the visited views.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_EVENT, columnIds, open, startSite } from './helpers.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** What a reader sees of a compare view: the columns in order, their texts, and the removed toggle. */
async function viewOf(page) {
  await page.locator('[data-outlet]').first().waitFor();
  return {
    columns: await columnIds(page),
    texts: await page.locator('[data-outlet]').evaluateAll((nodes) => nodes.map((n) => n.textContent)),
    removed: await page.locator('[data-removed]').count(),
    toggle: await page.locator('[data-action="toggle-removed"]').isChecked(),
  };
}

test('copy link, then opening the copied link, gives the same view', async () => {
  const page = await site.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await open(page, site.at(`#/e/${SEED_EVENT}/compare?o=newsweek,zee-news,rt&removed=1`));
  const before = await viewOf(page);
  assert.deepEqual(before.columns, ['newsweek', 'zee-news', 'rt']);
  assert.ok(before.removed > 0);

  await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
  await page.locator('[data-action="copy-link"]').click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '(nothing copied yet)');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url(), 'the copied link should be the address of the current view');
  assert.ok(copied.startsWith(site.url), `the copied link should be absolute: ${copied}`);

  const elsewhere = await site.newPage();
  await open(elsewhere, copied);
  assert.deepEqual(await viewOf(elsewhere), before);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(elsewhere.problems, []);
});

test('back and forward walk home, overview and compare', async () => {
  const page = await site.newPage();
  await open(page, site.url);
  await page.locator(`a[data-event="${SEED_EVENT}"]`).click();
  await page.locator('[data-outlet-card]').first().waitFor();
  for (const id of ['rt', 'business-standard']) await page.locator(`input[name=outlet][value="${id}"]`).check();
  await page.locator('[data-action="compare"]').click();
  const compare = await viewOf(page);
  const compareUrl = page.url();
  assert.ok(compare.columns.includes('rt') && compare.columns.includes('business-standard'));

  const overviewShown = () => page.locator('[data-outlet-card]').first().waitFor();
  const homeShown = () => page.locator(`a[data-event="${SEED_EVENT}"]`).waitFor();

  await page.goBack();
  await overviewShown();
  assert.match(page.url(), new RegExp(`#/e/${SEED_EVENT}$`));
  // (The overview's coverage matrix has [data-outlet] cells too; compare columns hold sentences.)
  assert.equal(await page.locator('[data-outlet] [data-sentence]').count(), 0, 'compare columns left on the overview');
  await page.goBack();
  await homeShown();
  await page.goForward();
  await overviewShown();
  await page.goForward();
  assert.deepEqual(await viewOf(page), compare);
  assert.equal(page.url(), compareUrl);
  assert.deepEqual(page.problems, []);
});

test('going to another page brings keyboard focus to it; a change of view within a page keeps it', async () => {
  const page = await site.newPage();
  await open(page, site.at(`#/e/${SEED_EVENT}`));
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  // A topic chip changes the view, not the page: focus stays on the chip.
  const chip = page.locator('button[data-topic]').first();
  await chip.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('t='));
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.topic), await chip.getAttribute('data-topic'));
  // A link to another page: focus moves to the main landmark, without scrolling the page away.
  const link = page.locator('nav.event-nav a[data-page="quotes"]');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('/quotes'));
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(await focused(), 'main');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the new page starts at the top');
  // Back is a page change too.
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('/quotes'));
  await page.locator('button[data-topic]').first().waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'main');
});

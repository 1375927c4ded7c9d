// End-to-end (issue 9): one event of 300 outlets. The overview's matrix groups its columns (25
// outlets a group, in name order) and opens a group on demand; the outlet picker is a searchable,
// sortable list; compare, quotes and sources work at this size.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, columnIds, open, startSite } from './helpers.mjs';
import { parallax, synthSite } from './sites.mjs';

const OUTLETS = 300;
let made;
let site;
let event;
before(
  async () => {
    made = await synthSite({ events: 1, outlets: OUTLETS, sentences: OUTLETS * 10, seed: 2 });
    site = await startSite(made.dist);
    event = JSON.parse(await parallax(['report', made.corpus, '--json', '--compact', '--quiet'])).events[0];
  },
  { timeout: 5 * 60_000 },
);
after(async () => {
  await site?.close();
  await made?.remove();
});

const overview = () => site.at(`#/e/${event.id}`);
const folded = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

test('the overview groups the matrix columns by name and opens a group on demand', async () => {
  const page = await site.newPage();
  await open(page, overview());
  const table = page.locator('table[data-view="coverage"]');
  await table.locator('tr[data-claim]').first().waitFor();
  assert.equal(await table.locator('thead th.group').count(), Math.ceil(OUTLETS / 25));
  assert.equal(await table.locator('thead th[data-outlet]').count(), 0, 'no outlet columns until a group opens');
  // Each group cell counts the group's outlets that report the row's claim.
  const byName = [...event.outlets].sort((a, b) => folded(a.name).localeCompare(folded(b.name)) || a.id.localeCompare(b.id));
  const firstRow = table.locator('tbody tr[data-claim]').first();
  const claimId = await firstRow.getAttribute('data-claim');
  const claim = event.claims.find((c) => c.id === claimId);
  const counts = (await firstRow.locator('td.group').allInnerTexts()).map(Number);
  const expected = [...Array(Math.ceil(OUTLETS / 25)).keys()].map(
    (g) => byName.slice(g * 25, g * 25 + 25).filter((o) => claim.outlets.includes(o.id)).length,
  );
  assert.deepEqual(counts, expected);

  const toggle = table.locator('thead th.group button[data-action="open-group"]').nth(1);
  await toggle.click();
  await page.locator('table[data-view="coverage"] thead th[data-outlet]').first().waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const opened = await page.locator('table[data-view="coverage"] thead th[data-outlet]').evaluateAll((n) => n.map((x) => x.dataset.outlet));
  assert.deepEqual(opened, byName.slice(25, 50).map((o) => o.id));
  const cells = await page.locator('table[data-view="coverage"] tbody tr[data-claim]').first().locator('td[data-outlet]').evaluateAll(
    (n) => n.map((x) => x.dataset.carried),
  );
  assert.deepEqual(cells, byName.slice(25, 50).map((o) => (claim.outlets.includes(o.id) ? 'yes' : 'no')));
  await toggle.click();
  await page.locator('table[data-view="coverage"] thead th[data-outlet]').first().waitFor({ state: 'detached' });
  assert.deepEqual(page.problems, []);
});

test('the picker searches and sorts the outlets, and compares the ones ticked', async () => {
  const page = await site.newPage();
  await open(page, overview());
  const list = page.locator('.outlet-list');
  await list.locator('[data-outlet-card]').first().waitFor();
  assert.equal(await list.locator('[data-outlet-card]').count(), 200, 'the first 200 until the search narrows them');
  // Search by name.
  const wanted = event.outlets[123];
  const word = wanted.name.split(' ').pop();
  await page.locator('input[data-action="find-outlet"]').fill(word.toUpperCase());
  const matching = event.outlets.filter((o) => folded(o.name).includes(folded(word)));
  await page.waitForFunction((n) => document.querySelectorAll('.outlet-list [data-outlet-card]').length === n, Math.min(200, matching.length));
  const found = await list.locator('[data-outlet-card]').evaluateAll((n) => n.map((x) => x.dataset.outletCard));
  assert.ok(found.includes(wanted.id));
  assert.ok(found.every((id) => matching.some((o) => o.id === id)));
  await page.locator('input[data-action="find-outlet"]').fill('');
  // Sort by claims carried: the counts never rise down the list.
  await page.locator('select[data-action="sort-outlets"]').selectOption('claims');
  await page.waitForFunction(() => {
    const counts = [...document.querySelectorAll('.outlet-list .facts')].map((n) => parseInt(n.textContent, 10));
    return counts.length > 1 && counts.every((c, i) => i === 0 || c <= counts[i - 1]);
  });
  // Tick three (none ticked first) and compare them.
  while (await page.locator('.picked [data-action="unpick"]').count()) {
    await page.locator('.picked [data-action="unpick"]').first().click();
  }
  assert.equal(await list.locator('input[name="outlet"]:checked').count(), 0);
  const ids = await list.locator('[data-outlet-card]').evaluateAll((n) => n.slice(4, 7).map((x) => x.dataset.outletCard));
  for (const id of ids) await list.locator(`input[name="outlet"][value="${id}"]`).check();
  assert.equal(await page.locator('.picked [data-action="unpick"]').count(), 3);
  await page.locator('[data-action="compare"]').click();
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  const order = event.outlets.map((o) => o.id).filter((id) => ids.includes(id));
  assert.deepEqual(await columnIds(page), order, 'the picked outlets, in the event’s order');
  assert.deepEqual(page.problems, []);
});

test('compare, quotes and sources work with hundreds of outlets', async () => {
  const page = await site.newPage();
  const five = event.outlets.slice(100, 105).map((o) => o.id);
  await open(page, site.at(`#/e/${event.id}/compare?o=${five.join(',')}&view=align`));
  await page.locator('table[data-view="align"] tr[data-claim]').first().waitFor();
  await open(page, site.at(`#/e/${event.id}/quotes`));
  await page.locator('[data-quote-family]').first().waitFor();
  // A family of many outlets shows each wording once, the first few until asked.
  const id = await page
    .locator('[data-quote-family]')
    .filter({ has: page.locator('[data-action="more-wordings"]') })
    .first()
    .getAttribute('data-quote-family');
  const family = page.locator(`[data-quote-family="${id}"]`);
  assert.equal(await family.locator('ol.variants > li').count(), 5);
  await family.locator('[data-action="more-wordings"]').click();
  await family.locator('[data-action="more-wordings"]').waitFor({ state: 'detached' });
  assert.ok((await family.locator('ol.variants > li').count()) > 5);
  await open(page, site.at(`#/e/${event.id}/sources`));
  await page.locator('table[data-view="sources"] tr[data-source]').first().waitFor();
  assert.equal(await page.locator('table[data-view="sources"] thead th.group').count(), Math.ceil(OUTLETS / 25));
  assert.deepEqual(page.problems, []);
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds nothing on the big overview and ledger (${colorScheme})`, async () => {
    const page = await site.newPage({ colorScheme });
    for (const route of [`#/e/${event.id}`, `#/e/${event.id}/quotes`]) {
      await open(page, site.at(route));
      await page.locator('table[data-view="coverage"], [data-quote-family]').first().waitFor();
      assert.deepEqual(await axeViolations(page), [], route);
    }
    assert.deepEqual(page.problems, []);
  });
}

// End-to-end (issue 4): every event view keeps its state in the address. For the overview with
// its coverage matrix, compare (read and align), the quote ledger and the sources matrix: a link
// opens exactly its state; topic chips push a history entry and the search box replaces it; a
// reload shows the same view; Back and Forward step through the changes. What each view should
// show is computed from the engine's own report of the corpus, not read from the UI.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_EVENT, open, waitForApp } from './helpers.mjs';
import {
  VIEWS,
  both,
  chip,
  expectedIds,
  openView,
  pressedChips,
  queryOf,
  searchBox,
  searchMatches,
  shownIds,
  sorted,
  waitForQuery,
  assertSameSet,
  newPage,
  withSeedSite,
} from './views.mjs';

let site;
let report;
withSeedSite((started, loaded) => {
  [site, report] = [started, loaded];
});

/**
 * Polls `read()` until it deep-equals `expected`, then asserts; lists are compared as sets, with
 * the missing and unexpected items named.
 */
async function eventually(read, expected, message) {
  let actual;
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; ) {
    actual = await read();
    if (JSON.stringify(actual) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  if (Array.isArray(expected)) assertSameSet(actual, expected, message);
  if (actual?.shown && expected?.shown) assertSameSet(actual.shown, expected.shown, `${message}: shown`);
  assert.deepEqual(actual, expected, message);
}

/** The view's state as a reader sees it: the address's query, chips, search text and content. */
async function snapshot(page, name) {
  return {
    query: [...queryOf(page)].map(([key, value]) => `${key}=${value}`),
    chips: await pressedChips(page),
    search: await searchBox(page).inputValue(),
    shown: sorted(await shownIds(page, name)),
  };
}

const historyLength = (page) => page.evaluate(() => history.length);

for (const name of Object.keys(VIEWS)) {
  describe(name, () => {
    test('a link with topics and a search opens exactly that state', async () => {
      const page = await newPage(site);
      await openView(site, page, name, 't=iran-middle-east&q=russia');
      assert.deepEqual(await pressedChips(page), ['iran-middle-east']);
      assert.equal(await searchBox(page).inputValue(), 'russia');
      const matching = both(report.tagged(['iran-middle-east']), searchMatches(report, 'russia'));
      await eventually(
        async () => sorted(await shownIds(page, name)),
        sorted(expectedIds(report, name, matching)),
        `${name} should show what t=iran-middle-east&q=russia keeps`,
      );
      if (name === 'compare align') {
        assert.equal(await page.locator('[data-outlet] [data-sentence]:not(table *)').count(), 0, 'read columns in align');
      }
      if (name === 'compare read') {
        assert.equal(await page.locator('table[data-view="align"]').count(), 0, 'the align table in read');
        // Search matches are highlighted, and only inside kept sentences.
        const marks = await page.locator('[data-outlet] [data-sentence] mark').allInnerTexts();
        assert.ok(marks.length > 0, 'no <mark> for the search word');
        for (const mark of marks) assert.equal(mark.toLowerCase(), 'russia');
      }
      assert.deepEqual(page.problems, []);
    });

    test('chips push history, typing replaces it, reload keeps the view, Back and Forward walk it', async () => {
      const page = await newPage(site);
      await openView(site, page, name);
      const start = await snapshot(page, name);
      assert.deepEqual(start.chips, []);
      assert.equal(start.search, '');
      assertSameSet(start.shown, expectedIds(report, name, null), `${name} unfiltered`);
      const base = queryOf(page).toString();
      const length = await historyLength(page);

      // A chip: t= is written with a new history entry, and the view narrows.
      await chip(page, 'negotiations').click();
      await waitForQuery(page, (q) => q.get('t') === 'negotiations', 'got t=negotiations');
      assert.equal(await historyLength(page), length + 1, 'a chip should push a history entry');
      assert.equal(await chip(page, 'negotiations').getAttribute('aria-pressed'), 'true');
      await eventually(
        async () => sorted(await shownIds(page, name)),
        sorted(expectedIds(report, name, report.tagged(['negotiations']))),
        `${name} after choosing the negotiations chip`,
      );

      // Typing: q= follows the box with history *replace*; the other keys stay.
      await searchBox(page).click();
      await searchBox(page).pressSequentially('putin', { delay: 40 });
      await waitForQuery(page, (q) => q.get('q') === 'putin', 'got q=putin');
      assert.equal(await historyLength(page), length + 1, 'typing should replace, not push');
      const filtered = queryOf(page);
      for (const [key, value] of new URLSearchParams(base)) assert.equal(filtered.get(key), value, `${key}= kept`);
      assert.equal(filtered.get('t'), 'negotiations');
      const matching = both(report.tagged(['negotiations']), searchMatches(report, 'putin'));
      await eventually(
        async () => sorted(await shownIds(page, name)),
        sorted(expectedIds(report, name, matching)),
        `${name} after typing "putin"`,
      );
      const typed = await snapshot(page, name);

      // Reload: the same view.
      await page.reload();
      await waitForApp(page);
      await page.locator(VIEWS[name].ready).first().waitFor({ state: 'attached' });
      await eventually(() => snapshot(page, name), typed, `${name} after a reload`);

      // Back: the entry before the chip (typing replaced the chip's entry), so no filter at all.
      await page.goBack();
      await waitForQuery(page, (q) => !q.has('t') && !q.has('q'), 'dropped t= and q= on Back');
      await page.locator(VIEWS[name].ready).first().waitFor({ state: 'attached' });
      await eventually(() => snapshot(page, name), start, `${name} after Back`);
      await page.goForward();
      await waitForQuery(page, (q) => q.get('t') === 'negotiations' && q.get('q') === 'putin', 'came back on Forward');
      await page.locator(VIEWS[name].ready).first().waitFor({ state: 'attached' });
      await eventually(() => snapshot(page, name), typed, `${name} after Forward`);
      assert.deepEqual(page.problems, []);
    });
  });
}

describe('compare state in the link', () => {
  test('outlets, layout, sort, focus and removed text all come from the link', async () => {
    const page = await newPage(site);
    const outlets = ['newsweek', 'zee-news', 'rt'];
    // A full link: a different order, align sorted unique-first, a topic, a focus, removed text.
    const focus = report.sentenceWith('zee-news', 'might get offended');
    const query = `o=${outlets.join(',')}&view=align&sort=unique&t=the-call&s=${focus}&removed=1`;
    await open(page, site.at(`#/e/${SEED_EVENT}/compare?${query}`));
    await page.locator('table[data-view="align"] tr[data-claim]').first().waitFor();
    const columns = await page
      .locator('table[data-view="align"] tr[data-claim]')
      .first()
      .locator('td[data-outlet]')
      .evaluateAll((nodes) => nodes.map((node) => node.dataset.outlet));
    assert.deepEqual(columns, outlets, 'align columns in the order of o=');
    assert.deepEqual(await pressedChips(page), ['the-call']);
    // sort=unique: the claims only one shown outlet carries come first.
    const tagged = report.tagged(['the-call']);
    const rows = report.claims.filter((claim) =>
      claim.sentences.some((id) => outlets.includes(report.outletOf.get(id)) && tagged.has(id)),
    );
    const carried = (claim) => new Set(claim.sentences.map((id) => report.outletOf.get(id)).filter((o) => outlets.includes(o))).size;
    const expected = [...rows.filter((c) => carried(c) === 1), ...rows.filter((c) => carried(c) > 1)].map((c) => c.id);
    const shown = await shownIds(page, 'compare align');
    assert.deepEqual(shown, expected, 'align rows, unique first, each part in story order');
    // The layout and sort controls say what is on.
    const pressed = await page
      .locator('[data-action="layout"] [aria-pressed="true"], [data-action="layout"][aria-pressed="true"], [data-action="layout"] input:checked, input[data-action="layout"]:checked')
      .evaluateAll((nodes) => nodes.map((node) => (node.value || node.dataset.value || node.textContent).trim().toLowerCase()));
    assert.ok(pressed.length === 1 && /align/.test(pressed[0]), `the layout control should show align: ${pressed}`);
    assert.equal(await page.locator('[data-action="toggle-removed"]').isChecked(), true);
    assert.deepEqual(page.problems, []);
  });

  test('sort and layout controls write view= and sort= with history entries', async () => {
    const page = await newPage(site);
    await openView(site, page, 'compare read');
    const length = await historyLength(page);
    const layoutButton = (value) =>
      page.locator(
        `[data-action="layout"][value="${value}"], [data-action="layout"] [value="${value}"], [data-action="layout"][data-value="${value}"], [data-action="layout"] [data-value="${value}"]`,
      );
    await layoutButton('align').first().click();
    await page.locator('table[data-view="align"]').waitFor();
    await waitForQuery(page, (q) => q.get('view') === 'align', 'got view=align');
    assert.equal(await historyLength(page), length + 1);
    const sortUnique = page.locator(
      `[data-action="sort"][value="unique"], [data-action="sort"] [value="unique"], [data-action="sort"][data-value="unique"], [data-action="sort"] [data-value="unique"], select[data-action="sort"]`,
    );
    if ((await sortUnique.first().evaluate((node) => node.tagName)) === 'SELECT') {
      await sortUnique.first().selectOption('unique');
    } else {
      await sortUnique.first().click();
    }
    await waitForQuery(page, (q) => q.get('sort') === 'unique', 'got sort=unique');
    assert.equal(await historyLength(page), length + 2);
    await page.goBack();
    await waitForQuery(page, (q) => q.get('view') === 'align' && !q.has('sort'), 'dropped sort= on Back');
    await page.goBack();
    await waitForQuery(page, (q) => !q.has('view'), 'dropped view= on Back');
    await page.locator('[data-outlet] [data-sentence]').first().waitFor();
    assert.equal(await page.locator('table[data-view="align"]').count(), 0);
    assert.deepEqual(page.problems, []);
  });
});

test('Back and Forward step through a walk across the views, filter carried by the event links', async () => {
  const page = await newPage(site);
  await openView(site, page, 'overview');
  const steps = [];
  const record = async (check) => {
    steps.push({ url: page.url(), check });
    await check();
  };
  const coverageShown = () => page.locator('table[data-view="coverage"] tr[data-claim]').first().waitFor();
  await record(coverageShown);

  await chip(page, 'iran-middle-east').click();
  await waitForQuery(page, (q) => q.get('t') === 'iran-middle-east', 'got the chip');
  await record(async () => {
    await coverageShown();
    assert.deepEqual(await pressedChips(page), ['iran-middle-east']);
  });

  // The event's links to its other pages carry the filter.
  for (const target of ['quotes', 'sources', 'compare']) {
    const href = await page.locator(`a[href*="#/e/${SEED_EVENT}/${target}"]`).first().getAttribute('href');
    assert.match(href, /[?&]t=iran-middle-east(&|$)/, `the ${target} link should carry t=: ${href}`);
  }
  await page.locator(`a[href*="#/e/${SEED_EVENT}/quotes"]`).first().click();
  await page.locator('[data-quote-family]').first().waitFor();
  await record(async () => {
    await page.locator('[data-quote-family]').first().waitFor();
    assert.deepEqual(await pressedChips(page), ['iran-middle-east']);
  });

  await page.locator(`a[href*="#/e/${SEED_EVENT}/compare"]`).first().click();
  await page.locator('[data-outlet] [data-sentence]').first().waitFor();
  await record(async () => {
    await page.locator('[data-outlet] [data-sentence]').first().waitFor();
    assert.equal(queryOf(page).get('t'), 'iran-middle-east');
  });

  await page.keyboard.press('v');
  await page.locator('table[data-view="align"]').waitFor();
  await record(async () => {
    await page.locator('table[data-view="align"]').waitFor();
    assert.equal(queryOf(page).get('view'), 'align');
  });

  for (let n = steps.length - 2; n >= 0; n--) {
    await page.goBack();
    await page.waitForURL(steps[n].url);
    await steps[n].check();
  }
  for (let n = 1; n < steps.length; n++) {
    await page.goForward();
    await page.waitForURL(steps[n].url);
    await steps[n].check();
  }
  assert.deepEqual(page.problems, []);
});

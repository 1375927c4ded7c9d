// End-to-end (issue 4): the keyboard. On compare, j/k (and n/p) step to the next or previous shared
// claim and write s=, v switches the layout, / focuses the search, ? opens the shortcuts overlay
// (focus trapped inside, Escape closes it and gives focus back); none of them fire while typing.
// Chips and sentences are reachable and usable from the keyboard.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './helpers.mjs';
import { ALL_OUTLETS, frames, queryOf, route, searchBox, waitForQuery, newPage, withSeedSite } from './views.mjs';

let site;
let report;
withSeedSite((started, loaded) => {
  [site, report] = [started, loaded];
});

const compareRoute = (outlets, extra = '') => route('compare', [`o=${outlets.join(',')}`, extra].filter(Boolean).join('&'));

/**
 * The sentences that "next shared claim" visits in order, from the report: each claim (in story
 * order) that two or more shown outlets carry and that has a shown member in `matching` (null: no
 * filter), represented by its first sentence in the leftmost shown column that carries it.
 */
function sharedSteps(outlets, matching = null) {
  const steps = [];
  for (const claim of report.claims) {
    const shown = claim.sentences.filter((id) => outlets.includes(report.outletOf.get(id)));
    const carriers = new Set(shown.map((id) => report.outletOf.get(id)));
    if (carriers.size < 2) continue;
    if (matching && !shown.some((id) => matching.has(id))) continue;
    const column = outlets.find((outlet) => carriers.has(outlet));
    const first = shown
      .filter((id) => report.outletOf.get(id) === column)
      .sort((a, b) => report.position(a) - report.position(b))[0];
    steps.push(first);
  }
  return steps;
}

/** Presses a key with the focus on the page, not in a field. */
async function pressOnPage(page, key) {
  await page.evaluate(() => document.activeElement?.matches('input, textarea, select') && document.activeElement.blur());
  await page.keyboard.press(key);
}

describe('compare shortcuts', () => {
  test('j and k step through the shared claims and write s=', async () => {
    const outlets = ['zee-news', 'business-standard', 'rt'];
    const steps = sharedSteps(outlets);
    assert.ok(steps.length >= 3, `the seeds have shared claims among ${outlets}`);
    const page = await newPage(site);
    await open(page, site.at(compareRoute(outlets)));
    await page.locator('[data-outlet] [data-sentence]').first().waitFor();
    const expectFocus = async (id, what) => {
      await waitForQuery(page, (q) => q.get('s') === id, `${what}: went to s=${id}`);
      await page.locator(`[data-sentence="${id}"].is-focused`).waitFor();
      assert.equal(await page.locator('.is-focused').count(), 1, `${what}: one focused sentence`);
    };
    await pressOnPage(page, 'j');
    await expectFocus(steps[0], 'j');
    await pressOnPage(page, 'j');
    await expectFocus(steps[1], 'j j');
    await pressOnPage(page, 'n');
    await expectFocus(steps[2], 'j j n');
    await pressOnPage(page, 'k');
    await expectFocus(steps[1], 'j j n k');
    await pressOnPage(page, 'p');
    await expectFocus(steps[0], 'j j n k p');
    assert.deepEqual(page.problems, []);
  });

  test('j follows the topic filter', async () => {
    const outlets = ALL_OUTLETS;
    const steps = sharedSteps(outlets, report.tagged(['weapons-pause']));
    const page = await newPage(site);
    await open(page, site.at(compareRoute(outlets, 't=weapons-pause')));
    await page.locator('[data-outlet] [data-sentence]').first().waitFor();
    await pressOnPage(page, 'j');
    await waitForQuery(page, (q) => q.get('s') === steps[0], `went to s=${steps[0]}`);
    assert.equal(queryOf(page).get('t'), 'weapons-pause', 'the filter stays');
    assert.deepEqual(page.problems, []);
  });

  test('v switches between read and align, and / focuses the search', async () => {
    const page = await newPage(site);
    await open(page, site.at(compareRoute(ALL_OUTLETS)));
    await page.locator('[data-outlet] [data-sentence]').first().waitFor();
    await pressOnPage(page, 'v');
    await page.locator('table[data-view="align"]').waitFor();
    await waitForQuery(page, (q) => q.get('view') === 'align', 'got view=align');
    await pressOnPage(page, 'v');
    await page.locator('[data-outlet] [data-sentence]').first().waitFor();
    await waitForQuery(page, (q) => !q.has('view'), 'dropped view=');
    assert.equal(await page.locator('table[data-view="align"]').count(), 0);
    await pressOnPage(page, '/');
    assert.equal(await searchBox(page).evaluate((node) => node === document.activeElement), true);
    assert.equal(await searchBox(page).inputValue(), '', 'the "/" is not typed into the box');
    assert.deepEqual(page.problems, []);
  });

  test('? opens the shortcuts overlay; focus is trapped in it; Escape closes it and returns focus', async () => {
    const page = await newPage(site);
    await open(page, site.at(compareRoute(ALL_OUTLETS)));
    const first = report.sentenceIds.find((id) => report.outletOf.get(id) === ALL_OUTLETS[0]);
    const before = page.locator(`[data-sentence="${first}"]`);
    await before.focus();
    assert.ok(await before.evaluate((node) => node === document.activeElement), 'a sentence takes the focus');
    await page.keyboard.press('Shift+?');
    const overlay = page.locator('[role=dialog][data-overlay="shortcuts"]');
    await overlay.waitFor({ state: 'visible' });
    const text = await overlay.innerText();
    for (const key of ['j', 'k', 'v', '/', '?']) assert.ok(text.includes(key), `the overlay lists "${key}"`);
    assert.ok(await overlay.evaluate((node) => node.contains(document.activeElement)), 'focus moves into the overlay');
    // Trapped: Tab never reaches the page behind. (With a native modal <dialog>, focus passes
    // through the browser's own UI after the last control: document.activeElement is then the body.)
    const trapped = () =>
      overlay.evaluate((node) => node.contains(document.activeElement) || document.activeElement === document.body);
    for (let n = 0; n < 6; n++) {
      await page.keyboard.press('Tab');
      assert.ok(await trapped(), `Tab ${n + 1} reached the page behind the overlay`);
    }
    await page.keyboard.press('Shift+Tab');
    assert.ok(await trapped(), 'Shift+Tab reached the page behind the overlay');
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'hidden' });
    assert.ok(await before.evaluate((node) => node === document.activeElement), 'focus returns to the sentence');
    assert.deepEqual(page.problems, []);
  });

  test('shortcuts are ignored while typing in the search box', async () => {
    const page = await newPage(site);
    await open(page, site.at(compareRoute(ALL_OUTLETS)));
    await searchBox(page).click();
    await page.keyboard.type('jvkn?', { delay: 30 });
    await waitForQuery(page, (q) => q.get('q') === 'jvkn?', 'got the typed text');
    await frames(page);
    const query = queryOf(page);
    assert.ok(!query.has('view') && !query.has('s'), `a shortcut fired while typing: ${page.url()}`);
    assert.equal(await page.locator('[role=dialog][data-overlay="shortcuts"]').isVisible().catch(() => false), false);
    assert.equal(await searchBox(page).inputValue(), 'jvkn?');
    assert.deepEqual(page.problems, []);
  });
});

describe('keyboard use of the controls', () => {
  test('a chip toggles with Enter and with Space', async () => {
    const page = await newPage(site);
    await open(page, site.at(route('overview')));
    const chip = page.locator('button[data-topic="iran-middle-east"]');
    await chip.focus();
    await page.keyboard.press('Enter');
    await waitForQuery(page, (q) => q.get('t') === 'iran-middle-east', 'got t= from Enter');
    await page.locator('button[data-topic="iran-middle-east"]').focus();
    await page.keyboard.press('Space');
    await waitForQuery(page, (q) => !q.has('t'), 'dropped t= on Space');
    assert.deepEqual(page.problems, []);
  });

  test('Tab reaches the sentences of a compare column', async () => {
    const page = await newPage(site);
    await open(page, site.at(compareRoute(['rt', 'newsweek'])));
    await page.locator('[data-outlet] [data-sentence]').first().waitFor();
    let reached = false;
    for (let n = 0; n < 80 && !reached; n++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-sentence]')));
    }
    assert.ok(reached, 'Tab never reached a sentence within 80 presses');
    assert.deepEqual(page.problems, []);
  });
});

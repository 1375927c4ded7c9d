// End-to-end: the layout on a 375 px phone (no sideways scrolling, tabs for the columns) and
// axe-core's accessibility rules on every page, in light and dark mode.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_EVENT, axeViolations, columnIds, open, scrollsSideways, startSite } from './helpers.mjs';

const PHONE = { width: 375, height: 740 };
const PAGES = {
  home: { route: '', ready: `a[data-event="${SEED_EVENT}"]` },
  overview: { route: `#/e/${SEED_EVENT}`, ready: '[data-outlet-card]' },
  compare: {
    route: `#/e/${SEED_EVENT}/compare?o=india-tv-news,zee-news,business-standard,rt,newsweek`,
    ready: '[data-outlet] [data-sentence]',
  },
  'compare with removed text': {
    route: `#/e/${SEED_EVENT}/compare?o=newsweek,rt&removed=1`,
    ready: '[data-removed]',
  },
  'unknown outlet notice': {
    route: `#/e/${SEED_EVENT}/compare?o=rt,no-such-outlet`,
    ready: '[data-notice]',
  },
};

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

describe('a 375 px phone', () => {
  for (const [name, { route, ready }] of Object.entries(PAGES)) {
    test(`${name}: no horizontal scrolling`, async () => {
      const page = await site.newPage({ viewport: PHONE });
      await open(page, site.at(route));
      await page.locator(ready).first().waitFor({ state: 'attached' });
      const widths = await page.evaluate(() => ({
        scroll: document.scrollingElement.scrollWidth,
        inner: window.innerWidth,
      }));
      assert.equal(await scrollsSideways(page), false, `scrolls sideways: ${JSON.stringify(widths)}`);
      assert.deepEqual(page.problems, []);
    });
  }

  test('compare: the columns become tabs, in the order of the link, and a tab shows its column', async () => {
    const order = ['zee-news', 'rt', 'newsweek'];
    const page = await site.newPage({ viewport: PHONE });
    await open(page, site.at(`#/e/${SEED_EVENT}/compare?o=${order.join(',')}`));
    const tablist = page.locator('[role=tablist]');
    await tablist.waitFor();
    const tabs = await tablist
      .locator('[role=tab][data-tab]')
      .evaluateAll((nodes) => nodes.map((node) => node.dataset.tab));
    assert.deepEqual(tabs, order);
    assert.deepEqual(await columnIds(page), order);
    await tablist.locator('[role=tab][data-tab="newsweek"]').click();
    await page.locator('[data-outlet="newsweek"] [data-sentence]').first().waitFor({ state: 'visible' });
    assert.equal(await tablist.locator('[data-tab="newsweek"]').getAttribute('aria-selected'), 'true');
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(page.problems, []);
  });
});

describe('axe-core', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, { route, ready }] of Object.entries(PAGES)) {
      test(`${name}, ${colorScheme} mode: no violations`, async () => {
        const page = await site.newPage({ colorScheme });
        await page.emulateMedia({ colorScheme });
        await open(page, site.at(route));
        await page.locator(ready).first().waitFor({ state: 'attached' });
        assert.equal(
          await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
          colorScheme === 'dark',
        );
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe violations on ${name} (${colorScheme}):\n${violations.join('\n')}`);
        assert.deepEqual(page.problems, []);
      });
    }
  }
});

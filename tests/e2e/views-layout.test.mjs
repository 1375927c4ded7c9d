// End-to-end (issue 4): the event views on phones (no sideways page scrolling at 360 and 375 px;
// the aligned table scrolls inside its own focusable, labelled wrapper) and axe-core's rules on
// every view, with filters, highlights and the shortcuts overlay on, in light and dark mode.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, open, scrollsSideways, startSite } from './helpers.mjs';
import { ALL_OUTLETS, VIEWS, frames, openView, route, newPage } from './views.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The views, plain and with a filter, a focus and search marks on. */
const STATES = Object.entries(VIEWS).flatMap(([name]) => [
  [name, ''],
  [name, name.startsWith('compare') ? 't=negotiations&q=putin&s=business-standard-10' : 't=negotiations&q=putin'],
]);

describe('phones', () => {
  for (const width of [375, 360]) {
    for (const [name, extra] of STATES) {
      test(`${width} px, ${name}${extra ? ` (${extra})` : ''}: the page does not scroll sideways`, async () => {
        const page = await newPage(site, { viewport: { width, height: 740 } });
        await openView(site, page, name, extra);
        await frames(page);
        const widths = await page.evaluate(() => {
          // For the message: the first elements that stick out, outside any scrolling box.
          const clipped = (n) => {
            for (let el = n.parentElement; el && el !== document.body; el = el.parentElement) {
              if (getComputedStyle(el).overflowX !== 'visible') return true;
            }
            return false;
          };
          const wide = [...document.querySelectorAll('body *')]
            .filter((n) => n.getBoundingClientRect().right > innerWidth + 1 && !clipped(n))
            .slice(0, 3)
            .map((n) => `${n.tagName.toLowerCase()}.${[...n.classList].join('.')} right=${Math.round(n.getBoundingClientRect().right)}`);
          return { scroll: document.scrollingElement.scrollWidth, inner: innerWidth, wide };
        });
        assert.equal(await scrollsSideways(page), false, `scrolls sideways: ${JSON.stringify(widths)}`);
        assert.deepEqual(page.problems, []);
      });
    }
  }

  test('375 px, compare align: the table scrolls sideways inside a focusable, labelled wrapper', async () => {
    const page = await newPage(site, { viewport: { width: 375, height: 740 } });
    await openView(site, page, 'compare align');
    const wrapper = await page.locator('table[data-view="align"]').evaluate((table) => {
      for (let el = table.parentElement; el && el !== document.body; el = el.parentElement) {
        const overflow = getComputedStyle(el).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') {
          return {
            scrolls: el.scrollWidth > el.clientWidth,
            tabindex: el.getAttribute('tabindex'),
            label: el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'),
            withinPage: el.getBoundingClientRect().right <= innerWidth + 1,
          };
        }
      }
      return null;
    });
    assert.ok(wrapper, 'the align table has no wrapper with overflow-x: auto');
    assert.ok(wrapper.scrolls, 'five outlets at 375 px should scroll inside the wrapper');
    assert.equal(wrapper.tabindex, '0', 'the wrapper is focusable, so it can be scrolled by keyboard');
    assert.ok(wrapper.label, 'the wrapper has an accessible name');
    assert.ok(wrapper.withinPage, 'the wrapper fits the page');
    assert.equal(await scrollsSideways(page), false);
  });

  test('375 px, compare read: one outlet at a time with the tab switcher', async () => {
    const page = await newPage(site, { viewport: { width: 375, height: 740 } });
    await open(page, site.at(route('compare', `o=${ALL_OUTLETS.join(',')}&t=iran-middle-east`)));
    await page.locator('[role=tablist] [role=tab][data-tab]').first().waitFor();
    const visibleColumns = await page
      .locator('[data-outlet]:has([data-sentence])')
      .evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).map((node) => node.dataset.outlet));
    assert.equal(visibleColumns.length, 1, `one column visible, got ${visibleColumns}`);
    assert.equal(await scrollsSideways(page), false);
  });
});

describe('axe-core on the event views', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, extra] of STATES) {
      test(`${name}${extra ? ` (${extra})` : ''}, ${colorScheme}: no violations`, async () => {
        const page = await newPage(site, { colorScheme });
        await openView(site, page, name, extra);
        await frames(page);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe on ${name} ${extra} (${colorScheme}):\n${violations.join('\n')}`);
        assert.deepEqual(page.problems, []);
      });
    }

    test(`compare read with a highlight and the shortcuts overlay, ${colorScheme}: no violations`, async () => {
      const page = await newPage(site, { colorScheme });
      await openView(site, page, 'compare read');
      await page.locator('[data-outlet="india-tv-news"] [data-sentence]', { hasText: 'he could get offended' }).hover();
      await page.locator('.is-counterpart').first().waitFor().catch(() => {});
      let violations = await axeViolations(page);
      assert.deepEqual(violations, [], `axe with a highlight (${colorScheme}):\n${violations.join('\n')}`);
      await page.mouse.move(1, 1);
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('Shift+?');
      await page.locator('[role=dialog][data-overlay="shortcuts"]').waitFor({ state: 'visible' });
      violations = await axeViolations(page);
      assert.deepEqual(violations, [], `axe with the overlay (${colorScheme}):\n${violations.join('\n')}`);
      assert.deepEqual(page.problems, []);
    });

    test(`375 px compare align and overview, ${colorScheme}: no violations`, async () => {
      for (const name of ['compare align', 'overview']) {
        const page = await newPage(site, { colorScheme, viewport: { width: 375, height: 740 } });
        await openView(site, page, name, 't=iran-middle-east');
        await frames(page);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe on ${name} at 375 px (${colorScheme}):\n${violations.join('\n')}`);
      }
    });
  }
});

// End-to-end (issue 9): a shared link opens on the text on a phone. At 375 × 800, light and dark,
// the first screen of every shared view shows its content (article text on compare, the matrix
// on the overview and sources, a quote on the ledger); the controls are folded into a bar whose
// one-line summary names what is in force, and which opens on demand.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_EVENT, axeViolations, open, startSite } from './helpers.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const E = `#/e/${SEED_EVENT}`;
const FIVE = 'o=india-tv-news,zee-news,business-standard,rt,newsweek';
/** [route, what must show in the first screen, words the summary must hold] */
const SHARED = [
  [`${E}/compare?${FIVE}`, '[data-sentence]', ['Read', '5 outlets', 'No filter']],
  [`${E}/compare?${FIVE}&t=negotiations&q=putin&s=business-standard-10`, '[data-sentence]', ['Negotiations', '“putin”']],
  [`${E}/compare?o=rt,newsweek&view=align&t=iran-middle-east`, 'table[data-view="align"] [data-sentence]', ['Align', 'Iran']],
  [`${E}/compare?o=india-tv-news,zee-news&removed=1`, '[data-sentence]', ['removed text shown']],
  [`${E}?t=negotiations`, 'table[data-view="coverage"] tbody tr[data-claim]', ['Negotiations']],
  [`${E}/quotes?q=iran`, '[data-quote-family] blockquote', ['“iran”']],
  [`${E}/sources`, 'table[data-view="sources"] tbody tr[data-source]', ['No filter']],
];

/** How many elements matching `selector` show (at least partly) in the first screen. */
const inFirstScreen = (page, selector) =>
  page.locator(selector).evaluateAll((nodes) =>
    nodes.filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0 && node.checkVisibility();
    }).length,
  );

for (const colorScheme of ['light', 'dark']) {
  for (const [route, content, words] of SHARED) {
    test(`375 × 800 ${colorScheme}, ${route}: the first screen shows the content, the controls fold`, async () => {
      const page = await site.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
      await open(page, site.at(route));
      await page.locator(content).first().waitFor({ state: 'attached' });
      await page.waitForTimeout(100);
      assert.ok((await inFirstScreen(page, content)) > 0, `${content} in the first screen`);
      if (content.includes('data-sentence')) {
        assert.ok((await inFirstScreen(page, '[data-sentence]')) > 0, 'article text in the first screen');
      }
      const controls = page.locator('details[data-controls]');
      assert.equal(await controls.count(), 1);
      assert.equal(await controls.evaluate((node) => node.open), false, 'folded');
      const summary = (await controls.locator('summary').innerText()).replace(/\s+/g, ' ');
      for (const word of words) assert.ok(summary.includes(word), `the summary "${summary}" names ${word}`);
      await controls.locator('summary').click();
      await page.locator('details[data-controls] input[data-action="search"]').waitFor();
      assert.ok(await page.locator('details[data-controls] button[data-topic]').first().isVisible());
      assert.deepEqual(page.problems, []);
    });
  }

  test(`375 × 800 ${colorScheme}: axe-core finds nothing with the controls folded and open`, async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
    await open(page, site.at(`${E}/compare?${FIVE}&t=negotiations`));
    await page.locator('[data-sentence]').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('details[data-controls] summary').click();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
  });
}

test('wide screens show the controls unfolded', async () => {
  const page = await site.newPage();
  await open(page, site.at(`${E}/compare?${FIVE}`));
  await page.locator('div[data-controls] button[data-topic]').first().waitFor();
  assert.equal(await page.locator('details[data-controls]').count(), 0);
  assert.deepEqual(page.problems, []);
});

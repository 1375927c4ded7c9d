// End-to-end: the seed site's overview, compare view, removed-text toggle, unknown ids and garbage
// in the address, against the built dist/ in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SEED_EVENT,
  SEED_OUTLETS,
  columnIds,
  open,
  squash,
  startSite,
  visibleText,
} from './helpers.mjs';

// One plain body sentence from each seed article, as the outlet wrote it.
const BODY_SENTENCES = {
  'india-tv-news':
    "The forum, organised by the Agency for Strategic Initiatives, was aimed at promoting innovative projects and strategic discussions for Russia's future.",
  'zee-news':
    "Putin informed Trump about recent agreements on prisoner exchanges and the return of fallen soldiers between Russia and Ukraine, expressing Moscow's openness to further discussions with Kyiv.",
  'business-standard': 'Russia, a close partner of Iran, has offered to mediate in the region.',
  rt: 'During their sixth known phone call this year, the two leaders focused on the implementation of agreements reached by Moscow and Kiev during recent direct talks in Istanbul, according to Russian presidential aide Yury Ushakov.',
  newsweek:
    'The Trump-Putin conversation comes just two days after Russian President Putin held his first direct phone call in nearly three years with French President Emmanuel Macron.',
};

// Scraped site chrome in the seeds that must never show as article text.
const BOILERPLATE = [
  'Read the full article here',
  'Share.',
  'Leave A Reply',
  'Exit mobile version',
  'Also on site',
  'Login',
  'ALSO READ',
  'Finally We wish',
];

const ALL_OUTLETS = Object.keys(SEED_OUTLETS);
const compareUrl = (outlets, extra = '') => `#/e/${SEED_EVENT}/compare?o=${outlets.join(',')}${extra}`;

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The [data-sentence] texts of one column, squashed. */
function sentencesOf(page, outlet) {
  return page
    .locator(`[data-outlet="${outlet}"] [data-sentence]`)
    .evaluateAll((nodes) => nodes.map((node) => [node.dataset.sentence, node.textContent.replace(/\s+/g, ' ').trim()]));
}

describe('home and overview', () => {
  test('home links the seed event, and the link opens its overview', async () => {
    const page = await site.newPage();
    await open(page, site.url);
    const link = page.locator(`a[data-event="${SEED_EVENT}"]`);
    await link.waitFor();
    await link.click();
    await page.locator('[data-outlet-card]').first().waitFor();
    assert.match(page.url(), new RegExp(`#/e/${SEED_EVENT}$`));
    assert.deepEqual(page.problems, []);
  });

  test('the overview lists the five outlets, each with its name and a checkbox', async () => {
    const page = await site.newPage();
    await open(page, site.at(`#/e/${SEED_EVENT}`));
    await page.locator('[data-outlet-card]').first().waitFor();
    const cards = await page
      .locator('[data-outlet-card]')
      .evaluateAll((nodes) => nodes.map((node) => node.dataset.outletCard));
    assert.deepEqual([...cards].sort(), [...ALL_OUTLETS].sort());
    for (const [id, name] of Object.entries(SEED_OUTLETS)) {
      const card = page.locator(`[data-outlet-card="${id}"]`);
      assert.ok((await card.innerText()).includes(name), `card ${id} should name "${name}"`);
      assert.equal(await card.locator(`input[type=checkbox][name=outlet][value="${id}"]`).count(), 1);
    }
    assert.deepEqual(page.problems, []);
  });

  test('ticking outlets and pressing compare opens the columns of exactly those outlets', async () => {
    const page = await site.newPage();
    await open(page, site.at(`#/e/${SEED_EVENT}`));
    await page.locator('[data-outlet-card]').first().waitFor();
    const picked = ['business-standard', 'newsweek'];
    // Start from nothing ticked, whatever the default is.
    for (const id of ALL_OUTLETS) await page.locator(`input[name=outlet][value="${id}"]`).uncheck();
    for (const id of picked) await page.locator(`input[name=outlet][value="${id}"]`).check();
    await page.locator('[data-action="compare"]').click();
    await page.locator('[data-outlet]').first().waitFor();
    assert.match(page.url(), new RegExp(`#/e/${SEED_EVENT}/compare\\?`));
    assert.deepEqual([...(await columnIds(page))].sort(), [...picked].sort());
    assert.deepEqual(page.problems, []);
  });
});

describe('compare', () => {
  test('a compare link opens one column per outlet, in the order given, with the right texts', async () => {
    const order = ['rt', 'india-tv-news', 'newsweek', 'zee-news', 'business-standard'];
    const page = await site.newPage();
    await open(page, site.at(compareUrl(order)));
    await page.locator('[data-outlet]').first().waitFor();
    assert.deepEqual(await columnIds(page), order);
    for (const outlet of order) {
      const sentences = await sentencesOf(page, outlet);
      assert.ok(sentences.length >= 3, `${outlet} should show its sentences, got ${sentences.length}`);
      for (const [id] of sentences) {
        assert.match(id, new RegExp(`^${outlet}-\\d+$`), `sentence id ${id} in column ${outlet}`);
      }
      const texts = sentences.map(([, text]) => text);
      assert.ok(
        texts.includes(BODY_SENTENCES[outlet]),
        `column ${outlet} should hold the sentence "${BODY_SENTENCES[outlet]}"`,
      );
      for (const [other, sentence] of Object.entries(BODY_SENTENCES)) {
        if (other !== outlet) assert.ok(!texts.includes(sentence), `${other}'s sentence shows in ${outlet}`);
      }
    }
    assert.equal(await page.locator('[data-removed]').count(), 0, 'removed text shows without removed=1');
    const text = await visibleText(page);
    for (const chrome of BOILERPLATE) assert.ok(!text.includes(chrome), `boilerplate "${chrome}" is visible`);
    assert.deepEqual(page.problems, []);
  });

  test('article text is rendered as text, never as HTML', async () => {
    const page = await site.newPage();
    await open(page, site.at(compareUrl(['rt'])));
    await page.locator('[data-outlet="rt"] [data-sentence]').first().waitFor();
    // Every sentence element holds only text and inline wrappers the app made, never a script.
    assert.equal(await page.locator('[data-outlet] script, [data-outlet] iframe').count(), 0);
    assert.deepEqual(page.problems, []);
  });

  test('removed=1 shows the removed boilerplate greyed in place, and the toggle turns it off', async () => {
    const page = await site.newPage();
    await open(page, site.at(compareUrl(['newsweek', 'rt'], '&removed=1')));
    await page.locator('[data-removed]').first().waitFor();
    const removedText = async (outlet) =>
      squash(
        (
          await page
            .locator(`[data-outlet="${outlet}"] [data-removed]`)
            .evaluateAll((nodes) => nodes.map((node) => node.innerText))
        ).join(' '),
      );
    const newsweek = await removedText('newsweek');
    for (const chrome of ['Login', 'Read the full article here', 'Leave A Reply', 'Exit mobile version']) {
      assert.ok(newsweek.includes(chrome), `newsweek's removed text should show "${chrome}"`);
    }
    const rt = await removedText('rt');
    for (const chrome of ['Read More Details', 'Finally We wish', 'Also on site']) {
      assert.ok(rt.includes(chrome), `rt's removed text should show "${chrome}"`);
    }
    const reasons = await page
      .locator('[data-removed]')
      .evaluateAll((nodes) => nodes.map((node) => node.dataset.removed));
    for (const reason of reasons) assert.match(reason, /^[a-z][a-z0-9-]*$/, `reason code "${reason}"`);

    // Greyed: fainter than the article's own sentences (lower opacity or another colour).
    const look = (selector) =>
      page.locator(selector).first().evaluate((node) => {
        const style = getComputedStyle(node);
        let opacity = 1;
        for (let el = node; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
        return { color: style.color, opacity, decoration: style.textDecorationLine };
      });
    const removed = await look('[data-outlet="newsweek"] [data-removed]');
    const kept = await look('[data-outlet="newsweek"] [data-sentence]');
    assert.ok(
      removed.opacity < kept.opacity || removed.color !== kept.color,
      `removed text should look greyed: ${JSON.stringify(removed)} vs ${JSON.stringify(kept)}`,
    );
    assert.ok(await page.locator('[data-removed]').first().isVisible());

    const toggle = page.locator('[data-action="toggle-removed"]');
    assert.equal(await toggle.isChecked(), true);
    await toggle.click();
    await page.waitForFunction(() => !document.querySelector('[data-removed]'));
    assert.ok(!page.url().includes('removed=1'), `the address should drop removed=1: ${page.url()}`);
    assert.deepEqual(await columnIds(page), ['newsweek', 'rt']);
    await toggle.click();
    await page.locator('[data-removed]').first().waitFor();
    assert.ok(page.url().includes('removed=1'), `the address should carry removed=1: ${page.url()}`);
    assert.deepEqual(page.problems, []);
  });
});

describe('unknown ids and garbage', () => {
  test('an unknown outlet id shows a notice naming it, and the valid columns still render', async () => {
    const page = await site.newPage();
    await open(page, site.at(compareUrl(['rt', 'no-such-outlet', 'newsweek'])));
    await page.locator('[data-outlet]').first().waitFor();
    const notice = page.locator('[data-notice]');
    await notice.first().waitFor();
    assert.ok((await notice.allInnerTexts()).join(' ').includes('no-such-outlet'));
    assert.equal(await notice.first().getAttribute('role'), 'status');
    assert.deepEqual(await columnIds(page), ['rt', 'newsweek']);
    assert.deepEqual(page.problems, []);
  });

  for (const route of ['#/e/no-such-event', '#/e/no-such-event/compare?o=rt,newsweek']) {
    test(`an unknown event id shows a notice naming it (${route})`, async () => {
      const page = await site.newPage();
      await open(page, site.at(route));
      const notice = page.locator('[data-notice]');
      await notice.first().waitFor();
      assert.ok((await notice.allInnerTexts()).join(' ').includes('no-such-event'));
      assert.deepEqual(page.problems, []);
    });
  }

  const garbage = [
    `#/e/${SEED_EVENT}/compare`,
    `#/e/${SEED_EVENT}/compare?o=`,
    `#/e/${SEED_EVENT}/compare?o=,,,`,
    `#/e/${SEED_EVENT}/compare?o=rt,rt,rt`,
    `#/e/${SEED_EVENT}/compare?o=${ALL_OUTLETS.join(',')},rt,newsweek,zee-news`,
    `#/e/${SEED_EVENT}/compare?o=%E0%A4%A&removed=%%%`,
    `#/e/${SEED_EVENT}/compare?o=%3Cscript%3Ealert(1)%3C%2Fscript%3E`,
    `#/e/${SEED_EVENT}/compare?o=<img src=x onerror=alert(1)>`,
    `#/e/${SEED_EVENT}/compare?removed=yes&o=rt&o=newsweek&&=&x`,
    `#/e/${SEED_EVENT}/compare?o=${'a'.repeat(4000)}`,
    `#/e/${SEED_EVENT}/compare/extra/segments`,
    `#/e/${SEED_EVENT}%00`,
    '#/e/%F0%9F%92%A5/compare?o=rt',
    '#/e/',
    '#/e',
    '#//',
    '#//example.com/e/x',
    '#/%',
    '#/e/%/compare?o=%',
    '#/totally/unknown/route?x=y',
    '#garbage-without-slash',
  ];
  for (const route of garbage) {
    test(`garbage in the address never yields a blank page or a crash: ${route.slice(0, 70)}`, async () => {
      // A dialog would be in page.problems (helpers.mjs).
      const page = await site.newPage();
      await open(page, site.at(route));
      // Give the app a moment to settle after its first paint.
      await page.waitForTimeout(100);
      const text = await visibleText(page);
      assert.ok(text.length > 0, `blank page for ${route}`);
      if (route.startsWith(`#/e/${SEED_EVENT}`)) {
        // Inside a known event the app shows one of its views or a notice, not just any text.
        const shown = await page.locator('[data-notice], [data-outlet], [data-outlet-card]').count();
        assert.ok(shown > 0, `no view and no notice for ${route}: "${text.slice(0, 200)}"`);
      }
      assert.deepEqual(page.problems, [], `problems for ${route}`);
    });
  }
});

test('no request leaves 127.0.0.1 on any page', async () => {
  const page = await site.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  for (const route of ['', `#/e/${SEED_EVENT}`, compareUrl(ALL_OUTLETS, '&removed=1')]) {
    await open(page, site.at(route));
  }
  assert.ok(requested.some((url) => url.endsWith('.wasm')), `the app's wasm was never requested: ${requested}`);
  const outside = requested.filter((url) => /^(https?|wss?):/.test(url) && !url.startsWith(site.origin + '/'));
  assert.deepEqual(outside, []);
  assert.deepEqual(page.problems, []);
});

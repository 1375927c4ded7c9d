// End-to-end (issue 4): what the event views show on the seeds, checked against the engine's own
// report of the corpus: claim marks and linked highlights in Read, the focused sentence, topic
// filters, the coverage matrix, the aligned table, the quote ledger's word diffs, the sources
// matrix, and links with bad parts (a notice, and the view still renders).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_EVENT, open, squash } from './helpers.mjs';
import {
  ALL_OUTLETS,
  VIEWS,
  expectedIds,
  frames,
  noticeText,
  openView,
  queryOf,
  route,
  showAllClaims,
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

// The seed's topics (assets/corpus/topics.toml), listed here so that the tests can be named before
// the report is read; a test checks the list against the report.
const SEED_TOPICS = ['ukraine-war', 'iran-middle-east', 'weapons-pause', 'negotiations', 'us-russia-ties', 'the-call'];

const compareRoute = (outlets, extra = '') => route('compare', [`o=${outlets.join(',')}`, extra].filter(Boolean).join('&'));
const claimOf = (id) => report.claims.find((claim) => claim.sentences.includes(id));
const sentence = (page, id) => page.locator(`[data-outlet] [data-sentence="${id}"]`);

/** Whether an element is at least partly inside the viewport and inside every scrolling ancestor. */
function inView(page, selector) {
  return page.locator(selector).first().evaluate((node) => {
    const rect = node.getBoundingClientRect();
    if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth) return false;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (!/(auto|scroll)/.test(style.overflowY + style.overflowX)) continue;
      const box = el.getBoundingClientRect();
      if (rect.bottom <= box.top || rect.top >= box.bottom || rect.right <= box.left || rect.left >= box.right) return false;
    }
    return true;
  });
}

/** Waits (polling, up to 3 s) until `inView` holds: scrolling into view may be smooth. */
async function untilInView(page, selector, message) {
  const deadline = Date.now() + 3_000;
  while (!(await inView(page, selector))) {
    assert.ok(Date.now() < deadline, message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('compare read: claim marks and linked highlights', () => {
  test('each sentence carries its claim and whether the shown outlets share it', async () => {
    const outlets = ['india-tv-news', 'business-standard', 'rt'];
    const page = await newPage(site);
    await open(page, site.at(compareRoute(outlets)));
    await page.locator('[data-outlet] [data-sentence]').first().waitFor();
    const rendered = await page
      .locator('[data-outlet] [data-sentence]')
      .evaluateAll((nodes) => nodes.map((n) => [n.dataset.sentence, n.dataset.claim ?? null, n.dataset.sharing ?? null]));
    assert.deepEqual(
      rendered.map(([id]) => id),
      report.sentenceIds.filter((id) => outlets.includes(report.outletOf.get(id))).sort(
        (a, b) => outlets.indexOf(report.outletOf.get(a)) - outlets.indexOf(report.outletOf.get(b)) || report.position(a) - report.position(b),
      ),
      'every sentence of the shown outlets, column by column, in reading order',
    );
    for (const [id, claimId, sharing] of rendered) {
      const claim = claimOf(id);
      if (!claim) continue; // embedded posts are in no claim
      assert.equal(claimId, claim.id, `data-claim of ${id}`);
      const others = new Set(claim.outlets.filter((o) => o !== report.outletOf.get(id)));
      const expected = [...others].some((o) => outlets.includes(o)) ? 'shared' : others.size > 0 ? 'elsewhere' : 'unique';
      assert.equal(sharing, expected, `data-sharing of ${id} (claim ${claim.id}: ${claim.outlets})`);
    }
    // Colour is not the only signal: shared sentences carry a visible marker or a title.
    const shared = page.locator('[data-outlet] [data-sentence][data-sharing="shared"]').first();
    const signal = await shared.evaluate((node) => {
      const style = getComputedStyle(node);
      return Boolean(node.title || node.querySelector('[title], .claim-badge, sup, [aria-label]') ||
        style.textDecorationLine !== 'none' || style.borderBottomStyle !== 'none' ||
        getComputedStyle(node, '::after').content !== 'none' || getComputedStyle(node, '::before').content !== 'none');
    });
    assert.ok(signal, 'a shared sentence should have a marker besides its colour');
    assert.deepEqual(page.problems, []);
  });

  for (const how of ['hover', 'focus', 'tap']) {
    test(`${how === 'tap' ? 'tapp' : how}ing Putin's "he could get offended" in india-tv-news highlights its counterparts`, async () => {
      const page = await newPage(site, { hasTouch: how === 'tap' });
      await open(page, site.at(compareRoute(ALL_OUTLETS)));
      const source = report.sentenceWith('india-tv-news', 'he could get offended');
      const target = report.sentenceWith('business-standard', 'he could get offended');
      const claim = claimOf(source);
      assert.ok(claim.sentences.includes(target), 'the engine puts both in one claim');
      const expected = claim.sentences.filter((id) => report.outletOf.get(id) !== 'india-tv-news');
      await sentence(page, source).waitFor();
      assert.equal(await page.locator('.is-counterpart').count(), 0, 'nothing highlighted before');
      if (how === 'hover') await sentence(page, source).hover();
      else if (how === 'tap') await sentence(page, source).tap();
      else await sentence(page, source).focus();
      await page.locator(`[data-sentence="${target}"].is-counterpart`).waitFor();
      const highlighted = await page
        .locator('[data-outlet] .is-counterpart')
        .evaluateAll((nodes) => nodes.map((node) => node.closest('[data-sentence]')?.dataset.sentence ?? node.dataset.sentence));
      assertSameSet(highlighted, expected, 'exactly the claim\'s other members are highlighted');
      assert.ok(await sentence(page, source).evaluate((node) => node.classList.contains('is-active')), 'the source is .is-active');
      // The counterpart is scrolled into view.
      await untilInView(page, `[data-sentence="${target}"]`, 'the business-standard counterpart is in view');
      // Moving away clears the highlight (a tap leaves it until the next tap, like a selection).
      if (how === 'hover') await page.mouse.move(1, 1);
      if (how === 'focus') await page.locator('input[data-action="search"]').focus();
      if (how !== 'tap') await page.waitForFunction(() => !document.querySelector('.is-counterpart'));
      assert.deepEqual(page.problems, []);
    });
  }

  test('s= focuses, highlights and scrolls to the sentence', async () => {
    const page = await newPage(site);
    const focus = report.sentenceWith('business-standard', 'exclusively by political');
    await open(page, site.at(compareRoute(['rt', 'business-standard'], `s=${focus}`)));
    await page.locator(`[data-sentence="${focus}"].is-focused`).waitFor();
    assert.equal(await page.locator('.is-focused').count(), 1);
    await untilInView(page, `[data-sentence="${focus}"]`, 'the focused sentence is in view');
    assert.deepEqual(page.problems, []);
  });

  test('s= of an outlet not in o= adds that outlet', async () => {
    const page = await newPage(site);
    const focus = report.sentenceWith('zee-news', 'solely by political');
    await open(page, site.at(compareRoute(['rt', 'newsweek'], `s=${focus}`)));
    await page.locator(`[data-sentence="${focus}"].is-focused`).waitFor();
    const columns = await page.locator('[data-outlet]:has([data-sentence])').evaluateAll((n) => n.map((x) => x.dataset.outlet));
    assert.deepEqual(columns, ['rt', 'newsweek', 'zee-news']);
    assert.deepEqual(page.problems, []);
  });
});

describe('topic filter: t= keeps only the tagged sentences', () => {
  for (const topic of SEED_TOPICS) {
    test(`compare read, t=${topic}`, async () => {
      const page = await newPage(site);
      await open(page, site.at(compareRoute(ALL_OUTLETS, `t=${topic}`)));
      await page.locator('[data-outlet] [data-sentence]').first().waitFor({ state: 'attached' });
      await frames(page);
      const tagged = report.tagged([topic]);
      assertSameSet(
        await shownIds(page, 'compare read'),
        expectedIds(report, 'compare read', tagged),
        `compare read, t=${topic}: the sentences neither dimmed nor hidden`,
      );
      // The others are dimmed in place or collapsed behind a "show hidden" button.
      const dimmed = await page.locator('[data-outlet] [data-sentence].is-dimmed, [data-outlet] .is-dimmed [data-sentence]').count();
      const collapsed = await page.locator('[data-action="show-hidden"]').count();
      assert.ok(dimmed > 0 || collapsed > 0, 'the untagged sentences should be dimmed or collapsed, not gone');
      if (collapsed > 0) {
        const visible = () =>
          page.locator('[data-outlet] [data-sentence]').evaluateAll((n) => n.filter((x) => x.checkVisibility()).length);
        const before = await visible();
        await page.locator('[data-action="show-hidden"]').first().click();
        await frames(page);
        assert.ok((await visible()) > before, '"show hidden" should show more sentences');
      }
      assert.deepEqual(page.problems, []);
    });
  }

  test('the seed topics are the report\'s', () => {
    assert.deepEqual([...report.topics.keys()], SEED_TOPICS);
  });

  test('two topics keep the sentences of either', async () => {
    const page = await newPage(site);
    const topics = ['iran-middle-east', 'weapons-pause'];
    for (const name of Object.keys(VIEWS)) {
      await openView(site, page, name, `t=${topics.join(',')}`);
      await frames(page);
      assertSameSet(
        await shownIds(page, name),
        expectedIds(report, name, report.tagged(topics)),
        `${name} with t=${topics}`,
      );
    }
    assert.deepEqual(page.problems, []);
  });

  test('the chips count each topic\'s sentences', async () => {
    const page = await newPage(site);
    await openView(site, page, 'overview');
    for (const [topic, ids] of report.topics) {
      const text = await page.locator(`button[data-topic="${topic}"]`).innerText();
      assert.match(text, new RegExp(`(^|\\D)${ids.size}(\\D|$)`), `chip ${topic} should count ${ids.size}: "${text}"`);
    }
  });
});

describe('overview: coverage matrix', () => {
  test('one row per claim, one cell per outlet saying whether it reported the claim', async () => {
    const page = await newPage(site);
    await openView(site, page, 'overview');
    await showAllClaims(page);
    const rows = await page.locator('table[data-view="coverage"] tr[data-claim]').evaluateAll((trs) =>
      trs.map((tr) => ({
        claim: tr.dataset.claim,
        // The cell's words are its accessible name (the mark itself is drawn by CSS).
        cells: [...tr.querySelectorAll('[data-carried]')].map((td) => [td.dataset.carried, td.getAttribute('aria-label') ?? '']),
      })),
    );
    assertSameSet(rows.map((r) => r.claim), report.claims.map((c) => c.id), 'coverage rows');
    for (const { claim: id, cells } of rows) {
      const claim = report.claims.find((c) => c.id === id);
      assert.deepEqual(
        cells.map(([carried]) => carried),
        report.outlets.map((outlet) => (claim.outlets.includes(outlet) ? 'yes' : 'no')),
        `cells of ${id}`,
      );
      for (const [carried, text] of cells) {
        // Words, not colour alone ("Reported in the lead": origins-differences.test.mjs checks where).
        if (carried === 'yes') assert.match(text, /^Reported in the (headline|lead|body|last third)$/, `cell label of ${id}`);
        else assert.equal(text, 'Not reported', `cell label of ${id}`);
      }
    }
  });

  test('a long matrix shows the most reported claims first, and "show all" shows the rest', async () => {
    const page = await newPage(site);
    await openView(site, page, 'overview');
    const rows = () =>
      page.locator('table[data-view="coverage"] tr[data-claim]').evaluateAll((trs) => trs.map((tr) => tr.dataset.claim));
    // Most reported first, ties in story order (the report lists claims in story order).
    const order = report.claims
      .map((claim, n) => [claim, n])
      .sort(([a, m], [b, n]) => b.outlets.length - a.outlets.length || m - n)
      .map(([claim]) => claim.id);
    const first = await rows();
    assert.deepEqual(first, order.slice(0, first.length), 'the rows shown first are the most reported, in order');
    const more = await page.locator('[data-action="show-all-claims"]').count();
    assert.equal(more > 0, first.length < order.length, '"show all" is there exactly when rows are left out');
    await showAllClaims(page);
    assert.deepEqual(await rows(), order);
  });

  test('a row\'s link opens compare focused on one of the claim\'s sentences', async () => {
    const page = await newPage(site);
    await openView(site, page, 'overview');
    const shared = report.claims.find((claim) => claim.outlets.length >= 3);
    const row = page.locator(`table[data-view="coverage"] tr[data-claim="${shared.id}"]`);
    await row.locator('a[data-action="open-claim"]').click();
    await waitForQuery(page, (q) => q.has('s'), 'got s=');
    assert.match(page.url(), new RegExp(`#/e/${SEED_EVENT}/compare\\?`));
    const focus = queryOf(page).get('s');
    assert.ok(shared.sentences.includes(focus), `s=${focus} should be a sentence of ${shared.id}`);
    await page.locator(`[data-sentence="${focus}"].is-focused`).waitFor();
    await untilInView(page, `[data-sentence="${focus}"]`, 'the focused sentence is in view');
    assert.deepEqual(page.problems, []);
  });
});

describe('compare align', () => {
  test('one row per claim of the shown outlets, in story order; cells hold the sentences or "Not reported"', async () => {
    const outlets = ['zee-news', 'business-standard', 'newsweek'];
    const page = await newPage(site);
    await open(page, site.at(compareRoute(outlets, 'view=align')));
    await page.locator('table[data-view="align"] tr[data-claim]').first().waitFor();
    const rows = await page.locator('table[data-view="align"] tr[data-claim]').evaluateAll((trs) =>
      trs.map((tr) => ({
        claim: tr.dataset.claim,
        cells: [...tr.querySelectorAll('td[data-outlet]')].map((td) => ({
          outlet: td.dataset.outlet,
          missing: td.hasAttribute('data-missing') || Boolean(td.querySelector('[data-missing]')),
          text: td.textContent.replace(/\s+/g, ' ').trim(),
          sentences: [...td.querySelectorAll('[data-sentence]')].map((s) => s.dataset.sentence),
        })),
      })),
    );
    const expected = report.claims.filter((claim) => claim.outlets.some((o) => outlets.includes(o)));
    assert.deepEqual(rows.map((r) => r.claim), expected.map((c) => c.id), 'rows in story order');
    for (const row of rows) {
      const claim = report.claims.find((c) => c.id === row.claim);
      assert.deepEqual(row.cells.map((c) => c.outlet), outlets, `columns of ${row.claim}`);
      for (const cell of row.cells) {
        const mine = claim.sentences.filter((id) => report.outletOf.get(id) === cell.outlet);
        if (mine.length === 0) {
          assert.ok(cell.missing, `${row.claim}/${cell.outlet} should be marked [data-missing]`);
          assert.match(cell.text, /Not reported/);
        } else {
          assert.ok(!cell.missing, `${row.claim}/${cell.outlet} is reported`);
          for (const id of mine) assert.ok(cell.text.includes(squash(report.textOf.get(id))), `${id} in its cell`);
          if (cell.sentences.length) assert.deepEqual(cell.sentences, mine);
        }
      }
    }
    assert.deepEqual(page.problems, []);
  });
});

describe('quote ledger', () => {
  test('the two Iran translations, "exclusively" and "solely", with their word differences', async () => {
    const page = await newPage(site);
    await openView(site, page, 'quotes');
    const family = report.quotes.find((quote) =>
      ['business-standard', 'zee-news'].every((o) => quote.variants.some((v) => v.outlet === o)) &&
      quote.variants.some((v) => v.text.includes('exclusively')),
    );
    assert.ok(family, 'the engine finds the Iran quote family');
    const element = page.locator(`[data-quote-family="${family.id}"]`);
    await element.waitFor();
    // Grouped under its speaker.
    const speaker = await element.evaluate((node) => {
      const group = node.closest('[data-speaker]');
      if (group) return group.dataset.speaker || group.textContent;
      const all = [...document.querySelectorAll('[data-speaker]')];
      const before = all.filter((h) => h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
      return before.length ? before[before.length - 1].dataset.speaker || before[before.length - 1].textContent : null;
    });
    assert.ok(speaker && speaker.includes(family.speaker), `grouped under ${family.speaker}, got ${speaker}`);

    const label = /^\s*(added|removed|inserted|deleted)\s*:?\s*/i;
    const words = (pieces) => pieces.map((p) => squash(p.replace(label, ''))).filter(Boolean).join(' ');
    for (const variant of family.variants) {
      const box = element.locator(`[data-variant-outlet="${variant.outlet}"]`);
      await box.first().waitFor();
      const text = squash(await box.first().evaluate((n) => n.textContent));
      const ins = await box.first().locator('ins').allTextContents();
      const del = await box.first().locator('del').allTextContents();
      const inserted = variant.diff.filter((d) => d.op === 'inserted').map((d) => d.text);
      const removed = variant.diff.filter((d) => d.op === 'removed').map((d) => d.text);
      assert.equal(words(ins), squash(inserted.join(' ')), `${variant.outlet}: <ins> words`);
      assert.equal(words(del), squash(removed.join(' ')), `${variant.outlet}: <del> words`);
      if (variant.text.includes('exclusively')) {
        assert.ok(words(ins).includes('exclusively') && words(del).includes('solely'), `${variant.outlet}: exclusively for solely`);
      }
      if (inserted.length) assert.match(text, /added/i, `${variant.outlet}: the additions are named in text`);
      if (removed.length) assert.match(text, /removed/i, `${variant.outlet}: the removals are named in text`);
      // A link to the sentence in context.
      const link = box.first().locator(`a[href*="s=${variant.sentence}"]`);
      assert.equal(await link.count(), 1, `${variant.outlet}: one link to ${variant.sentence} in context`);
    }
    const variantsShown = await element.locator('[data-variant-outlet]').evaluateAll((n) => n.map((x) => x.dataset.variantOutlet));
    assert.ok(variantsShown.includes('zee-news') && variantsShown.includes('business-standard'));
    const visible = await element.innerText();
    assert.ok(visible.includes('solely') && visible.includes('exclusively'), 'both wordings are visible');

    // Following the link opens the sentence in context.
    const bs = family.variants.find((v) => v.outlet === 'business-standard');
    await element.locator(`[data-variant-outlet="business-standard"] a[href*="s=${bs.sentence}"]`).click();
    await page.locator(`[data-outlet="business-standard"] [data-sentence="${bs.sentence}"].is-focused`).waitFor();
    assert.deepEqual(page.problems, []);
  });

  test('every quote family is shown, under its speaker', async () => {
    const page = await newPage(site);
    await openView(site, page, 'quotes');
    assertSameSet(await shownIds(page, 'quotes'), report.quotes.map((q) => q.id), 'quote families');
    const speakers = await page.locator('[data-speaker]').evaluateAll((n) => n.map((x) => x.dataset.speaker));
    for (const quote of report.quotes.filter((q) => q.speaker)) {
      assert.ok(speakers.some((s) => s.includes(quote.speaker)), `a [data-speaker] for ${quote.speaker}`);
    }
  });
});

describe('sources matrix', () => {
  test('one row per credited source; a cell per outlet with its credits', async () => {
    const page = await newPage(site);
    await openView(site, page, 'sources');
    const rows = await page.locator('table[data-view="sources"] tr[data-source]').evaluateAll((trs) =>
      trs.map((tr) => ({
        source: tr.dataset.source,
        cells: [...tr.querySelectorAll('[data-outlet]')].map((td) => [td.dataset.outlet, td.querySelectorAll('a[href*="s="]').length]),
      })),
    );
    assertSameSet(rows.map((r) => r.source), report.attributions.map((a) => a.source), 'source rows');
    for (const row of rows) {
      assert.deepEqual(row.cells.map(([outlet]) => outlet), report.outlets, `columns of ${row.source}`);
      for (const [outlet, links] of row.cells) {
        const credits = new Set(
          report.attributions.filter((a) => a.source === row.source && a.outlet === outlet).map((a) => a.sentence),
        );
        assert.equal(links > 0, credits.size > 0, `${row.source} / ${outlet}: credited ${credits.size}×, links ${links}`);
      }
    }
  });
});

describe('bad links show a notice and still render', () => {
  const cases = [];
  for (const name of Object.keys(VIEWS)) cases.push([name, 't=no-such-topic', 'no-such-topic']);
  cases.push(['compare read', 's=no-such-sentence', 'no-such-sentence']);
  cases.push(['compare read', 'view=sideways', 'sideways']);
  cases.push(['compare read', 'sort=backwards', 'backwards']);
  cases.push(['compare read', 't=iran-middle-east,no-such-topic', 'no-such-topic']);
  for (const [name, extra, named] of cases) {
    test(`${name}: ${extra}`, async () => {
      const page = await newPage(site);
      await openView(site, page, name, extra);
      const text = await noticeText(page);
      assert.ok(text.includes(named), `the notice should name "${named}": ${text}`);
      assert.equal(await page.locator('[data-notice]').first().getAttribute('role'), 'status');
      assert.ok((await shownIds(page, name)).length > 0, `${name} should still show its content`);
      if (extra.startsWith('t=iran-middle-east')) {
        assertSameSet(
          await shownIds(page, name),
          expectedIds(report, name, report.tagged(['iran-middle-east'])),
          `${name}: the valid topic still filters`,
        );
      }
      assert.deepEqual(page.problems, []);
    });
  }
});


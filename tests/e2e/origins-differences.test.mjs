// End-to-end (issue 11): independent origins, details that differ between outlets, and what each
// outlet led with, in the browser, checked against the engine's own report of the same corpus: on
// the seeds (the default site) and on the dev set (tests/devset/, put into a copy of the seed
// site with `parallax site`, since the web app embeds no data), where some articles copy others.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, ROOT, axeViolations, open, requireDist, squash, startSite } from './helpers.mjs';
import { parallax } from './sites.mjs';
import { loadReport, newPage, noticeText, queryOf, route, showAllClaims, waitForQuery, withSeedSite } from './views.mjs';

const PLACE_WORDS = { headline: 'in the headline', lead: 'in the lead', body: 'in the body', end: 'in the last third' };

/** Every shown coverage cell that is carried: [claim id, outlet id, data-place, aria-label]. */
function carriedCells(page) {
  return page.locator('table[data-view="coverage"] td[data-carried="yes"]').evaluateAll((cells) =>
    cells.map((cell) => [
      cell.closest('tr').dataset.claim,
      cell.dataset.outlet,
      cell.dataset.place,
      cell.getAttribute('aria-label'),
    ]),
  );
}

describe('on the seeds', () => {
  let site;
  let report;
  withSeedSite((started, loaded) => {
    [site, report] = [started, loaded];
  });

  test('each coverage cell says where the claim stands in that outlet: the report\'s placement, in words', async () => {
    const page = await newPage(site);
    await open(page, site.at(route('overview')));
    await showAllClaims(page);
    const cells = await carriedCells(page);
    assert.ok(cells.length > 20, `only ${cells.length} carried cells`);
    const claims = new Map(report.claims.map((claim) => [claim.id, claim]));
    for (const [claim, outlet, place, label] of cells) {
      const want = claims.get(claim)?.placement?.[outlet];
      assert.equal(place, want, `claim ${claim}, ${outlet}: data-place`);
      assert.equal(label, `Reported ${PLACE_WORDS[want]}`, `claim ${claim}, ${outlet}: its label`);
    }
    const places = new Set(cells.map(([, , place]) => place));
    assert.ok(places.has('headline') && places.has('lead') && places.has('body'), `places shown: ${[...places]}`);
    // The legend names every mark in words.
    const legend = squash(await page.locator('.place-legend').innerText());
    for (const words of Object.values(PLACE_WORDS)) assert.ok(legend.includes(words), `legend: ${legend}`);
  });

  test('"What each outlet led with" is a link: sort=lead, claims in headlines first; the cards say what each led with', async () => {
    const page = await newPage(site);
    await open(page, site.at(route('overview')));
    await page.locator('button[data-action="order"][value="lead"]').click();
    await waitForQuery(page, (query) => query.get('sort') === 'lead', 'sort=lead in the link');
    await page.locator('button[data-action="order"][value="lead"][aria-pressed="true"]').waitFor();
    // Rows: the claims most outlets carry in their headline come first, then in their lead.
    const rows = await page.locator('table[data-view="coverage"] tr[data-claim]').evaluateAll((trs) => trs.map((tr) => tr.dataset.claim));
    const claims = new Map(report.claims.map((claim) => [claim.id, claim]));
    const count = (id, place) => Object.values(claims.get(id).placement).filter((p) => p === place).length;
    const rank = (id) => [count(id, 'headline'), count(id, 'lead')];
    const firstRank = rank(rows[0]);
    assert.ok(firstRank[0] > 0, `the first row (${rows[0]}) is in no headline`);
    for (const id of rows.slice(1)) {
      const [h, l] = rank(id);
      assert.ok(h < firstRank[0] || (h === firstRank[0] && l <= firstRank[1]), `${id} outranks the first row`);
    }
    // The link opens the same view.
    const copy = await newPage(site);
    await open(copy, page.url());
    await copy.locator('button[data-action="order"][value="lead"][aria-pressed="true"]').waitFor();
    // Every outlet's card: "Led with (in the headline|lead): <a sentence of a claim it leads with>".
    for (const outlet of report.outlets) {
      const card = page.locator(`[data-outlet-card="${outlet}"] .led-with`);
      const text = squash(await card.innerText());
      const place = await card.getAttribute('data-place');
      assert.ok(['headline', 'lead'].includes(place), `${outlet} led with a claim in its ${place}`);
      assert.match(text, new RegExp(`^Led with \\(${PLACE_WORDS[place]}\\): \\S`), `${outlet}: ${text}`);
      const led = report.claims.filter((claim) => claim.placement?.[outlet] === place);
      const ledTexts = led.flatMap((claim) => claim.sentences.filter((id) => report.outletOf.get(id) === outlet));
      const body = text.replace(/^Led with \([^)]*\): /, '').replace(/…$/, '');
      assert.ok(
        ledTexts.some((id) => squash(report.textOf.get(id)).startsWith(body)),
        `${outlet}'s card quotes no sentence of a claim it has in its ${place}: ${body}`,
      );
    }
  });

  test('the Differences page lists every difference of the report, each value with its outlets, and filters by search', async () => {
    const page = await newPage(site);
    await open(page, site.at(route('differences')));
    const items = page.locator('ol[data-view="differences"] > li[data-difference]');
    await items.first().waitFor();
    assert.equal(await items.count(), report.differences.length, 'one item per difference');
    assert.ok(report.differences.length > 0, 'the seeds have differences');
    for (const [n, difference] of report.differences.entries()) {
      const item = page.locator(`li[data-difference="${n}"]`);
      assert.equal(await item.getAttribute('data-claim'), difference.claim);
      const values = await item.locator('li[data-value]').evaluateAll((lis) => lis.map((li) => li.dataset.value));
      const want = [...new Set(difference.values.map((value) => value.text))];
      assert.deepEqual(values.sort(), want.sort(), `difference ${n}: its values`);
      assert.ok((await item.locator('a.in-context').count()) === want.length, `difference ${n}: a link per value`);
    }
    // A search word that is in one difference's value only keeps that difference.
    const word = report.differences[0].values[0].text.split(/\s+/)[0];
    await page.locator('input[data-action="search"]').fill(word);
    await waitForQuery(page, (query) => query.get('q') === word, 'q= in the link');
    const kept = await items.evaluateAll((lis) => lis.map((li) => li.dataset.difference));
    assert.ok(kept.includes('0'), `searching ${word} keeps the difference it is in`);
    // "In context" opens Compare on the value's sentence.
    await page.locator('li[data-difference="0"] a.in-context').first().click();
    await page.waitForURL(/\/compare\?/);
    const sentence = report.differences[0].values[0].sentence;
    assert.ok(queryOf(page).get('o').split(',').includes(report.outletOf.get(sentence)), 'the value\'s outlet is shown');
  });

  test('Align marks a claim whose details differ among the shown outlets, in words; Read tells it on pointing', async () => {
    const difference = report.differences[0];
    const outlets = [...new Set(difference.values.map((value) => value.outlet))];
    const texts = new Set(difference.values.map((value) => value.text));
    assert.ok(texts.size > 1 && outlets.length > 1);
    const page = await newPage(site);
    await open(page, site.at(route('compare', `o=${outlets.slice(0, 5).join(',')}&view=align`)));
    const mark = page.locator(`table[data-view="align"] tr[data-claim="${difference.claim}"] .differs`);
    await mark.first().waitFor();
    const said = squash(await mark.first().innerText());
    assert.ok([...texts].every((text) => said.includes(text)), `the mark says both values: ${said}`);
    await open(page, site.at(route('compare', `o=${outlets.slice(0, 5).join(',')}`)));
    const value = difference.values[0];
    const target = page.locator(`[data-outlet] [data-sentence="${value.sentence}"]`);
    assert.equal(await target.getAttribute('data-differs'), '', 'the sentence is marked');
    await target.focus();
    const note = page.locator('p.detail-note');
    await page.waitForFunction(() => !document.querySelector('p.detail-note')?.hidden);
    const text = squash(await note.innerText());
    assert.ok(text.startsWith('Differs') && [...texts].every((t) => text.includes(t)), `the note: ${text}`);
  });

  test('a bad grouping or order in a link gets a notice and the overview still shows', async () => {
    const page = await newPage(site);
    await open(page, site.at(route('overview', 'group=sideways&sort=loudest')));
    const notices = await noticeText(page);
    assert.match(notices, /sideways/);
    assert.match(notices, /loudest/);
    await page.locator('table[data-view="coverage"] tr[data-claim]').first().waitFor();
    // The defaults stand in for the bad values.
    await page.locator('button[data-action="group"][value="outlet"][aria-pressed="true"]').waitFor();
    await page.locator('button[data-action="order"][value="carried"][aria-pressed="true"]').waitFor();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`the new views are axe-clean in ${colorScheme}`, async () => {
      const page = await newPage(site, { colorScheme });
      for (const where of [route('differences'), route('overview', 'group=origin&sort=lead')]) {
        await open(page, site.at(where));
        await page.locator('main h1').waitFor();
        assert.deepEqual(await axeViolations(page), [], `${where} in ${colorScheme}`);
      }
    });
  }
});

describe('on the dev set, where articles copy others', () => {
  const EVENT = 'roe-v-wade-overturned-2022';
  let site;
  let report;
  let dir;
  before(
    async () => {
      requireDist();
      dir = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-devset-'));
      const dist = path.join(dir, 'dist');
      await cp(DIST, dist, { recursive: true });
      const corpus = path.join(ROOT, 'tests', 'devset');
      await parallax(['site', corpus, '--dist', dist, '--quiet']);
      [site, report] = await Promise.all([startSite(dist), loadReport(corpus, EVENT)]);
    },
    { timeout: 10 * 60_000 },
  );
  after(async () => {
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('grouped by origin, the columns are the report\'s origins, then the independent outlets; the link keeps it', async () => {
    assert.ok(report.origins.length > 0, 'the event has copies');
    const page = await newPage(site);
    await open(page, site.at(route('overview', '', EVENT)));
    await page.locator('button[data-action="group"][value="origin"]').click();
    await waitForQuery(page, (query) => query.get('group') === 'origin', 'group=origin in the link');
    const heads = page.locator('table[data-view="coverage"] th[data-origin]');
    await heads.first().waitFor();
    assert.equal(await heads.count(), report.origins.length, 'one column per origin');
    const names = report.names;
    for (const [n, origin] of report.origins.entries()) {
      const title = await heads.nth(n).locator('button').getAttribute('title');
      assert.equal(title, origin.articles.map((id) => names.get(id)).join(', '), `origin ${origin.id}: its outlets`);
    }
    const copies = new Set(report.origins.flatMap((origin) => origin.articles));
    const single = await page
      .locator('table[data-view="coverage"] thead th[data-outlet]')
      .evaluateAll((ths) => ths.map((th) => th.dataset.outlet));
    assert.deepEqual(single, report.outlets.filter((id) => !copies.has(id)), 'the outlets in no origin, each a column');
    // A row counts its independent origins as the report does.
    const row = report.claims.find((claim) => claim.outlets.length > 1 && claim.origins < claim.outlets.length);
    assert.ok(row, 'a claim carried by copies');
    await showAllClaims(page);
    const said = squash(await page.locator(`tr[data-claim="${row.id}"] .origins`).innerText());
    assert.equal(said, `${row.origins} origins`);
    // Opening the group shows its outlets.
    await heads.first().locator('button').click();
    const opened = await page
      .locator('table[data-view="coverage"] thead th[data-outlet]')
      .evaluateAll((ths) => ths.map((th) => th.dataset.outlet));
    for (const id of report.origins[0].articles) assert.ok(opened.includes(id), `${id} shown when its origin is open`);
  });

  test('an outlet\'s card says whose text it carries and how much of it', async () => {
    const page = await newPage(site);
    await open(page, site.at(route('overview', '', EVENT)));
    for (const origin of report.origins) {
      for (const member of origin.members) {
        const line = page.locator(`[data-outlet-card="${member.outlet}"] .origin`);
        assert.equal(await line.getAttribute('data-origin'), origin.id, `${member.outlet}: its origin`);
        const text = squash(await line.innerText());
        if (origin.source === member.outlet) {
          assert.match(text, /^(Original of|The agency's own story)/, `${member.outlet}: ${text}`);
        } else {
          assert.match(text, new RegExp(`${Math.round(member.shared * 100)}% of sentences`), `${member.outlet}: ${text}`);
        }
      }
    }
    const independent = report.outlets.find((id) => !report.origins.some((origin) => origin.articles.includes(id)));
    const text = squash(await page.locator(`[data-outlet-card="${independent}"] .origin`).innerText());
    assert.match(text, /^Independent/);
  });

  test('the Differences page of a dev-set event lists its differences', async () => {
    const page = await newPage(site);
    await open(page, site.at(route('differences', '', EVENT)));
    const items = page.locator('ol[data-view="differences"] > li[data-difference]');
    if (report.differences.length === 0) {
      await page.locator('p.empty').waitFor();
      return;
    }
    await items.first().waitFor();
    assert.equal(await items.count(), report.differences.length);
  });
});

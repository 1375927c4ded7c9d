// End-to-end (issue 9): every link shape that worked before event data was loaded on demand
// still opens the same view: each row of the README's link tables, the forms a link takes in the
// wild (no fragment, trailing slashes, encoded ids, repeated and unknown keys, other case), and
// the addresses of things that do not exist.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_EVENT, columnIds, open, startSite } from './helpers.mjs';
import { loadReport } from './views.mjs';

let site;
let report;
before(async () => {
  [site, report] = await Promise.all([startSite(), loadReport()]);
});
after(async () => {
  await site?.close();
});

const E = `#/e/${SEED_EVENT}`;
const THREE = ['india-tv-news', 'zee-news', 'business-standard'];

/** What a page shows: its kind, and what identifies the view. */
async function shown(page) {
  return page.evaluate(() => {
    const query = (s) => document.querySelector(s);
    const all = (s, key) => [...document.querySelectorAll(s)].map((n) => n.dataset[key]);
    const kind = query('[data-load-error]')
      ? 'error'
      : query('table[data-view="align"]')
        ? 'align'
        : query('[data-outlet] [data-sentence]')
          ? 'read'
          : query('table[data-view="coverage"]')
            ? 'overview'
            : query('[data-quote-family]')
              ? 'quotes'
              : query('table[data-view="sources"]')
                ? 'sources'
                : query('a[data-event]') && !query('[data-notice]')
                  ? 'home'
                  : 'notice';
    return {
      kind,
      notices: all('[data-notice]', 'notice'),
      topics: all('button[data-topic][aria-pressed="true"]', 'topic'),
      search: query('input[data-action="search"]')?.value ?? null,
      focused: query('.is-focused')?.dataset.sentence ?? null,
      removed: document.querySelectorAll('[data-removed]').length,
      sort: query('[data-action="sort"]')?.getAttribute('aria-pressed') ?? null,
    };
  });
}

/** Opens `route` as a fresh document and waits until it shows a view. */
async function visit(page, route) {
  await open(page, route);
  await page.waitForFunction(
    () => !document.querySelector('[data-loading]') && document.querySelector('main')?.innerText.trim().length > 0,
  );
  await page.waitForTimeout(50);
  return shown(page);
}

const bs10 = () => report.sentenceWith('business-standard', 'exclusively');

test('every link of the README opens its view', async () => {
  const page = await site.newPage();
  const cases = [
    [site.at('#/'), { kind: 'home' }],
    [site.url, { kind: 'home' }],
    [site.at(E), { kind: 'overview' }],
    [site.at(`${E}/`), { kind: 'overview' }],
    [site.at(`${E}/compare?o=${THREE.join(',')}`), { kind: 'read' }, THREE],
    [site.at(`${E}/compare?o=rt,newsweek`), { kind: 'read' }, ['rt', 'newsweek']],
    [site.at(`${E}/compare?o=${THREE.join(',')}&view=align`), { kind: 'align', sort: 'false' }],
    [site.at(`${E}/compare?o=${THREE.join(',')}&view=align&sort=unique`), { kind: 'align', sort: 'true' }],
    [site.at(`${E}/compare?o=${THREE.join(',')}&view=read`), { kind: 'read' }, THREE],
    [site.at(`${E}/compare?o=${THREE.join(',')}&removed=1`), { kind: 'read', removed: (n) => n > 0 }],
    [site.at(`${E}/compare?o=${THREE.join(',')}&t=negotiations,iran-middle-east&q=putin`), { kind: 'read', topics: ['iran-middle-east', 'negotiations'], search: 'putin' }],
    [site.at(`${E}/quotes`), { kind: 'quotes' }],
    [site.at(`${E}/quotes?t=ukraine-war&q=Iran`), { kind: 'quotes', topics: ['ukraine-war'], search: 'Iran' }],
    [site.at(`${E}/sources`), { kind: 'sources' }],
    [site.at(`${E}/sources?q=ushakov`), { kind: 'sources', search: 'ushakov' }],
    [site.at(`${E}?t=negotiations`), { kind: 'overview', topics: ['negotiations'] }],
  ];
  for (const [url, want, columns] of cases) {
    const got = await visit(page, url);
    for (const [key, value] of Object.entries(want)) {
      if (typeof value === 'function') assert.ok(value(got[key]), `${url}: ${key} = ${got[key]}`);
      else assert.deepEqual(got[key], value, `${url}: ${key}`);
    }
    if (want.kind !== 'home') assert.deepEqual(got.notices, [], `${url}: no notice`);
    if (columns) assert.deepEqual(await columnIds(page), columns, `${url}: columns`);
  }
  assert.deepEqual(page.problems, []);
});

test('a focused sentence, the default outlets and the lenient forms open as before', async () => {
  const page = await site.newPage();
  const focus = bs10();
  let got = await visit(page, site.at(`${E}/compare?o=india-tv-news,zee-news&s=${focus}`));
  assert.equal(got.focused, focus, 's= focuses, adding its outlet');
  assert.deepEqual(await columnIds(page), ['india-tv-news', 'zee-news', 'business-standard']);
  // No o=: the default three, and the address says so (replaced, not pushed).
  got = await visit(page, site.at(`${E}/compare`));
  assert.equal(got.kind, 'read');
  assert.deepEqual(await columnIds(page), THREE);
  await page.waitForURL(new RegExp(`compare\\?o=${THREE.join(',')}$`));
  // Repeated keys, other case, encoded commas, unknown keys, a trailing slash.
  got = await visit(page, site.at(`${E}/compare/?o=RT&o=Newsweek%2Czee-news&utm_source=chat&view=ALIGN`));
  assert.equal(got.kind, 'align');
  assert.deepEqual(got.notices, []);
  // An encoded event id.
  got = await visit(page, site.at(`#/e/${encodeURIComponent(SEED_EVENT).replace(/-/g, '%2D')}/quotes`));
  assert.equal(got.kind, 'quotes');
  assert.deepEqual(page.problems, []);
});

test('links to what does not exist still open, with a notice', async () => {
  const page = await site.newPage();
  let got = await visit(page, site.at(`${E}/compare?o=rt,nope&t=nope`));
  assert.equal(got.kind, 'read');
  assert.deepEqual(got.notices.sort(), ['too-few-outlets', 'unknown-outlet', 'unknown-topic'].sort());
  got = await visit(page, site.at('#/e/no-such-event/compare?o=a,b'));
  assert.deepEqual(got.notices, ['unknown-event']);
  assert.ok((await page.locator(`a[data-event="${SEED_EVENT}"]`).count()) === 1, 'the events are listed');
  got = await visit(page, site.at('#/no/such/page'));
  assert.deepEqual(got.notices, ['not-found']);
  assert.deepEqual(page.problems, []);
});

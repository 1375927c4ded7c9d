// Shared helpers for the end-to-end tests of the event views (issue 4): the engine's own report
// of the corpus the site was built from (the expected values come from it, not from the UI), the
// routes of the four event pages, and small waits and readings of the DOM hooks.
import { spawn } from 'node:child_process';
import path from 'node:path';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { ROOT, SEED_EVENT, open, startSite } from './helpers.mjs';

export const SEED_CORPUS = path.join(ROOT, 'assets', 'corpus');
export const ALL_OUTLETS = ['india-tv-news', 'zee-news', 'business-standard', 'rt', 'newsweek'];

/** Runs a command in the repo root and resolves with its stdout; rejects with its stderr. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => {
      err = (err + chunk).slice(-20_000);
    });
    child.on('error', (error) => reject(new Error(`cannot start ${command}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${err}`)),
    );
  });
}

/**
 * The engine's JSON report (docs/report-schema.md) of one event of a corpus, as `parallax report
 * --json` prints it, with lookups. PARALLAX_CLI names a built `parallax` binary to use; without it
 * this runs `cargo run -p parallax-cli` (built once by the host tests in scripts/test.sh).
 * The site under test must have been built from the same corpus (the default: assets/corpus/).
 */
export async function loadReport(corpus = SEED_CORPUS, eventId = SEED_EVENT) {
  const args = ['report', corpus, '--json', '--compact', '--quiet', '--event', eventId];
  const json = process.env.PARALLAX_CLI
    ? await run(process.env.PARALLAX_CLI, args)
    : await run('cargo', ['run', '--quiet', '-p', 'parallax-cli', '--', ...args]);
  const report = JSON.parse(json);
  const event = report.events.find((e) => e.id === eventId);
  assert.ok(event, `the report has no event ${eventId}`);
  return describeEvent(event);
}

/** Adds lookups to one event of a report. */
function describeEvent(event) {
  const outletOf = new Map();
  const textOf = new Map();
  const order = new Map();
  for (const article of event.articles) {
    for (const sentence of article.sentences) {
      outletOf.set(sentence.id, article.outlet);
      textOf.set(sentence.id, sentence.text);
      order.set(sentence.id, order.size);
    }
  }
  const topics = new Map(event.topics.map((topic) => [topic.id, new Set(topic.sentences)]));
  return {
    event,
    id: event.id,
    outlets: event.outlets.map((outlet) => outlet.id),
    /** Outlet names by id. */
    names: new Map(event.outlets.map((outlet) => [outlet.id, outlet.name])),
    outletOf,
    textOf,
    /** Sentence ids in the event's order (outlet by outlet, in reading order). */
    sentenceIds: [...order.keys()],
    topics,
    claims: event.claims,
    quotes: event.quotes,
    attributions: event.attributions,
    origins: event.origins,
    differences: event.differences,
    /** The id of the one sentence of `outlet` whose text contains `words`. */
    sentenceWith(outlet, words) {
      const found = [...textOf].filter(([id, text]) => outletOf.get(id) === outlet && text.includes(words));
      assert.equal(found.length, 1, `expected one ${outlet} sentence with "${words}", found ${found.length}`);
      return found[0][0];
    },
    /** The sentences tagged with any of `topicIds`. */
    tagged(topicIds) {
      const ids = new Set();
      for (const topic of topicIds) for (const id of topics.get(topic) ?? []) ids.add(id);
      return ids;
    },
    /** Reading-order position of a sentence in the event. */
    position: (id) => order.get(id),
  };
}

/** The route of an event page with a query string (without the `?`). */
export function route(page, query = '', eventId = SEED_EVENT) {
  const base = { overview: `#/e/${eventId}`, compare: `#/e/${eventId}/compare` }[page] ?? `#/e/${eventId}/${page}`;
  return query ? `${base}?${query}` : base;
}

/**
 * The five views of issue 4: the route of each (a query is appended) and the element that shows
 * it has rendered.
 */
export const VIEWS = {
  overview: { page: 'overview', base: '', ready: 'table[data-view="coverage"] tr[data-claim]' },
  'compare read': { page: 'compare', base: `o=${ALL_OUTLETS.join(',')}`, ready: '[data-outlet] [data-sentence]' },
  'compare align': {
    page: 'compare',
    base: `o=${ALL_OUTLETS.join(',')}&view=align`,
    ready: 'table[data-view="align"] tr[data-claim]',
  },
  quotes: { page: 'quotes', base: '', ready: '[data-quote-family]' },
  sources: { page: 'sources', base: '', ready: 'table[data-view="sources"] tr[data-source]' },
};

/** The route of one of VIEWS with extra query parts. */
export function viewRoute(name, extra = '') {
  const view = VIEWS[name];
  const query = [view.base, extra].filter(Boolean).join('&');
  return route(view.page, query);
}

/** Opens a view as a fresh document and waits for it to render. */
export async function openView(site, page, name, extra = '') {
  await open(page, site.at(viewRoute(name, extra)));
  await page.locator(VIEWS[name].ready).first().waitFor({ state: 'attached' });
}

/** Resolves after two animation frames: whatever an event changed has been rendered. */
export function frames(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** The query parameters of the page's address (the part after `?` in the fragment). */
export function queryOf(page) {
  const hash = new URL(page.url()).hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** Waits until the address's query satisfies `predicate(params)`. */
export async function waitForQuery(page, predicate, what) {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (predicate(queryOf(page))) return;
    await page.waitForTimeout(25);
  }
  assert.fail(`the address never ${what}: ${page.url()}`);
}

/** `t=` as a list. */
export const topicsInUrl = (page) => (queryOf(page).get('t') || '').split(',').filter(Boolean);

/** A topic chip of the filter bar. */
export const chip = (page, topic) => page.locator(`button[data-topic="${topic}"][aria-pressed]`);

/** The ids of the pressed topic chips, in document order. */
export function pressedChips(page) {
  return page
    .locator('button[data-topic][aria-pressed="true"]')
    .evaluateAll((nodes) => nodes.map((node) => node.dataset.topic));
}

/** The search box. */
export const searchBox = (page) => page.locator('input[data-action="search"]');

/** Shows every row of the coverage matrix, if the overview shows only the first ones. */
export async function showAllClaims(page) {
  const more = page.locator('[data-action="show-all-claims"]');
  if (await more.count()) {
    await more.first().click();
    await more.first().waitFor({ state: 'detached' });
  }
}

/**
 * What a view shows, as ids: for compare read, the sentences that are neither dimmed nor hidden;
 * for the tables, their rows (all of the coverage matrix's: "show all" is pressed if it is
 * there); for the ledger, the quote families.
 */
export async function shownIds(page, name) {
  if (name === 'overview') await showAllClaims(page);
  switch (name) {
    case 'compare read':
      return page.locator('[data-outlet] [data-sentence]').evaluateAll((nodes) =>
        nodes
          .filter((node) => !node.closest('.is-dimmed') && node.checkVisibility())
          .map((node) => node.dataset.sentence),
      );
    case 'overview':
    case 'compare align':
      return page
        .locator(name === 'overview' ? 'table[data-view="coverage"] tr[data-claim]' : 'table[data-view="align"] tr[data-claim]')
        .evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).map((node) => node.dataset.claim));
    case 'quotes':
      return page
        .locator('[data-quote-family]')
        .evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).map((node) => node.dataset.quoteFamily));
    case 'sources':
      return page
        .locator('table[data-view="sources"] tr[data-source]')
        .evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).map((node) => node.dataset.source));
    default:
      throw new Error(`no view ${name}`);
  }
}

/**
 * What a view should show for a set of matching sentence ids (null: no filter), from the report:
 * the same kinds of ids as shownIds. `outlets` are the compare page's shown outlets.
 */
export function expectedIds(report, name, matching, outlets = ALL_OUTLETS) {
  const keep = (id) => matching === null || matching.has(id);
  const shown = (id) => outlets.includes(report.outletOf.get(id));
  switch (name) {
    case 'compare read':
      return report.sentenceIds.filter((id) => shown(id) && keep(id));
    case 'overview':
      return report.claims.filter((claim) => claim.sentences.some(keep)).map((claim) => claim.id);
    case 'compare align':
      return report.claims
        .filter((claim) => claim.sentences.some((id) => shown(id) && keep(id)))
        .map((claim) => claim.id);
    case 'quotes':
      return report.quotes
        .filter((quote) => quote.variants.some((variant) => keep(variant.sentence)))
        .map((quote) => quote.id);
    case 'sources':
      return [...new Set(report.attributions.filter((a) => keep(a.sentence)).map((a) => a.source))];
    default:
      throw new Error(`no view ${name}`);
  }
}

/**
 * A page for the view tests: as site.newPage, but waiting at most 6 s for an element (the app has
 * rendered by then; a missing hook should fail fast), 20 s for a navigation.
 */
export async function newPage(site, options) {
  const page = await site.newPage(options);
  page.setDefaultTimeout(6_000);
  page.setDefaultNavigationTimeout(20_000);
  return page;
}

/** Asserts that two lists hold the same items, naming the missing and unexpected ones. */
export function assertSameSet(actual, expected, message) {
  const have = new Set(actual);
  const want = new Set(expected);
  const missing = [...want].filter((item) => !have.has(item));
  const unexpected = [...have].filter((item) => !want.has(item));
  if (missing.length || unexpected.length) {
    const list = (items) => `${items.length} ${JSON.stringify(items.slice(0, 12))}${items.length > 12 ? '…' : ''}`;
    assert.fail(`${message}: ${have.size} shown, ${want.size} expected; missing ${list(missing)}; unexpected ${list(unexpected)}`);
  }
}

/** Sorted copy, for comparing sets given as arrays. */
export const sorted = (items) => [...new Set(items)].sort();

/**
 * The sentences a plain-ASCII search word finds, as the engine defines search (case-insensitive
 * substring; accents and typographic variants do not matter for the ASCII words these tests use).
 */
export function searchMatches(report, word) {
  const lower = word.toLowerCase();
  return new Set(report.sentenceIds.filter((id) => report.textOf.get(id).toLowerCase().includes(lower)));
}

/** The intersection of two sets. */
export const both = (a, b) => new Set([...a].filter((item) => b.has(item)));

/** The notices' text. */
export async function noticeText(page) {
  const notice = page.locator('[data-notice]');
  await notice.first().waitFor();
  return (await notice.allInnerTexts()).join(' ');
}

/**
 * Starts the seed site and loads the seed's `parallax report` before a test file's tests (calling
 * `use(site, report)`), and closes the site after them.
 */
export function withSeedSite(use) {
  let site;
  before(async () => {
    const [started, report] = await Promise.all([startSite(), loadReport()]);
    site = started;
    use(started, report);
  });
  after(async () => {
    await site?.close();
  });
}

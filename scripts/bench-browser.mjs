#!/usr/bin/env node
// Browser interaction latency (issue 4): how long a topic-chip toggle and a search keystroke take,
// and (compare-hover) pointing at a sentence of the Read columns, from the input event to the DOM
// settling, in headless Chromium, on built sites. A benchmark, not
// a test: scripts/bench-browser.sh builds the sites and runs this; BENCHMARKS.md has the method.
//
//   node scripts/bench-browser.mjs --site seed=DIST[:16] --site synthetic=DIST[:50] [--runs 30]
//       [--views overview,overview-by-origin,compare-read,compare-hover,compare-align,quotes,sources,differences,events]
//       [--json FILE]
//
// Each --site is NAME=DIST_DIR with an optional median limit in ms after a colon. For each site
// (its first event), each view and each action it takes `--runs` samples after 3 warm-up ones and
// prints a Markdown table of median, p90 and max with PASS/FAIL (median against the limit). Exits 1
// if any median is over its limit, 2 on a usage or setup error. The view `events` (the home
// page's search box: a word of the first event's title, one of the middle event's, then nothing,
// each put in at once; not measured unless named in --views) is for sites of many events. The view
// `compare-hover` (Read, five outlets) takes one action, `hover`: a `mouseover` on one of six shared
// sentences spread over the columns, in turn, so that each sample moves the highlight (the
// sentence and its counterparts) to another claim; the address does not change.
//
// What one sample is (all measured inside the page with performance.now()):
//   t0   just before the input is dispatched: a click on a topic chip (button.click(), which runs
//        the app's handler synchronously), a keystroke in the search box (keydown, the value
//        changed as typing does, an `input` event, keyup), or a `mouseover` on a sentence;
//   end  the last DOM mutation the input caused, with style and layout forced right after it
//        (a MutationObserver on the whole document calls getBoundingClientRect() and reads the
//        clock), so the figure includes Yew's diff, the DOM writes and the browser's layout;
//   done when the address shows the new state (t= or q=; a hover leaves it as it is), two
//        animation frames have passed and no mutation has come for 150 ms. Only then is the next
//        input dispatched.
// The sample is end - t0 ("median", "p90", "max"). "DOM written" is the same without the last
// style and layout: the time of the last mutation itself, i.e. the app's own work (Yew's diff and
// the DOM writes) and the script before it; the rest is the browser's layout. The next frame's paint comes after `end`; it is not included, since in
// headless Chromium it waits on a 60 Hz clock whatever the app does.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveStatic } from '../tests/e2e/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WARMUP = 3;
const QUIET_MS = 150;
const ALL_VIEWS = [
  'overview',
  'overview-by-origin',
  'compare-read',
  'compare-hover',
  'compare-align',
  'quotes',
  'sources',
  'differences',
  'events',
];
/** How many shared sentences the hover samples go round. */
const HOVER_TARGETS = 6;
/** The views measured unless --views says otherwise (`events`, the home page's search, on request). */
const DEFAULT_VIEWS = ALL_VIEWS.filter((view) => view !== 'events');

function usage(message) {
  if (message) console.error(`bench-browser: ${message}`);
  console.error(
    'usage: node scripts/bench-browser.mjs --site NAME=DIST[:LIMIT_MS] [--site …] [--runs N] [--views a,b] [--json FILE]',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const options = { sites: [], runs: 30, views: DEFAULT_VIEWS, json: null };
  for (let n = 0; n < argv.length; n++) {
    const value = () => argv[++n] ?? usage(`${argv[n - 1]} needs a value`);
    switch (argv[n]) {
      case '--site': {
        const match = /^([\w-]+)=(.+?)(?::(\d+(?:\.\d+)?))?$/.exec(value());
        if (!match) usage('--site takes NAME=DIST_DIR[:LIMIT_MS]');
        const dist = path.resolve(match[2]);
        if (!existsSync(path.join(dist, 'index.html'))) usage(`${dist}/index.html not found: build it first`);
        options.sites.push({ name: match[1], dist, limit: match[3] ? Number(match[3]) : null });
        break;
      }
      case '--runs':
        options.runs = Number.parseInt(value(), 10);
        if (!(options.runs >= 1)) usage('--runs takes a positive number');
        break;
      case '--views':
        options.views = value().split(',').filter(Boolean);
        for (const view of options.views) if (!ALL_VIEWS.includes(view)) usage(`unknown view ${view}`);
        break;
      case '--json':
        options.json = value();
        break;
      case '-h':
      case '--help':
        usage();
        break;
      default:
        usage(`unknown argument ${argv[n]}`);
    }
  }
  if (options.sites.length === 0) usage('give at least one --site');
  return options;
}

// ---- In the page -------------------------------------------------------------------------------

/** Installed once per document: the mutation clock and the function that takes one sample. */
function installProbe({ quietMs, hoverTargets }) {
  const state = { last: 0, written: 0, count: 0 };
  new MutationObserver(() => {
    state.written = performance.now();
    document.body.getBoundingClientRect(); // style and layout, as the frame would
    state.last = performance.now();
    state.count++;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Dispatches `input()`, waits until `done()` and the DOM is quiet; returns the sample. */
  window.__benchSample = async (kind, arg, searchBox) => {
    const before = { count: state.count, url: location.href };
    let t0;
    if (kind === 'chip') {
      const chip = document.querySelector(`button[data-topic="${arg}"]`);
      t0 = performance.now();
      chip.click();
    } else if (kind === 'hover') {
      // The arg-th of `hoverTargets` shared sentences spread evenly over the columns.
      const shared = document.querySelectorAll('[data-outlet] [data-sentence][data-sharing="shared"]');
      const sentence = shared[Math.floor((arg * shared.length) / hoverTargets)];
      t0 = performance.now();
      sentence.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, cancelable: true, view: window }));
    } else {
      const box = document.querySelector(searchBox || 'input[data-action="search"]');
      const key = arg === 'Backspace' ? 'Backspace' : arg;
      if (document.activeElement !== box) {
        box.focus();
        await frame();
      }
      t0 = performance.now();
      box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      if (kind === 'replace') {
        // The whole text at once (a paste, or clearing the box).
        box.value = arg;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      } else if (key === 'Backspace') {
        box.value = box.value.slice(0, -1);
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
      } else {
        box.value += key;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: key }));
      }
      box.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
    }
    // Settled: the address changed, two frames passed, and no mutation for quietMs.
    const deadline = t0 + 10_000;
    const moves = kind !== 'hover';
    while (moves && location.href === before.url && performance.now() < deadline) await frame();
    await frame();
    await frame();
    while (performance.now() - Math.max(state.last, t0) < quietMs && performance.now() < deadline) {
      await sleep(quietMs / 3);
    }
    if (moves && location.href === before.url) throw new Error(`the address did not change after ${kind} ${arg}`);
    if (state.count === before.count) throw new Error(`no DOM change after ${kind} ${arg}`);
    return [state.last - t0, state.written - t0];
  };
}

// ---- In node -----------------------------------------------------------------------------------

const medianOf = (sorted) =>
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (ms) => ms.toFixed(1);

async function waitForApp(page) {
  await page.waitForFunction(() => window.__parallaxStarted && document.body.innerText.trim().length > 0, null, {
    timeout: 30_000,
  });
}

/** Opens a route as a fresh document, with the probe installed, and waits for `ready`. */
async function openRoute(page, url, ready) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForApp(page);
  await page.locator(ready).first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(installProbe, { quietMs: QUIET_MS, hoverTargets: HOVER_TARGETS });
}

/** The event to measure and what to measure it with, read from the site itself. */
async function describeSite(page, url) {
  await openRoute(page, url, 'a[data-event]');
  const event = await page.locator('a[data-event]').first().getAttribute('data-event');
  const wordOf = async (n) => {
    const title = await page.locator('a[data-event]').nth(n).innerText();
    return (title.match(/[A-Za-z]{4,}/) || ['news'])[0].toLowerCase();
  };
  const titleWord = await wordOf(0);
  const otherWord = await wordOf(Math.floor((await page.locator('a[data-event]').count()) / 2));
  const eventCount = await page.locator('a[data-event]').count();
  await openRoute(page, `${url}#/e/${event}`, 'button[data-topic]');
  const facts = await page.evaluate(() => {
    const chips = [...document.querySelectorAll('button[data-topic]')].map((chip) => ({
      id: chip.dataset.topic,
      count: Number((chip.textContent.match(/(\d+)\s*$/) || [0, 0])[1]),
      label: chip.firstChild?.textContent ?? chip.textContent,
    }));
    const outlets = [...document.querySelectorAll('input[name="outlet"]')].map((input) => input.value);
    const outletCount = Number(document.querySelector('[data-outlet-count]')?.dataset.outletCount || outlets.length);
    const rows = document.querySelectorAll('table[data-view="coverage"] tr[data-claim]').length;
    return { chips, outlets, outletCount, rows };
  });
  // The topic with the most sentences (the biggest change), and a search word from its label.
  const topic = [...facts.chips].sort((a, b) => b.count - a.count)[0];
  const word = (topic.label.match(/[A-Za-z]{4,}/) || ['news'])[0].toLowerCase().slice(0, 6);
  const sentences = await page.evaluate(() => document.querySelector('[data-match-count]')?.dataset.matchCount);
  return {
    event,
    eventCount,
    titleWord,
    otherWord,
    topic,
    word,
    outlets: facts.outlets,
    outletCount: facts.outletCount,
    coverageRows: facts.rows,
    sentences: Number(sentences),
  };
}

function viewRoute(view, event, outlets) {
  const compare = `#/e/${event}/compare?o=${outlets.slice(0, 5).join(',')}`;
  return {
    overview: { hash: `#/e/${event}`, ready: 'table[data-view="coverage"] tr[data-claim]' },
    'overview-by-origin': { hash: `#/e/${event}?group=origin&sort=lead`, ready: 'table[data-view="coverage"] tr[data-claim]' },
    'compare-read': { hash: compare, ready: '[data-outlet] [data-sentence]' },
    'compare-hover': { hash: compare, ready: '[data-outlet] [data-sentence][data-sharing="shared"]', hover: true },
    'compare-align': { hash: `${compare}&view=align`, ready: 'table[data-view="align"] tr[data-claim]' },
    quotes: { hash: `#/e/${event}/quotes`, ready: 'button[data-topic]' },
    sources: { hash: `#/e/${event}/sources`, ready: 'button[data-topic]' },
    differences: { hash: `#/e/${event}/differences`, ready: 'button[data-topic]' },
    events: { hash: '#/', ready: 'input[data-action="search-events"]', box: 'input[data-action="search-events"]' },
  }[view];
}

/** `count` samples of one action, after the warm-up; the page is reset between actions. */
async function measure(page, url, ready, action, facts, count, box) {
  await openRoute(page, url, ready);
  // A topic toggle: the chip on, off, on, … (both directions are samples). A keystroke: the word
  // typed letter by letter, then deleted key by key, and again.
  const word = facts.word;
  const inputs =
    action === 'topic toggle'
      ? [['chip', facts.topic.id]]
      : action === 'hover'
        ? Array.from({ length: HOVER_TARGETS }, (_, n) => ['hover', n])
        : box
          ? // The events page: one title word, another, then nothing (each changes the list).
            [facts.titleWord, facts.otherWord, ''].map((text) => ['replace', text, box])
          : [...word, ...[...word].map(() => 'Backspace')].map((key) => ['key', key, box]);
  const samples = [];
  const written = [];
  for (let n = 0; n < WARMUP + count; n++) {
    const [ms, dom] = await page.evaluate(
      ([kind, arg, searchBox]) => window.__benchSample(kind, arg, searchBox),
      inputs[n % inputs.length],
    );
    if (n >= WARMUP) {
      samples.push(ms);
      written.push(dom);
    }
  }
  return { samples, written };
}

function machine() {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim();
    if (dirty) commit += ' + uncommitted changes';
  } catch {
    // not a git checkout
  }
  return {
    cpu: `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    os: `${os.type()} ${os.release()}`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    node: process.version,
    commit,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const browser = await launchBrowser();
  const results = [];
  const env = { ...machine(), chromium: browser.version(), date: new Date().toISOString() };
  console.log(
    `bench-browser: Chromium ${env.chromium} (headless), ${env.cpu}, ${env.memory}, ${env.os}, Node ${env.node}, ` +
      `commit ${env.commit}, load ${env.load}; ${options.runs} runs per row after ${WARMUP} warm-up`,
  );
  try {
    for (const site of options.sites) {
      const server = await serveStatic(site.dist);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        window.__parallaxStarted = false;
        addEventListener('TrunkApplicationStarted', () => {
          window.__parallaxStarted = true;
        });
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`bench-browser: page error on ${site.name}: ${error.message}`));
      try {
        const facts = await describeSite(page, server.url);
        console.log(
          `bench-browser: ${site.name}: event ${facts.event}, ${facts.outletCount} outlets, ${facts.sentences} sentences, ` +
            `${facts.coverageRows} coverage rows; topic "${facts.topic.id}" (${facts.topic.count} sentences), search word "${facts.word}"`,
        );
        for (const view of options.views) {
          const { hash, ready, box, hover } = viewRoute(view, facts.event, facts.outlets);
          const actions = hover ? ['hover'] : box ? ['search keystroke'] : ['topic toggle', 'search keystroke'];
          for (const action of actions) {
            const { samples, written } = await measure(page, server.url + hash, ready, action, facts, options.runs, box);
            const sorted = [...samples].sort((a, b) => a - b);
            const median = medianOf(sorted);
            const row = {
              site: site.name,
              event: facts.event,
              outlets: view === 'events' ? facts.eventCount : facts.outletCount,
              sentences: facts.sentences,
              view,
              action,
              runs: samples.length,
              median,
              written: medianOf([...written].sort((a, b) => a - b)),
              p90: percentile(sorted, 90),
              max: sorted[sorted.length - 1],
              limit: site.limit,
              pass: site.limit === null ? null : median <= site.limit,
              samples,
              writtenSamples: written,
            };
            results.push(row);
            console.error(`bench-browser: ${site.name} ${view} ${action}: median ${fmt(median)} ms`);
          }
        }
      } finally {
        await context.close();
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }

  console.log('');
  console.log(
    '| site | outlets × sentences | view | action | runs | median ms | p90 ms | max ms | DOM written, median ms | limit ms | result |',
  );
  console.log('| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    const verdict = r.pass === null ? '—' : r.pass ? 'PASS' : '**FAIL**';
    console.log(
      `| ${r.site} | ${r.view === 'events' ? `${r.outlets} events` : `${r.outlets} × ${r.sentences}`} | ${r.view} | ${r.action} | ${r.runs} | ${fmt(r.median)} | ${fmt(r.p90)} | ` +
        `${fmt(r.max)} | ${fmt(r.written)} | ${r.limit ?? '—'} | ${verdict} |`,
    );
  }
  if (options.json) writeFileSync(options.json, JSON.stringify({ env, results }, null, 2));
  const failed = results.filter((r) => r.pass === false);
  console.log(
    failed.length
      ? `\nbench-browser: FAIL: ${failed.length} of ${results.length} medians over their limit`
      : `\nbench-browser: PASS: every median within its limit (${results.length} rows)`,
  );
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(`bench-browser: ${error.stack || error.message}`);
  process.exit(2);
});

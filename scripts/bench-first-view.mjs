#!/usr/bin/env node
// First view against a static page (issue 9): how long the first compare view of a built site
// takes to show, from navigation to the first frame that holds all its sentences, against a
// static HTML page with the same sentences, in headless Chromium. A benchmark, not a test:
// scripts/bench-browser.sh runs it after the latency rows; BENCHMARKS.md has the method.
//
//   node scripts/bench-first-view.mjs --dist DIST [--runs 21] [--limit 1.5] [--json FILE]
//
// The view is the compare page of the site's first event with its first five outlets (for the
// seeds: all five). The static page is that view itself once the app has rendered it: the page's
// HTML with the app's scripts, preloads and data links removed, written next to the site as
// `first-view-static.html`, so that both pages come from the same loopback server with the same
// CSS and markup. The server runs in a process of its own (scripts/serve-static.mjs), so that
// driving the browser cannot delay its answers. Each run loads the app and the static page in turn as new documents in one tab
// (after `about:blank`; nothing is cached, the server says `no-store`), and takes
//   t = performance.now() at the first animation frame after the page holds every sentence of the
//       view (`[data-sentence]`, counted when the static page was made),
// measured from the navigation's start. The ratio is median(app) / median(static); it passes at
// most `--limit`. Exits 1 when it does not, 2 on a usage or setup error.
import { spawn } from 'node:child_process';
import { writeFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/helpers.mjs';

/** Starts scripts/serve-static.mjs on `dist`: { url, close }. */
function serveApart(dist) {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serve-static.mjs');
  const child = spawn(process.execPath, [script, dist], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.once('data', (chunk) =>
      resolve({ url: chunk.toString().trim(), close: async () => child.kill('SIGTERM') }),
    );
  });
}

const STATIC_NAME = 'first-view-static.html';

function usage(message) {
  if (message) console.error(`bench-first-view: ${message}`);
  console.error('usage: node scripts/bench-first-view.mjs --dist DIST [--runs N] [--limit RATIO] [--json FILE]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { dist: null, runs: 21, limit: 1.5, json: null };
  for (let n = 0; n < argv.length; n++) {
    const value = () => argv[++n] ?? usage(`${argv[n - 1]} needs a value`);
    switch (argv[n]) {
      case '--dist':
        options.dist = path.resolve(value());
        break;
      case '--runs':
        options.runs = Number.parseInt(value(), 10);
        if (!(options.runs >= 1)) usage('--runs takes a positive number');
        break;
      case '--limit':
        options.limit = Number(value());
        break;
      case '--json':
        options.json = value();
        break;
      default:
        usage(`unknown argument ${argv[n]}`);
    }
  }
  if (!options.dist || !existsSync(path.join(options.dist, 'index.html'))) usage('--dist must name a built site');
  return options;
}

/** Installed before any script of the page: resolves `window.__firstView` with the time. */
function probe(expected) {
  const done = () => document.querySelectorAll('[data-sentence]').length >= expected;
  window.__firstView = new Promise((resolve) => {
    const check = () => {
      if (!done()) return false;
      requestAnimationFrame(() => resolve(performance.now()));
      return true;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    const start = () => check() || observer.observe(document, { childList: true, subtree: true });
    if (document.documentElement) start();
    else document.addEventListener('readystatechange', start, { once: true });
  });
}

/** The compare view's address, and the static page made from the app's rendering of it. */
async function makeStatic(browser, url, dist) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('a[data-event]').first().waitFor({ timeout: 30_000 });
  const event = await page.locator('a[data-event]').first().getAttribute('data-event');
  await page.goto(`${url}#/e/${event}`);
  await page.locator('input[name="outlet"]').first().waitFor({ state: 'attached', timeout: 30_000 });
  const outlets = await page.locator('input[name="outlet"]').evaluateAll((inputs) => inputs.map((i) => i.value));
  const hash = `#/e/${event}/compare?o=${outlets.slice(0, 5).join(',')}`;
  await page.goto('about:blank');
  await page.goto(url + hash);
  await page.locator('[data-outlet] [data-sentence]').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  const { html, sentences } = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const node of copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')) node.remove();
    return { html: `<!doctype html>\n${copy.outerHTML}`, sentences: document.querySelectorAll('[data-sentence]').length };
  });
  writeFileSync(path.join(dist, STATIC_NAME), html);
  await context.close();
  return { event, hash, sentences, outlets: Math.min(5, outlets.length) };
}

/** One page load of `url` in `page` (after a blank page): the probe's time. */
async function sample(page, url) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(() => window.__firstView);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const server = await serveApart(options.dist);
  const browser = await launchBrowser();
  const app = [];
  const stat = [];
  let view;
  try {
    view = await makeStatic(browser, server.url, options.dist);
    const staticUrl = server.url + STATIC_NAME;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(probe, view.sentences);
    const page = await context.newPage();
    // One warm-up of each (the renderer's own start-up), then alternate.
    await sample(page, server.url + view.hash);
    await sample(page, staticUrl);
    for (let n = 0; n < options.runs; n++) {
      app.push(await sample(page, server.url + view.hash));
      stat.push(await sample(page, staticUrl));
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(path.join(options.dist, STATIC_NAME), { force: true });
  }
  const result = {
    event: view.event,
    outlets: view.outlets,
    sentences: view.sentences,
    runs: options.runs,
    app: median(app),
    static: median(stat),
    ratio: median(app) / median(stat),
    limit: options.limit,
    appSamples: app,
    staticSamples: stat,
  };
  result.pass = result.ratio <= options.limit;
  console.log(
    `| first compare view (${view.outlets} outlets, ${view.sentences} sentences) | ${options.runs} | ` +
      `${result.app.toFixed(1)} | ${result.static.toFixed(1)} | ${result.ratio.toFixed(2)} | ${options.limit} | ` +
      `${result.pass ? 'PASS' : '**FAIL**'} |`,
  );
  if (options.json) writeFileSync(options.json, JSON.stringify(result, null, 2));
  process.exit(result.pass ? 0 : 1);
}

main().catch((error) => {
  console.error(`bench-first-view: ${error.stack || error.message}`);
  process.exit(2);
});

#!/usr/bin/env node
// Takes the README's screenshots of the main views from a built site (default: dist/, built from
// the seed corpus) with headless Chromium, into docs/screenshots/. Each PNG is at most 1280×800
// CSS pixels at device scale 1; if pngquant or optipng is on PATH the files are then compressed
// (pngquant: 256-colour palette, which suits flat UI; optipng: lossless). The phone shots are the
// first screen of a shared link at 375 × 800, as opened. With --big DIST (a site of one event of
// hundreds of outlets, such as `bash scripts/bench-browser.sh` builds in target/bench-browser/
// big-dist), the overview of that event is taken too; with --dev DIST (the dev set's site: a copy
// of dist/ with `parallax site tests/devset --dist DIST`), the overview of an event with copies,
// grouped by origin.
//
//   trunk build --release && node scripts/screenshots.mjs [--dist DIR] [--big DIR] [--out DIR] [--only NAME,…]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveStatic } from '../tests/e2e/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVENT = 'putin-trump-call-2025-07-03';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 800 };

/**
 * The shots: a route, the viewport, the colour scheme, and what to do before the picture (wait for
 * an element, scroll something to the top, hover a sentence).
 */
const SHOTS = [
  {
    name: 'overview',
    what: 'Overview: topic chips, search and the coverage matrix (who reported which claim)',
    route: `#/e/${EVENT}`,
    ready: 'table[data-view="coverage"] tr[data-claim]',
    scrollTo: '[role="search"]',
  },
  {
    name: 'compare-read',
    what: 'Compare, Read: hovering a sentence highlights the same claim in the other columns',
    route: `#/e/${EVENT}/compare?o=india-tv-news,zee-news,business-standard`,
    ready: '[data-outlet] [data-sentence]',
    scrollTo: '[data-action="layout"]',
    hover: { outlet: 'india-tv-news', text: 'he could get offended' },
  },
  {
    name: 'compare-align',
    what: 'Compare, Align: one row per claim, "Not reported" where an outlet left it out',
    route: `#/e/${EVENT}/compare?o=india-tv-news,zee-news,business-standard,rt,newsweek&view=align&t=the-call`,
    ready: 'table[data-view="align"] tr[data-claim]',
    scrollTo: '[role="search"]',
  },
  {
    name: 'quotes',
    what: 'Quote ledger: each wording against the most common one, words added and removed marked',
    route: `#/e/${EVENT}/quotes?t=iran-middle-east`,
    ready: '[data-quote-family]',
    scrollTo: '[data-speaker]',
  },
  {
    name: 'sources',
    what: 'Sources: which outlet credits which agency, outlet, official or post',
    route: `#/e/${EVENT}/sources`,
    ready: 'table[data-view="sources"] tr[data-source]',
  },
  {
    name: 'phone',
    what: 'A shared compare link on a 375 px phone, as it opens: the controls folded into one line, then the text',
    route: `#/e/${EVENT}/compare?o=zee-news,business-standard,rt&q=putin`,
    ready: '[data-outlet] [data-sentence]',
    viewport: PHONE,
  },
  {
    name: 'phone-dark',
    what: 'The same in dark mode: the aligned table of a topic, as it opens',
    route: `#/e/${EVENT}/compare?o=zee-news,business-standard,rt&view=align&t=iran-middle-east`,
    ready: 'table[data-view="align"] tr[data-claim]',
    viewport: PHONE,
    colorScheme: 'dark',
  },
  {
    name: 'phone-overview',
    what: 'A shared overview link on a phone: the coverage matrix first',
    route: `#/e/${EVENT}?t=negotiations`,
    ready: 'table[data-view="coverage"] tr[data-claim]',
    viewport: PHONE,
  },
  {
    name: 'dark',
    what: 'Dark mode: Compare, Read filtered to one topic, the other sentences dimmed',
    route: `#/e/${EVENT}/compare?o=zee-news,business-standard,rt&t=iran-middle-east`,
    ready: '[data-outlet] [data-sentence]',
    colorScheme: 'dark',
    scrollTo: '[role="search"]',
  },
  {
    name: 'differences',
    what: 'Differences: the details outlets give differently on one claim, each value with its outlets',
    route: `#/e/${EVENT}/differences`,
    ready: 'ol[data-view="differences"] li[data-difference]',
  },
  {
    name: 'led-with',
    what: 'What each outlet led with: the coverage matrix sorted by headline and lead, H and L on the marks',
    route: `#/e/${EVENT}?sort=lead`,
    ready: 'table[data-view="coverage"] td[data-place]',
    scrollTo: '#coverage-heading',
  },
  {
    name: 'origins',
    what: 'Independent origins: a dev-set event with its columns grouped by origin, each row counting its origins',
    site: 'dev',
    route: '#/e/roe-v-wade-overturned-2022?group=origin',
    ready: 'table[data-view="coverage"] th[data-origin]',
    scrollTo: '#coverage-heading',
  },
  {
    name: 'many-outlets',
    what: 'An event of 500 outlets: the coverage matrix with its columns in groups of 25 by name, one open',
    site: 'big',
    route: '#/e/trade-pact-valmora-2025-01-06',
    ready: 'table[data-view="coverage"] th.group',
    click: 'th.group button[data-action="open-group"]',
    scrollTo: '#coverage-heading',
  },
];

function parseArgs(argv) {
  const options = { dist: path.join(ROOT, 'dist'), big: null, dev: null, out: path.join(ROOT, 'docs', 'screenshots'), only: null };
  for (let n = 0; n < argv.length; n++) {
    const value = argv[n + 1];
    if (argv[n] === '--dist' && value) options.dist = path.resolve(argv[++n]);
    else if (argv[n] === '--big' && value) options.big = path.resolve(argv[++n]);
    else if (argv[n] === '--dev' && value) options.dev = path.resolve(argv[++n]);
    else if (argv[n] === '--out' && value) options.out = path.resolve(argv[++n]);
    else if (argv[n] === '--only' && value) options.only = argv[++n].split(',');
    else {
      console.error('usage: node scripts/screenshots.mjs [--dist DIR] [--big DIR] [--dev DIR] [--out DIR] [--only NAME,…]');
      process.exit(2);
    }
  }
  if (!existsSync(path.join(options.dist, 'index.html'))) {
    console.error(`screenshots: ${options.dist}/index.html not found: build the site first ('trunk build --release')`);
    process.exit(2);
  }
  return options;
}

const has = (tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

async function take(browser, url, shot, file) {
  const context = await browser.newContext({
    viewport: shot.viewport ?? DESKTOP,
    deviceScaleFactor: 1,
    colorScheme: shot.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  await context.addInitScript(() => {
    window.__parallaxStarted = false;
    addEventListener('TrunkApplicationStarted', () => {
      window.__parallaxStarted = true;
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url + shot.route);
    await page.waitForFunction(() => window.__parallaxStarted, null, { timeout: 30_000 });
    await page.locator(shot.ready).first().waitFor({ state: 'attached', timeout: 15_000 });
    if (shot.click) {
      await page.locator(shot.click).first().click();
      await page.waitForTimeout(200);
    }
    if (shot.scrollTo) {
      await page.evaluate((selector) => {
        const target = document.querySelector(selector);
        if (target) window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 12);
      }, shot.scrollTo);
    }
    if (shot.hover) {
      const sentence = page.locator(`[data-outlet="${shot.hover.outlet}"] [data-sentence]`, { hasText: shot.hover.text });
      // Playwright scrolls it into view only if it is not (inside its column, on wide screens).
      await sentence.hover();
      await page.locator('.is-counterpart').first().waitFor({ timeout: 5_000 }).catch(() => {
        errors.push('no .is-counterpart after hovering');
      });
    }
    // Let scrolling and transitions finish.
    await page.waitForTimeout(400);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  } finally {
    await context.close();
  }
  return errors;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(options.out, { recursive: true });
  const server = await serveStatic(options.dist);
  const big = options.big && (await serveStatic(options.big));
  const dev = options.dev && (await serveStatic(options.dev));
  const browser = await launchBrowser();
  const quant = has('pngquant');
  const opti = has('optipng');
  let failed = 0;
  try {
    for (const shot of SHOTS.filter((s) => !options.only || options.only.includes(s.name))) {
      const sites = { big, dev };
      if (shot.site && !sites[shot.site]) {
        console.log(`screenshots: ${shot.name} skipped (give --${shot.site} DIST)`);
        continue;
      }
      const file = path.join(options.out, `${shot.name}.png`);
      const errors = await take(browser, (sites[shot.site] ?? server).url, shot, file);
      const raw = statSync(file).size;
      if (quant) execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--speed', '1', '--ext', '.png', '256', file]);
      if (opti) execFileSync('optipng', ['-quiet', '-o2', '-strip', 'all', file]);
      const size = statSync(file).size;
      console.log(`${path.relative(ROOT, file)}: ${shot.what} (${raw} → ${size} bytes)`);
      for (const error of errors) {
        failed++;
        console.error(`screenshots: ${shot.name}: ${error}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await big?.close();
    await dev?.close();
  }
  if (!quant && !opti) console.log('screenshots: pngquant and optipng not found; the PNGs are not compressed further');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`screenshots: ${error.stack || error.message}`);
  process.exit(2);
});

// Shared helpers for the end-to-end tests: a static server for a built site, a Chromium started
// by playwright-core with a guard that no request leaves 127.0.0.1, and small DOM utilities.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.resolve(process.env.PARALLAX_DIST || path.join(ROOT, 'dist'));
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const AXE_SCRIPT = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
let axeSource;

// The seed corpus that the default build bundles (assets/corpus/).
export const SEED_EVENT = 'putin-trump-call-2025-07-03';
export const SEED_OUTLETS = {
  'india-tv-news': 'India TV News',
  'zee-news': 'Zee News',
  'business-standard': 'Business Standard',
  rt: 'RT',
  newsweek: 'Newsweek',
};

// So that `node --test tests/e2e/` also works outside scripts/test.sh.
process.env.PATH = [
  path.join(ROOT, 'node_modules', '.bin'),
  path.join(process.env.CARGO_HOME || path.join(homedir(), '.cargo'), 'bin'),
  process.env.PATH,
].join(path.delimiter);

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Runs a command in the repo root with extra environment variables; resolves with the end of its
 * output (stdout and stderr together), rejects with it if the command fails.
 */
export function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(new Error(`cannot start ${command}: ${error.message} (run scripts/setup.sh)`)));
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-8_000)}`)),
    );
  });
}

/** Builds the site from `corpus` into `dist` (a release build, as users build); resolves with its output. */
export function buildSite(corpus, dist, trunkArgs = []) {
  return run('trunk', ['build', '--release', '--dist', dist, ...trunkArgs], { PARALLAX_CORPUS: corpus });
}

/** Fails early, with the fix, when there is no built site to test. */
export function requireDist(dist = DIST) {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      `${dist}/index.html not found: build the site first ('trunk build --release', which scripts/test.sh runs)`,
    );
  }
}

/**
 * Serves `dir` on a random free port of 127.0.0.1, under `prefix` (a path such as `/parallax/`,
 * as GitHub Pages serves a project site; default `/`). Only GET and HEAD of files inside `dir`;
 * `<prefix>` is index.html. Returns { url, close }.
 */
export async function serveStatic(dir, prefix = '/') {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      const requested = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
      if (!requested.startsWith(prefix)) throw new Error('outside the prefix');
      const pathname = '/' + requested.slice(prefix.length);
      let file = path.resolve(root, '.' + pathname);
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run 'bash scripts/setup.sh' (it installs Debian's chromium)`);
  }
  // playwright-core adds --headless itself; ours (--headless=new) comes later and wins.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Starts the site and a browser for one test file. `site.newPage(options)` gives a page in a fresh
 * context that records page errors, Content-Security-Policy violations, JavaScript dialogs (which
 * it dismisses) and any request not to the test server (which it aborts) in `page.problems`; the
 * tests assert that it stays empty.
 */
export async function startSite(dist = DIST, prefix = '/') {
  requireDist(dist);
  const server = await serveStatic(dist, prefix);
  const browser = await launchBrowser();
  const origin = new URL(server.url).origin;
  const contexts = [];

  async function newPage({ viewport = { width: 1280, height: 900 }, colorScheme = 'light', permissions, hasTouch } = {}) {
    const context = await browser.newContext({ viewport, colorScheme, hasTouch });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    const problems = [];
    // The page reports each CSP violation through this binding (see the init script below).
    await context.exposeBinding('__parallaxCspViolation', (_source, text) => problems.push(`CSP violation: ${text}`));
    // Trunk's loader fires this event once the wasm has started; waitForApp waits for it.
    await context.addInitScript(() => {
      window.__parallaxStarted = false;
      addEventListener('TrunkApplicationStarted', () => {
        window.__parallaxStarted = true;
      });
      // Every CSP violation goes to page.problems (Chromium also logs it to the console, see below).
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__parallaxCspViolation(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}`);
      });
    });
    if (permissions) await context.grantPermissions(permissions, { origin });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url, origin)) return route.continue();
      problems.push(`request left 127.0.0.1: ${url}`);
      return route.abort('blockedbyclient');
    });
    context.on('websocket', (ws) => {
      if (!isLocal(ws.url(), origin)) problems.push(`websocket left 127.0.0.1: ${ws.url()}`);
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // The app never opens alert(), confirm() or prompt(): one that opens was injected.
    page.on('dialog', (dialog) => {
      problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /panick|unreachable|RuntimeError|Content.Security.Policy/i.test(message.text())) {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.problems = problems;
    return page;
  }

  return {
    url: server.url,
    origin,
    browser,
    newPage,
    /** The address of a route, e.g. site.at('#/e/x') */
    at: (hash) => server.url + hash,
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

function isLocal(url, origin) {
  if (/^(data|blob|about|chrome-error):/.test(url)) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Collapses runs of whitespace so that text compares across line breaks and elements. */
export const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** Visible text of the first element matching `selector` (innerText: what a reader sees). */
export async function visibleText(page, selector = 'body') {
  return squash(await page.locator(selector).first().innerText());
}

/** The outlet ids of the compare columns, in document order. */
export function columnIds(page) {
  return page.locator('[data-outlet]').evaluateAll((nodes) => nodes.map((node) => node.dataset.outlet));
}

/** Waits until the wasm has started and the app has rendered something into the body. */
export async function waitForApp(page) {
  try {
    await page.waitForFunction(
      () => window.__parallaxStarted && document.body && document.body.innerText.trim().length > 0,
      null,
      { timeout: 20_000 },
    );
  } catch (error) {
    const state = await page
      .evaluate(() => ({ started: window.__parallaxStarted, text: document.body?.innerText.slice(0, 300) }))
      .catch(() => ({}));
    throw new Error(
      `the app did not render at ${page.url()} (wasm started: ${state.started}, body text: ` +
        `${JSON.stringify(state.text)}, problems: ${JSON.stringify(page.problems)}): ${error.message}`,
    );
  }
}

/** Loads a route as a fresh document (not a same-document hash change). */
export async function open(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForApp(page);
}

/** True when the page can be scrolled sideways. */
export function scrollsSideways(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth > window.innerWidth);
}

/**
 * Runs axe-core on the page and returns its violations, summarised for an assertion message. The
 * script is evaluated through the DevTools protocol, not added as a <script> tag, which the site's
 * Content-Security-Policy would rightly refuse.
 */
export async function axeViolations(page) {
  axeSource ??= await readFile(AXE_SCRIPT, 'utf8');
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

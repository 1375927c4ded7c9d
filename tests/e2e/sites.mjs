// Sites for the end-to-end tests beyond the seed: synthetic corpora from the engine's generator,
// put into a copy of the built seed site with `parallax site --dist` (the web app embeds no data,
// so one build serves any corpus). Each takes seconds; nothing is rebuilt with Trunk.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, ROOT, requireDist } from './helpers.mjs';

/** Runs the `parallax` command (PARALLAX_CLI, else `cargo run -p parallax-cli`); rejects with its stderr. */
export function parallax(args) {
  const [command, all] = process.env.PARALLAX_CLI
    ? [process.env.PARALLAX_CLI, args]
    : ['cargo', ['run', '--quiet', '-p', 'parallax-cli', '--', ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, all, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => {
      err = (err + chunk).slice(-20_000);
    });
    child.on('error', (error) => reject(new Error(`cannot start ${command}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out).toString()) : reject(new Error(`parallax ${args.join(' ')} failed (${code}):\n${err}`)),
    );
  });
}

/**
 * A built site of a synthetic corpus (`parallax synth` with these options, seed 1 unless given):
 * { dist, corpus, remove() }.
 */
export async function synthSite({ events, outlets, sentences, seed = 1 }) {
  requireDist();
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-site-'));
  const corpus = path.join(dir, 'corpus');
  const dist = path.join(dir, 'dist');
  const size = ['--events', String(events), '--outlets', String(outlets), '--seed', String(seed)];
  if (sentences) size.push('--sentences', String(sentences));
  await parallax(['synth', corpus, ...size]);
  await cp(DIST, dist, { recursive: true });
  await parallax(['site', corpus, '--dist', dist, '--quiet']);
  return { dist, corpus, remove: () => rm(dir, { recursive: true, force: true }) };
}

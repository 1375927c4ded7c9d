#!/usr/bin/env node
// Serves a built site on a random port of 127.0.0.1 (tests/e2e/helpers.mjs's server) in a process
// of its own, and prints its address on the first line: for the benchmarks, so that the
// browser-driving process cannot delay the server's answers.
//
//   node scripts/serve-static.mjs DIST
import { serveStatic } from '../tests/e2e/helpers.mjs';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/serve-static.mjs DIST');
  process.exit(2);
}
const server = await serveStatic(dist);
console.log(server.url);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));

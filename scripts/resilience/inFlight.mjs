// Starts reads and writes of every kind at once while the drill holds their tables locked, so they are in flight when
// the server gets SIGTERM; touches <ready file> once all are sent, and writes what each one got to the report (the
// same shape as writeLoad.mjs: acknowledged and refusals, plus the reads' statuses).
//   node inFlight.mjs <api base> <read url> <count per kind> <report file> <ready file>
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { discover, KINDS, send } from './writes.mjs';

const [api, readUrl, count, reportFile, readyFile] = process.argv.slice(2);
const targets = await discover(api);
const run = `drill-inflight-${randomBytes(4).toString('hex')}`;

async function read() {
  try {
    const response = await fetch(readUrl, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return String(error.cause?.code ?? error.name);
  }
}

const reads = Array.from({ length: Number(count) }, read);
const writes = KINDS.flatMap((kind) => Array.from({ length: Number(count) },
  (_, i) => send(kind, api, targets, `${run}-${kind}-${i}`, 30_000)));
// Give the requests a moment to reach the server before the drill sends SIGTERM.
await new Promise((resolve) => setTimeout(resolve, 300));
await writeFile(readyFile, 'sent');
const results = await Promise.all(writes);
const report = {
  run,
  reads: await Promise.all(reads),
  acknowledged: results.filter((r) => r.acknowledged),
  refusals: results.filter((r) => !r.acknowledged),
};
await writeFile(reportFile, JSON.stringify(report));
console.log(`in flight: reads ${JSON.stringify(report.reads)}; writes ${results.map((r) => `${r.kind} ${r.status || r.error}`).join(', ')}`);

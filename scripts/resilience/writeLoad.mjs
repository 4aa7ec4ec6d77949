// Sends anonymous comments, ballots, survey responses and map contributions from several workers until the time is
// up, without retries, and records every answer: what was acknowledged (2xx, with the time the answer arrived) and
// what was refused and how. Writes a JSON report to the file named on the command line.
//   node writeLoad.mjs <api base> <seconds> <report file> [marker prefix]
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { discover, KINDS, send } from './writes.mjs';

const [api, seconds, reportFile, prefix = 'drill'] = process.argv.slice(2);
const targets = await discover(api);
const run = `${prefix}-${randomBytes(4).toString('hex')}`;
const started = Date.now();
const deadline = started + Number(seconds) * 1000;
const acknowledged = [];
const refusals = [];
let sequence = 0;

async function worker(offset) {
  for (let turn = offset; Date.now() < deadline; turn++) {
    const kind = KINDS[turn % KINDS.length];
    const result = await send(kind, api, targets, `${run}-${kind}-${++sequence}`);
    if (result.acknowledged) {
      acknowledged.push(result);
    } else {
      refusals.push(result);
      if (result.status === 0 || result.status >= 500) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

await Promise.all(Array.from({ length: 8 }, (_, i) => worker(i)));
await writeFile(reportFile, JSON.stringify({ run, started, ended: Date.now(), acknowledged, refusals }));
const byKind = Object.fromEntries(KINDS.map((k) => [k, acknowledged.filter((a) => a.kind === k).length]));
console.log(`write load ${run}: ${acknowledged.length} acknowledged ${JSON.stringify(byKind)}, ${refusals.length} refused`);

// Compares what a write load was told (its report) with what the database holds, and prints PASS/FAIL lines:
//   - every acknowledged write is stored (optionally only those acknowledged before a moment, e.g. a backup's start)
//   - none is stored twice
//   - a write refused with an HTTP status left nothing behind (so retrying it cannot duplicate it); with
//     --in-doubt-commits (the database crashed) those stored anyway are reported as INFO: their commit reached the
//     database but its acknowledgement died with it, so the server could not know the outcome
//   - refusals are what the drill allows (--refusals): "problem" (default) 503 + Retry-After problems without stack
//     traces; "shutdown" a 503 or no answer at all; "any" whatever
//   - with --all-acknowledged: every write of the report was acknowledged; with --expect-refusals: some were refused
// Writes that got no answer at all may or may not be stored; the count of those stored is printed as INFO.
// Exit status 1 when a check fails.
//   node checkWrites.mjs <report.json> <stored.tsv: kind TAB key per row> [--before <epoch ms>]
//                        [--refusals problem|shutdown|any] [--all-acknowledged] [--expect-refusals]
//                        [--in-doubt-commits] [--label text]
import { readFileSync } from 'node:fs';

const [reportFile, storedFile, ...options] = process.argv.slice(2);
const option = (name) => { const at = options.indexOf(name); return at < 0 ? undefined : options[at + 1] ?? true; };
const before = option('--before') ? Number(option('--before')) : Infinity;
const label = option('--label') ? `${option('--label')}: ` : '';
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const stored = readFileSync(storedFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
const count = new Map();
for (const [kind, key] of stored) count.set(`${kind} ${key}`, (count.get(`${kind} ${key}`) ?? 0) + 1);

let failures = 0;
const check = (ok, text) => {
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}${text}`);
  if (!ok) failures++;
};
const sample = (list) => (list.length ? ` e.g. ${JSON.stringify(list.slice(0, 3))}` : '');
const perKind = (list) => JSON.stringify(list.reduce((all, w) => ({ ...all, [w.kind]: (all[w.kind] ?? 0) + 1 }), {}));

const acked = report.acknowledged.filter((w) => w.at < before);
const missing = acked.filter((w) => !count.has(`${w.kind} ${w.marker}`)).map((w) => `${w.kind} ${w.marker}`);
const ours = new Set([...report.acknowledged, ...report.refusals].map((w) => `${w.kind} ${w.marker}`));
const twice = [...count].filter(([key, n]) => n > 1 && ours.has(key)).map(([key, n]) => `${key} ×${n}`);
const refusedButStored = report.refusals.filter((w) => w.status >= 400 && count.has(`${w.kind} ${w.marker}`))
  .map((w) => `${w.kind} ${w.marker} (${w.status})`);
const allowed = option('--refusals') ?? 'problem';
const badRefusals = report.refusals.filter((w) => (allowed === 'shutdown' ? !(w.status === 503 || w.status === 0)
  : allowed === 'problem' ? !(w.status === 503 && w.retryAfter && String(w.contentType).includes('problem+json')
    && !w.stackTrace) : false));
const unanswered = report.refusals.filter((w) => w.status === 0);
const unansweredStored = unanswered.filter((w) => count.has(`${w.kind} ${w.marker}`));

const scope = Number.isFinite(before) ? ' before the backup started' : '';
check(acked.length > 0 && missing.length === 0,
  `every write acknowledged${scope} is stored (${acked.length} acknowledged ${perKind(acked)}, `
  + `${missing.length} missing${sample(missing)})`);
check(twice.length === 0, `no write stored twice (${twice.length}${sample(twice)})`);
if (option('--in-doubt-commits')) {
  if (refusedButStored.length) {
    console.log(`  INFO  ${label}${refusedButStored.length} write(s) refused with 503 were stored anyway${sample(refusedButStored)}: `
      + 'the commit reached the database, its acknowledgement died with it; a client retry would store it twice '
      + '(known limit until writes carry an idempotency key)');
  }
} else {
  check(refusedButStored.length === 0,
    `a refused write left nothing behind (${report.refusals.length} refused, ${refusedButStored.length} stored anyway`
    + `${sample(refusedButStored)})`);
}
if (allowed !== 'any') {
  const what = allowed === 'shutdown' ? 'a 503 or no answer' : '503 + Retry-After problems without stack traces';
  check(badRefusals.length === 0, `refusals are ${what} (${report.refusals.length} refused `
    + `${perKind(report.refusals)}, ${badRefusals.length} otherwise`
    + `${sample(badRefusals.map((w) => ({ kind: w.kind, status: w.status, error: w.error, ms: w.at - w.started })))})`);
}
if (option('--expect-refusals')) {
  check(report.refusals.length > 0, `the fault reached the writers (${report.refusals.length} refused)`);
}
if (option('--all-acknowledged')) {
  const notAcked = report.refusals.map((w) => `${w.kind} ${w.status || w.error}`);
  check(notAcked.length === 0, `every write in flight completed with 2xx (${report.acknowledged.length} of `
    + `${report.acknowledged.length + notAcked.length}${sample(notAcked)})`);
}
if (unanswered.length) {
  console.log(`  INFO  ${label}${unanswered.length} write(s) got no answer; ${unansweredStored.length} of them stored `
    + `(the client cannot tell which; whether anything is half-stored is checked separately)`);
}
process.exit(failures ? 1 : 0);

// Turns the benchmark results into docs/benchmarks.md, with the targets of issue 7 checked against them.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const [resultsFile, reportFile, peakRssKb, ballotsGrown, commentsGrown, responses, comments, singleResultsMs,
  connections, seconds, jvmOpts, warmup, lighthousePerformance, lighthouseAccessibility] = process.argv.slice(2);
const rows = readFileSync(resultsFile, 'utf8').trim().split('\n').map((line) => {
  const [name, rps, p50, p99, non2xx, requests] = line.split(' ');
  return { name, rps: Number(rps), p50: Number(p50), p99: Number(p99), non2xx: Number(non2xx), requests: Number(requests) };
});
const trivial = rows.find((r) => r.name === 'trivial').rps;
const ratio = (r) => r.rps / trivial;
const targets = {
  'formats-cached': (r) => [ratio(r) >= 0.5 && r.p99 < 20, '≥ 0.5× trivial, p99 < 20 ms'],
  formats: (r) => [ratio(r) >= 0.25, 'list page ≥ 0.25×'],
  'fields-of-action': (r) => [ratio(r) >= 0.25, 'list page ≥ 0.25×'],
  'interview-notes': (r) => [ratio(r) >= 0.25, 'list page ≥ 0.25×'],
  'comment-list': (r) => [ratio(r) >= 0.25, 'list page ≥ 0.25×'],
  'comment-post': (r) => [r.rps >= 2000 && r.non2xx === 0, '≥ 2,000/s, no errors'],
  'ballot-post': (r) => [r.rps >= 2000 && r.non2xx === 0, '≥ 2,000/s, no errors'],
};
const frontendDist = path.resolve(path.dirname(reportFile), '..', 'frontend', 'dist');
let initialJsKb = null;
if (existsSync(path.join(frontendDist, 'index.html'))) {
  const html = readFileSync(path.join(frontendDist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  initialJsKb = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(path.join(frontendDist, s))).length, 0) / 1024;
}
const mark = (ok) => (ok ? 'met' : '**missed**');
const java = execSync('java -version 2>&1').toString().split('\n')[0];
const postgres = execSync('psql --version').toString().trim();
const cpu = os.cpus();
const lines = [
  '# Benchmarks',
  '',
  'Made by `make bench` (scripts/bench.sh): the packaged backend with the demo data, seeded to realistic volumes,',
  `driven by wrk over loopback with ${connections} connections and 2 threads for ${seconds} s per scenario. Before measuring,`,
  `every scenario runs once for ${warmup} s and the run waits until the JIT compiler is idle (on two cores it compiles for`,
  'minutes); each scenario then gets 2 s of warm-up before its measurement.',
  'Each scenario is also given as a ratio to a trivial endpoint of the same app (`/q/health/live`) measured in the',
  'same run, so the numbers travel between machines. Load generator, backend and PostgreSQL share the machine.',
  '',
  '## Machine',
  '',
  `- ${cpu.length} × ${cpu[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, ${os.type()} ${os.release()}`,
  `- ${java}; JVM options \`${jvmOpts}\`, \`MALLOC_ARENA_MAX=2\``,
  `- ${postgres}, Debian defaults`,
  `- measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  '## Results',
  '',
  '| scenario | req/s | × trivial | p50 ms | p99 ms | non-2xx | target | |',
  '|---|---:|---:|---:|---:|---:|---|---|',
  ...rows.map((r) => {
    const [ok, text] = targets[r.name]?.(r) ?? [null, ''];
    return `| ${r.name} | ${r.rps.toFixed(0)} | ${ratio(r).toFixed(2)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.non2xx} | ${text} | ${ok === null ? '' : mark(ok)} |`;
  }),
  '',
  `Volumes at the end of the run: ${comments} comments on the benchmarked format, ${responses} survey responses, 5,000+ map`,
  'contributions (seeded through the API before the run).',
  '',
  '| check | value | target | |',
  '|---|---|---|---|',
  `| survey results over ${responses} responses, made afresh (median of 5) | ${singleResultsMs} ms | < 100 ms | ${mark(Number(singleResultsMs) < 100)} |`,
  `| exact totals: 2,000 ballots (new devices), 32 at a time | total grew by ${ballotsGrown} | exactly 2,000 | ${mark(ballotsGrown === '2000')} |`,
  `| exact totals: 2,000 comments, 32 at a time | total grew by ${commentsGrown} | exactly 2,000 | ${mark(commentsGrown === '2000')} |`,
  `| backend peak RSS under load | ${(Number(peakRssKb) / 1024).toFixed(0)} MB | ≤ 300 MB | ${mark(Number(peakRssKb) / 1024 <= 300)} |`,
  ...(initialJsKb === null ? [] : [`| SPA initial JavaScript, gzipped | ${initialJsKb.toFixed(0)} KB | ≤ 200 KB | ${mark(initialJsKb <= 200)} |`]),
  `| Lighthouse 12.2.3 performance, home page (mobile, simulated throttling) | ${lighthousePerformance} | ≥ 95 | ${mark(Number(lighthousePerformance) >= 95)} |`,
  `| Lighthouse 12.2.3 accessibility, home page | ${lighthouseAccessibility} | ≥ 95 | ${mark(Number(lighthouseAccessibility) >= 95)} |`,
  '',
  'Scenarios: `formats-cached` sends the ETag it holds and gets 304; `formats`, `fields-of-action`, `interview-notes`',
  'read the catalogue; `comment-list` is the first page of the comments on one format; `geojson` is the map layer of',
  'all contributions of the survey format as `application/geo+json`; the posts are anonymous writes (the rate limit is',
  'raised for the run), each ballot from a new device; `survey-results` aggregates all responses in SQL. The comment list,',
  'the GeoJSON and the survey results are kept for at most a second for visitors without a token (`MITWIRKEN_BRIEF_CACHE`),',
  'so under read load each is made about once a second; the single survey-results check sends `Cache-Control: no-cache`',
  'and measures the aggregation itself.',
  '',
  'The warm-up writes too, so the volumes at the end are above the seeded ones (see above).',
  '',
  '## How the targets are reached, and what they cost',
  '',
  '- Memory: the backend runs with the profile of backend/Dockerfile (Serial GC, 256 KB thread stacks, C2 without',
  '  the C1 tier, metaspace reclaimed eagerly, glibc limited to two malloc arenas, native heap trimmed every 2 s),',
  '  here with a fixed 64 MB heap. Beside the heap the JVM holds about 95 MB of class metadata and 20 MB of symbols',
  '  for the ~18,000 classes loaded. Tiered compilation kept C1 code with profiles beside the C2 code; C2 alone',
  '  (`-XX:-TieredCompilation`) cut the peak by about 50 MB at equal write throughput once warm, and starts about',
  '  3 s slower. C1 alone (`-XX:TieredStopAtLevel=1`) also met the memory target but cut comment and ballot posts to',
  '  about 1,400/s and 1,950/s. Exports and public pages do not read whole tables: the comments open data is read',
  '  and written in slices of 2,000 and outcome pages look up only the inputs linked to them, so the small heap',
  '  holds at any volume.',
  '- Connections: at most 16 database connections per instance (`MITWIRKEN_DB_POOL_SIZE`). With Quarkus\'s default of',
  '  50, the 32 concurrent writers opened 50 connections, each holding driver state (statement and type caches) on',
  '  the heap: after the read scenarios about 42 MB stayed live in the 43 MB old generation, and the ballot posts ran',
  '  into back-to-back full collections (about 2 s of pauses in every 10 s, found with a flight recording; ballot',
  '  posts 1,379/s). With 16 the live set is about 39 MB, the full collections are gone and two cores serve more',
  '  writes with fewer busy connections; two replicas also stay well inside PostgreSQL\'s `max_connections` of 100.',
  '- Survey results are one grouped pass over all answers plus a distinct count for multiple choice; the time grows',
  '  with the answers (about 50 ms at 10,000 responses). Staying under 100 ms at any volume needs tallies kept per',
  '  option as answers arrive.',
  '- Lighthouse on the mobile profile (4× slower CPU, simulated slow 4G) scores vary by several points from run to',
  '  run on this shared machine. The home page renders on the client: first paint and LCP wait for the main bundle',
  '  (React, router, query cache, i18n, Markdown) and two API reads, which index.html starts at once. A route loader',
  '  waits for them, so the page paints once with its content instead of a loading message and then a long second',
  '  render. The libraries every page needs come in one chunk, so five files load before the first paint instead',
  '  of eight. Keycloak loads only for those who sign in, and dates are written without Intl. A loading message in',
  '  index.html brought first paint to 0.8 s but counted the bundle\'s start-up as blocking time and lowered the',
  '  score.',
  '- Cache hits (200 from the kept bytes, or 304) are answered on the event loop, without the hand-over to a worker',
  '  thread. The 304 p99 and the ratios are measured with load generator, backend and PostgreSQL on the same two',
  '  cores.',
  '',
];
writeFileSync(reportFile, lines.join('\n'));

// Sends anonymous comments from several workers until told to stop, without retries, and records every answer:
// what was acknowledged (201), what was refused and how. Writes a JSON report to the file named on the command line.
//   node writeLoad.mjs <api base> <format id> <seconds> <report file>
import { writeFile } from 'node:fs/promises';

const [api, format, seconds, reportFile] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;
const acknowledged = [];
const refusals = [];
let sequence = 0;

async function worker() {
  while (Date.now() < deadline) {
    const text = `resilience-${process.pid}-${++sequence}`;
    const started = Date.now();
    try {
      const response = await fetch(`${api}/api/v1/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ targetType: 'FORMAT', targetId: format, text, pseudonym: 'Last' }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = await response.text();
      if (response.status === 201) {
        acknowledged.push(text);
      } else {
        refusals.push({
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          contentType: response.headers.get('content-type'),
          stackTrace: /Exception|\bat [a-z]+\.[a-z]+\./.test(body),
          ms: Date.now() - started,
        });
      }
    } catch (error) {
      refusals.push({ status: 0, error: String(error.cause?.code ?? error.name), ms: Date.now() - started });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

await Promise.all(Array.from({ length: 8 }, worker));
await writeFile(reportFile, JSON.stringify({ acknowledged, refusals }));
console.log(`write load: ${acknowledged.length} acknowledged, ${refusals.length} refused`);

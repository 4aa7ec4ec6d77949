// Starts requests that are held up by a lock, so they are in flight when the server gets SIGTERM; reports statuses.
//   node inFlight.mjs <url> <count> <report file>
import { writeFile } from 'node:fs/promises';

const [url, count, reportFile] = process.argv.slice(2);
const results = await Promise.all(
  Array.from({ length: Number(count) }, async () => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      return String(error.cause?.code ?? error.name);
    }
  }),
);
await writeFile(reportFile, JSON.stringify(results));
console.log(`in flight: ${JSON.stringify(results)}`);

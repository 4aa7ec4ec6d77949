// Fails when src/api/schema.d.ts is not what openapi-typescript generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'mitwirken-api-')), 'schema.d.ts');
execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', fresh], { stdio: 'ignore' });
if (readFileSync(fresh, 'utf8') !== readFileSync('src/api/schema.d.ts', 'utf8')) {
  console.error('src/api/schema.d.ts is stale: run `make openapi` (or `npm run api:generate`) and commit it.');
  process.exit(1);
}
console.log('API client types match openapi.yaml');

// The journeys of ParticipationJourneyTest and ReadingJourneyTest, in short, with the client typescript-fetch
// generates from openapi.yaml: what a city app written in TypeScript would do. Run by scripts/conformance.sh.
import { createHash, randomBytes } from 'node:crypto';
import { strict as assert } from 'node:assert';
import {
  CommentTargetType,
  CommentsApi,
  Configuration,
  DistrictsApi,
  FormatsApi,
  JetztMitmachenApi,
  OpenDataApi,
  OpportunityKind,
  PrioritisationApi,
  ProcessesApi,
} from '../../../target/generated-sources/ts-client';

const api = process.env.MITWIRKEN_URL ?? 'http://localhost:8096';
const keycloak = process.env.MITWIRKEN_KEYCLOAK ?? 'http://localhost:8180';

/** Authorization code with PKCE against Keycloak's login form, as a public app does it. */
async function logIn(user: string): Promise<string> {
  const realm = `${keycloak}/realms/mitwirken/protocol/openid-connect`;
  const redirect = 'http://localhost:4173/conformance';
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = new URL(`${realm}/auth`);
  Object.entries({ client_id: 'mitwirken-spa', redirect_uri: redirect, response_type: 'code', scope: 'openid',
    state: randomBytes(8).toString('hex'), code_challenge: challenge, code_challenge_method: 'S256' })
    .forEach(([key, value]) => authorize.searchParams.set(key, value));
  const page = await fetch(authorize);
  const cookies = page.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(await page.text())?.[1];
  assert.ok(action, 'Keycloak shows its login form');
  const login = await fetch(action!.replaceAll('&amp;', '&'), {
    method: 'POST', redirect: 'manual', headers: { cookie: cookies },
    body: new URLSearchParams({ username: user, password: user }),
  });
  const code = new URL(login.headers.get('location') ?? redirect).searchParams.get('code');
  if (!code) {
    throw new Error(`Keycloak did not accept the login of ${user}`);
  }
  const tokens = await fetch(`${realm}/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'mitwirken-spa', code, redirect_uri: redirect,
      code_verifier: verifier }),
  });
  return ((await tokens.json()) as { access_token: string }).access_token;
}

async function main(): Promise<void> {
  const anonymous = new Configuration({ basePath: api });

  const processes = await new ProcessesApi(anonymous).listProcesses({ size: 100 });
  assert.ok(processes.items.length > 0, 'processes are listed');
  const formats = new FormatsApi(anonymous);
  const page = await formats.listFormats({ size: 100, sort: '-startsOn,title' });
  assert.ok(page.items.length >= 6, 'the INSEK formats are listed');
  for (const format of page.items) {
    assert.equal((await formats.getFormat({ slug: format.slug })).id, format.id);
  }
  const districts = await new DistrictsApi(anonymous).listDistricts({ size: 100 });
  const boundary = districts.items.find((district) => district.boundary)?.boundary;
  assert.ok(boundary && ['Polygon', 'MultiPolygon'].includes(boundary.type), 'a boundary arrives as typed GeoJSON');

  const open = await new JetztMitmachenApi(anonymous).listOpportunities({ size: 100 });
  assert.ok(open.items.some((opportunity) => opportunity.kind === OpportunityKind.Survey), 'the open survey is listed');

  const openData = new OpenDataApi(anonymous);
  for (const dataset of await openData.listOpenData()) {
    const records = await openData.downloadOpenDataJson({ dataset: dataset.name });
    assert.ok(Array.isArray(records), `${dataset.name} as JSON`);
    assert.ok((await openData.downloadOpenDataCsv({ dataset: dataset.name })).includes(dataset.fields[0].name));
  }

  const walks = await formats.getFormat({ slug: 'begehungen-ortsbezirke-2024' });
  const comments = new CommentsApi(anonymous);
  const created = await comments.createComment({ commentRequest: { targetType: CommentTargetType.Format,
    targetId: walks.id, text: 'Schattige Plätze am Stiftsplatz.', pseudonym: 'TypeScript' } });
  await comments.withdrawComment({ id: created.comment.id, xDeletionToken: created.deletionToken ?? undefined });

  const voting = new PrioritisationApi(anonymous);
  const [round] = await voting.listVotingRounds({ format: 'buergerbeteiligung-13-11-2024' });
  const first = await voting.castBallot({ id: round.id, ballotRequest: { dots: [{ item: round.items[0].id, dots: 1 }] } });
  assert.ok(first.ballotToken, 'the server issues a device token');
  const mine = await voting.getMyBallot({ id: round.id, xBallotToken: first.ballotToken ?? undefined });
  assert.equal(mine.dots.length, 1);

  const citizen = new Configuration({ basePath: api, accessToken: await logIn('citizen') });
  const written = await new CommentsApi(citizen).createComment({ commentRequest: { targetType: CommentTargetType.Format,
    targetId: walks.id, text: 'Mehr Fahrradständer am Bahnhof.' } });
  const listed = await new CommentsApi(citizen).listComments({ targetType: CommentTargetType.Format, targetId: walks.id,
    size: 100 });
  assert.ok(listed.items.some((comment) => comment.id === written.comment.id && comment.writtenByMe),
    'the token is sent where the login is optional');
  await new CommentsApi(citizen).withdrawComment({ id: written.comment.id });
}

main().catch((error: unknown) => {
  console.error('FAIL:', error);
  process.exit(1);
});

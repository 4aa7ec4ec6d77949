// Prepares a benchmark run against a backend with the demo data: request bodies, ids, ETags, and seeded volumes of
// 10,000 comments, 10,000 survey responses and 5,000 map contributions. Prints shell assignments for bench.sh.
//   node prepare.mjs <api base> <work dir>
import { writeFile } from 'node:fs/promises';

const [api, work] = process.argv.slice(2);
const json = async (path, init) => {
  const response = await fetch(`${api}${path}`, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

const format = await json('/api/v1/formats/begehungen-ortsbezirke-2024');
const mapFormat = await json('/api/v1/formats/umfrage-und-geoportal-2024');
const survey = await json('/api/v1/surveys/insek-befragung-2024');
const round = (await json('/api/v1/votings?format=buergerbeteiligung-13-11-2024'))[0];

/** The first valid answer to every question, whatever the demo questionnaire holds. */
const answers = {};
for (const q of survey.questions) {
  const keys = q.options.map((o) => o.key);
  answers[q.slug] = {
    SINGLE_CHOICE: { choice: keys[0] },
    MULTIPLE_CHOICE: { choices: [keys[0]] },
    SCALE: { value: q.scale?.min },
    FREE_TEXT: { text: 'Mehr Grün' },
    RANKING: { ranking: keys },
    LOCATION: { location: { lon: 7.77, lat: 49.44 }, category: keys[0] },
  }[q.type];
}
await writeFile(`${work}/survey.json`, JSON.stringify({ answers }));
await writeFile(`${work}/comment.json`, JSON.stringify({ targetType: 'FORMAT', targetId: format.id, text: 'Mehr Bänke am Fluss', pseudonym: 'Last' }));
await writeFile(`${work}/ballot.json`, JSON.stringify({ dots: [{ item: round.items[0].id, dots: 1 }] }));

/** Sends requests 32 at a time until the volume reaches the target: realistic data, through the real code path. */
async function topUp(current, target, path, body) {
  for (let i = current; i < target; i += 32) {
    await Promise.all(Array.from({ length: Math.min(32, target - i) }, (_, j) => json(path, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body(i + j)),
    })));
  }
}
const contribution = (i) => ({
  format: mapFormat.slug, category: ['FAVOURITE_PLACE', 'NEEDS_IMPROVEMENT', 'IDEA'][i % 3], title: `Ort ${i}`,
  text: 'Hier ist es schön.', pseudonym: 'Last', location: { lon: 7.70 + (i % 100) * 0.0015, lat: 49.40 + Math.floor(i / 100) * 0.0015 },
});
await topUp((await json(`/api/v1/map-contributions?format=${mapFormat.slug}&size=1`)).total, 5000,
  '/api/v1/map-contributions', contribution);
await topUp((await json(`/api/v1/comments?targetType=FORMAT&targetId=${format.id}&size=1`)).total, 10000,
  '/api/v1/comments', (i) => ({ targetType: 'FORMAT', targetId: format.id, text: `Beitrag ${i}`, pseudonym: 'Last' }));
await topUp(survey.responseCount, 10000, `/api/v1/surveys/${survey.slug}/responses`, () => ({ answers }));
const formatsEtag = (await fetch(`${api}/api/v1/formats`)).headers.get('etag');
console.log(`FORMAT_ID=${format.id} MAP_FORMAT=${mapFormat.slug} ROUND_ID=${round.id} FORMATS_ETAG='${formatsEtag}'`);

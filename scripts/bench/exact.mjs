// Exactness under concurrency: sends exactly N ballots and N comments, 32 at a time, and checks that the server's
// totals grew by exactly N. The ballots carry no X-Ballot-Token (only the server issues tokens and refuses made-up
// ones), so each is a new device. Prints "ballots <grown> comments <grown>".
//   node exact.mjs <api base> <round id> <format id> <n>
const [api, round, format, n] = process.argv.slice(2);
const count = Number(n);
const get = async (path) => (await fetch(`${api}${path}`)).json();
const ballots = async () => (await get(`/api/v1/votings/${round}/results`)).ballots.total;
const comments = async () => (await get(`/api/v1/comments?targetType=FORMAT&targetId=${format}&size=1`)).total;

async function inBatches(send) {
  for (let i = 0; i < count; i += 32) {
    const statuses = await Promise.all(Array.from({ length: Math.min(32, count - i) }, (_, j) => send(i + j)));
    if (statuses.some((s) => s >= 300)) throw new Error(`refused: ${statuses}`);
  }
}
const ballotsBefore = await ballots();
const commentsBefore = await comments();
const post = (path, body, headers = {}) => fetch(`${api}${path}`, {
  method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body),
}).then((r) => r.status);
const item = (await get(`/api/v1/votings/${round}`)).items[0].id;
await inBatches(() => post(`/api/v1/votings/${round}/ballots`, { dots: [{ item, dots: 1 }] }));
await inBatches((i) => post('/api/v1/comments', { targetType: 'FORMAT', targetId: format, text: `Genau ${i}`, pseudonym: 'Last' }));
console.log(`ballots ${(await ballots()) - ballotsBefore} comments ${(await comments()) - commentsBefore}`);

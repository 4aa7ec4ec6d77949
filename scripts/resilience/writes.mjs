// The four kinds of anonymous participation the drills write – comments, ballots, survey responses and map
// contributions – each carrying a unique marker by which the drills find it in the database afterwards:
//   comment: its text; map: its title and text; survey: the free-text answer "anregungen";
//   ballot:  the stored participant key "device:" + SHA-256 of the ballot token the answer hands out.
// Targets are the demo data of the e2e profile (OPEN integrity mode, anonymous writes allowed).
import { createHash } from 'node:crypto';

export const KINDS = ['comment', 'ballot', 'survey', 'map'];
const COMMENT_FORMAT = 'begehungen-ortsbezirke-2024';
const VOTING_FORMAT = 'buergerbeteiligung-13-11-2024';
const SURVEY = 'insek-befragung-2024';
const MAP_FORMAT = 'umfrage-und-geoportal-2024';

/** What a drill checks a stored ballot and survey response against (see resilience.sh). */
export const BALLOT_ITEMS = 3;
export const BALLOT_DOTS = 5;
export const SURVEY_ANSWER_ROWS = 10;
export const SURVEY_QUESTIONS = 6;

async function json(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Reads the ids the writes need from the running backend. */
export async function discover(api) {
  const format = await json(`${api}/api/v1/formats/${COMMENT_FORMAT}`);
  const [round] = await json(`${api}/api/v1/votings?format=${VOTING_FORMAT}`);
  if (!round?.open || round.integrityMode !== 'OPEN') throw new Error('no open OPEN voting round in the demo data');
  return { formatId: format.id, roundId: round.id, items: round.items.map((item) => item.id) };
}

function request(kind, api, targets, marker) {
  switch (kind) {
    case 'comment':
      return [`${api}/api/v1/comments`,
        { targetType: 'FORMAT', targetId: targets.formatId, text: marker, pseudonym: 'Last' }];
    case 'ballot': {
      const [a, b, c] = targets.items;
      return [`${api}/api/v1/votings/${targets.roundId}/ballots`,
        { dots: [{ item: a, dots: 2 }, { item: b, dots: 2 }, { item: c, dots: 1 }] }];
    }
    case 'survey':
      return [`${api}/api/v1/surveys/${SURVEY}/responses`, {
        answers: {
          wohnort: { choice: 'innenstadt' },
          verkehrsmittel: { choices: ['rad', 'bus'] },
          zufriedenheit: { value: 4 },
          prioritaeten: { ranking: ['klima', 'wohnen', 'mobilitaet', 'innenstadt'] },
          lieblingsort: { location: { lon: 7.77, lat: 49.44 }, category: 'lieblingsort' },
          anregungen: { text: marker },
        },
      }];
    case 'map':
      return [`${api}/api/v1/map-contributions`, {
        format: MAP_FORMAT, category: 'IDEA', title: marker, text: marker,
        location: { lon: 7.77, lat: 49.44 }, pseudonym: 'Last',
      }];
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

/**
 * Sends one write, without retries. Returns what happened: acknowledged (2xx with the id or token that names the
 * stored row), refused with a status, or no answer (status 0: the write may or may not have been stored).
 */
export async function send(kind, api, targets, marker, timeoutMs = 15_000) {
  const [url, body] = request(kind, api, targets, marker);
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const at = Date.now();
    if (response.ok) {
      const answer = JSON.parse(text);
      // The key a drill looks the write up by; a 2xx without it is no acknowledgement.
      const key = kind === 'ballot'
        ? answer.ballotToken && `device:${createHash('sha256').update(answer.ballotToken).digest('hex')}`
        : kind === 'comment' ? answer.comment?.id && marker
          : kind === 'map' ? answer.contribution?.id && marker
            : answer.survey && marker;
      if (key) return { kind, marker: key, status: response.status, started, at, acknowledged: true };
    }
    return {
      kind, marker, status: response.status, started, at, acknowledged: false,
      retryAfter: response.headers.get('retry-after'),
      contentType: response.headers.get('content-type'),
      stackTrace: /Exception|\bat [a-z]+\.[a-z]+\./.test(text),
    };
  } catch (error) {
    return { kind, marker, status: 0, error: String(error.cause?.code ?? error.name), started, at: Date.now(), acknowledged: false };
  }
}

import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../api/search';
import { SearchResults } from './SearchResults';

const hit = (fields: Partial<SearchHit> & Pick<SearchHit, 'type' | 'slug' | 'title'>): SearchHit => ({
  excerpt: '',
  href: '/api/v1/x',
  rank: 0.5,
  anchor: null,
  commentOn: null,
  highlights: [],
  ...fields,
});

const hits: SearchHit[] = [
  hit({ type: 'FORMAT', slug: 'buergerdialog', title: 'Bürgerdialog Mobilität' }),
  hit({ type: 'COMMENT', slug: 'buergerdialog', title: 'Bürgerdialog Mobilität', anchor: 'c1', commentOn: { type: 'FORMAT', id: 'f1' } }),
  hit({ type: 'COMMENT', slug: 'mobilitaet', title: 'Sichere Schulwege', anchor: 'c2', commentOn: { type: 'GOAL', id: 'g1' } }),
  hit({ type: 'COMMENT', slug: 'online-befragung', title: 'Radweg endet abrupt', anchor: 'c3', commentOn: { type: 'MAP_CONTRIBUTION', id: 'm1' } }),
  hit({ type: 'COMMENT', slug: 'wohnungsbau-ag', title: 'Gespräch Wohnungsbau', anchor: 'c4', commentOn: { type: 'INTERVIEW_NOTE', id: 'n1' } }),
  hit({ type: 'MAP_CONTRIBUTION', slug: 'online-befragung', title: 'Radweg endet abrupt', anchor: 'm1' }),
  hit({ type: 'SURVEY_ANSWER', slug: 'befragung-2024', title: 'Was wünschen Sie sich?', anchor: 'idee' }),
  hit({ type: 'OFFICIAL_RESPONSE', slug: 'mobilitaet', title: 'Radwegenetz wird ausgebaut', anchor: 'r1' }),
  hit({ type: 'DOCUMENT', slug: 'buergerdialog', title: 'Präsentation', href: '/api/v1/documents/d1/file' }),
];

function show(shown: SearchHit[], first?: number) {
  return render(
    <MemoryRouter>
      <SearchResults hits={shown} first={first} />
    </MemoryRouter>,
  );
}

describe('SearchResults', () => {
  it('links each kind of hit to where it stands: the page, and on it the comment, entry, question or response', () => {
    show(hits);
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Bürgerdialog Mobilität')).toBe('/formate/buergerdialog');
    expect(href('Kommentar zu „Bürgerdialog Mobilität“')).toBe('/formate/buergerdialog#comment-c1');
    expect(href('Kommentar zu „Sichere Schulwege“')).toBe('/handlungsfelder/mobilitaet?ziel=g1#comment-c2');
    expect(href('Kommentar zu „Radweg endet abrupt“')).toBe('/formate/online-befragung/karte?beitrag=m1#comment-c3');
    expect(href('Kommentar zu „Gespräch Wohnungsbau“')).toBe('/gespraechsvermerke/wohnungsbau-ag#comment-c4');
    expect(href('Radweg endet abrupt')).toBe('/formate/online-befragung/karte?beitrag=m1#contribution-m1');
    expect(href('Antwort auf die Frage „Was wünschen Sie sich?“')).toBe('/umfragen/befragung-2024/ergebnisse#result-idee');
    expect(href('Radwegenetz wird ausgebaut')).toBe('/handlungsfelder/mobilitaet#response-r1');
    expect(href('Präsentation')).toBe('/api/v1/documents/d1/file');
  });

  it('names the kind of each hit in German above its heading', () => {
    show(hits);
    const kinds = screen.getAllByRole('listitem').map((item) => item.querySelector('.eyebrow')?.textContent);
    expect(kinds).toEqual([
      'Beteiligungsformat',
      'Kommentar',
      'Kommentar',
      'Kommentar',
      'Kommentar',
      'Karteneintrag',
      'Umfrageantwort',
      'Antwort der Stadt',
      'Dokument',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(hits.length);
  });

  it('marks the words found and shows markup in an excerpt as plain text', () => {
    const excerpt = '… <img src=x onerror=alert(1)> Mehr Radwege für Kaiserslautern …';
    const start = excerpt.indexOf('Radwege');
    const { container } = show([
      hit({
        type: 'COMMENT',
        slug: 'buergerdialog',
        title: 'Bürgerdialog',
        anchor: 'c1',
        commentOn: { type: 'FORMAT', id: 'f1' },
        excerpt,
        highlights: [
          { start, end: start + 'Radwege'.length },
          { start: excerpt.indexOf('Kaiserslautern'), end: excerpt.indexOf('Kaiserslautern') + 14 },
          { start: 1, end: 400 },
        ],
      }),
    ]);
    const item = screen.getByRole('listitem');
    expect(within(item).getByText(/onerror/).textContent).toBe(excerpt);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Radwege', 'Kaiserslautern']);
    expect(container.querySelector('img')).toBeNull();
  });

  it('counts on across pages', () => {
    show(hits.slice(0, 2), 21);
    expect(screen.getByRole('list')).toHaveAttribute('start', '21');
  });
});

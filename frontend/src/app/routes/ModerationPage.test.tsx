import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { fakeApi, json, showAsAdmin } from '@/test/adminPages';
import { ModerationPage } from './ModerationPage';

type Where = Schemas['PostedWhere'];

const at = (kind: Where['kind'], title: string, path: string, anchor: string, visibility: Where['visibility'] = 'PUBLIC'): Where => ({
  kind, title, path, anchor, visibility,
});

const comment = (id: string, targetType: Schemas['CommentTargetType'], text: string, postedWhere: Where): Schemas['ModerationItem'] => ({
  comment: {
    id, targetType, targetId: `${id}-target`, depth: 0, text, authorName: 'Anna', anonymous: false, state: 'PENDING', supportCount: 0,
    supportedByMe: false, writtenByMe: false, withdrawn: false, createdOn: '2026-12-02',
  },
  authorSubject: null,
  openReports: [],
  postedWhere,
});
const contribution: Schemas['MapModerationItem'] = {
  contribution: {
    id: 'c-1', format: 'umfrage-und-geoportal-2024', category: 'IDEA', title: 'Bank am Weiher', text: 'Eine Bank bitte.',
    locationSource: 'MAP', location: { lat: 49.44, lon: 7.77 }, authorName: 'Ben', anonymous: false, state: 'PENDING',
    supportCount: 0, supportedByMe: false, writtenByMe: false, createdOn: '2026-12-02',
  },
  openReports: [],
  postedWhere: at('MAP_PORTAL', 'Online-Umfrage und Geoportal', '/formate/umfrage-und-geoportal-2024/karte?beitrag=c-1', 'contribution-c-1'),
};
const freeText: Schemas['FreeTextAnswer'] = {
  id: 'a-1', survey: 'umfrage-2024', question: 'Was wünschen Sie sich?', text: 'Mehr Schatten', state: 'PENDING',
  postedWhere: at('SURVEY', 'Online-Umfrage 2024', '/umfragen/umfrage-2024/ergebnisse', 'result-idee', 'STAFF_ONLY'),
};

afterEach(() => vi.unstubAllGlobals());

describe('the moderation queue', () => {
  it('says where every comment, map entry and free-text answer was posted and links there', async () => {
    const asked = fakeApi({
      'GET /api/v1/moderation/queue': () =>
        json(200, [
          comment('k-1', 'FORMAT', 'Mehr Sitzbänke!', at('FORMAT', 'Bürgerdialog 2024', '/formate/buergerdialog-2024', 'comment-k-1')),
          comment('k-2', 'FIELD_OF_ACTION', 'Mehr Busse', at('FIELD_OF_ACTION', 'Mobilität', '/handlungsfelder/mobilitaet', 'comment-k-2')),
          comment('k-3', 'GOAL', 'Radweg an der Mainzer Straße', at('GOAL', 'Sichere Radwege', '/handlungsfelder/mobilitaet?ziel=g-1', 'comment-k-3')),
          comment('k-4', 'INTERVIEW_NOTE', 'Gutes Gespräch', at('INTERVIEW_NOTE', 'Wohnungswirtschaft', '/gespraechsvermerke/wohnen', 'comment-k-4', 'STAFF_ONLY')),
          comment('k-5', 'MAP_CONTRIBUTION', 'Gute Idee', at('MAP_CONTRIBUTION', 'Bank am Weiher', '/formate/umfrage-und-geoportal-2024/karte?beitrag=c-1', 'comment-k-5')),
          comment('k-6', 'INTERVIEW_NOTE', 'Zu einem gelöschten Vermerk', {
            kind: 'INTERVIEW_NOTE', title: null, path: null, anchor: null, visibility: 'DELETED',
          }),
        ]),
      'GET /api/v1/moderation/map-contributions': () => json(200, [contribution]),
      'GET /api/v1/moderation/survey-answers': () => json(200, [freeText]),
      'GET /api/v1/moderation/decisions': () => json(200, { items: [], page: 0, size: 20, total: 0 }),
    });
    showAsAdmin('/moderation', { '/moderation': <ModerationPage /> });

    const item = async (text: string) => (await screen.findByText(text)).closest('li')!;
    const expectPlace = async (text: string, says: string, title: string, href: string) => {
      const li = await item(text);
      expect(li).toHaveTextContent(says);
      expect(within(li).getByRole('link', { name: `„${title}“` })).toHaveAttribute('href', href);
    };
    await expectPlace('Mehr Sitzbänke!', 'Geschrieben bei: Beteiligungsformat „Bürgerdialog 2024“', 'Bürgerdialog 2024', '/formate/buergerdialog-2024#comment-k-1');
    await expectPlace('Mehr Busse', 'Geschrieben bei: Handlungsfeld „Mobilität“', 'Mobilität', '/handlungsfelder/mobilitaet#comment-k-2');
    await expectPlace('Radweg an der Mainzer Straße', 'Geschrieben bei: Entwicklungsziel „Sichere Radwege“', 'Sichere Radwege', '/handlungsfelder/mobilitaet?ziel=g-1#comment-k-3');
    // Staff still see and follow an unpublished page, told that the public does not see it.
    await expectPlace('Gutes Gespräch', 'Geschrieben bei: Gesprächsvermerk „Wohnungswirtschaft“ (derzeit nicht öffentlich)', 'Wohnungswirtschaft', '/gespraechsvermerke/wohnen#comment-k-4');
    await expectPlace('Gute Idee', 'Geschrieben bei: Karteneintrag „Bank am Weiher“', 'Bank am Weiher', '/formate/umfrage-und-geoportal-2024/karte?beitrag=c-1#comment-k-5');
    const onDeleted = await item('Zu einem gelöschten Vermerk');
    expect(onDeleted).toHaveTextContent('Geschrieben bei: Gesprächsvermerk (inzwischen gelöscht)');
    expect(within(onDeleted).queryByRole('link')).not.toBeInTheDocument();

    const entry = (await screen.findByRole('heading', { level: 3, name: 'Bank am Weiher' })).closest('li')!;
    expect(entry).toHaveTextContent('Geschrieben bei: Kartenportal „Online-Umfrage und Geoportal“');
    expect(within(entry).getByRole('link', { name: '„Online-Umfrage und Geoportal“' })).toHaveAttribute(
      'href',
      '/formate/umfrage-und-geoportal-2024/karte?beitrag=c-1#contribution-c-1',
    );
    // The server names every page: the page looks nothing up itself.
    expect(asked.filter((call) => !call.startsWith('GET /api/v1/moderation/'))).toEqual([]);
    await expectPlace('Mehr Schatten', 'Geschrieben bei: Befragung „Online-Umfrage 2024“ (derzeit nicht öffentlich)', 'Online-Umfrage 2024', '/umfragen/umfrage-2024/ergebnisse#result-idee');
  });
});

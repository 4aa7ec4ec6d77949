import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/api/client';
import { fakeApi, json, listPage, showAsAdmin } from '@/test/adminPages';
import { ModerationPage } from './ModerationPage';

const comment = (id: string, targetType: Schemas['CommentTargetType'], targetId: string, text: string): Schemas['ModerationItem'] => ({
  comment: {
    id, targetType, targetId, depth: 0, text, authorName: 'Anna', anonymous: false, state: 'PENDING', supportCount: 0,
    supportedByMe: false, writtenByMe: false, withdrawn: false, createdOn: '2026-12-02',
  },
  authorSubject: null,
  openReports: [],
});
const contribution: Schemas['MapModerationItem'] = {
  contribution: {
    id: 'c-1', format: 'umfrage-und-geoportal-2024', category: 'IDEA', title: 'Bank am Weiher', text: 'Eine Bank bitte.',
    locationSource: 'MAP', location: { lat: 49.44, lon: 7.77 }, authorName: 'Ben', anonymous: false, state: 'PENDING',
    supportCount: 0, supportedByMe: false, writtenByMe: false, createdOn: '2026-12-02',
  },
  openReports: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('the moderation queue', () => {
  it('says where each comment and map entry was posted and links there', async () => {
    fakeApi({
      'GET /api/v1/formats': () => json(200, listPage([
          { id: 'f-1', slug: 'buergerdialog-2024', title: 'Bürgerdialog 2024' },
          { id: 'f-2', slug: 'umfrage-und-geoportal-2024', title: 'Online-Umfrage und Geoportal' },
        ])),
      'GET /api/v1/fields-of-action': () =>
        json(200, listPage([{ id: 'h-1', slug: 'mobilitaet', title: 'Mobilität', goals: [{ id: 'g-1', slug: 'radwege', title: 'Sichere Radwege', description: '' }] }])),
      'GET /api/v1/moderation/queue': () =>
        json(200, [
          comment('k-1', 'FORMAT', 'f-1', 'Mehr Sitzbänke!'),
          comment('k-2', 'GOAL', 'g-1', 'Radweg an der Mainzer Straße'),
          comment('k-3', 'INTERVIEW_NOTE', 'n-1', 'Gutes Gespräch'),
        ]),
      'GET /api/v1/moderation/map-contributions': () => json(200, [contribution]),
      'GET /api/v1/moderation/survey-answers': () => json(200, []),
      'GET /api/v1/moderation/decisions': () => json(200, { items: [], page: 0, size: 20, total: 0 }),
    });
    showAsAdmin('/moderation', { '/moderation': <ModerationPage /> });

    const item = async (text: string) => (await screen.findByText(text)).closest('li')!;
    const onFormat = await item('Mehr Sitzbänke!');
    await vi.waitFor(() => expect(onFormat).toHaveTextContent('Geschrieben bei: Beteiligungsformat „Bürgerdialog 2024“'));
    expect(within(onFormat).getByRole('link', { name: '„Bürgerdialog 2024“' })).toHaveAttribute('href', '/formate/buergerdialog-2024');
    const onGoal = await item('Radweg an der Mainzer Straße');
    expect(within(onGoal).getByRole('link', { name: '„Sichere Radwege“' })).toHaveAttribute('href', '/handlungsfelder/mobilitaet?ziel=g-1');
    // The API names a comment's target only by its id; interview notes are not among the lists the page looks in.
    const onNote = await item('Gutes Gespräch');
    expect(onNote).toHaveTextContent('Geschrieben bei: Gesprächsvermerk');
    expect(within(onNote).queryByRole('link')).not.toBeInTheDocument();

    const entry = (await screen.findByRole('heading', { level: 3, name: 'Bank am Weiher' })).closest('li')!;
    expect(entry).toHaveTextContent('Geschrieben bei: Kartenportal „Online-Umfrage und Geoportal“');
    expect(within(entry).getByRole('link', { name: '„Online-Umfrage und Geoportal“' })).toHaveAttribute(
      'href',
      '/formate/umfrage-und-geoportal-2024/karte?beitrag=c-1',
    );
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProcessFeedLinks } from './ProcessFeedLinks';

describe('the calendar and news feed of a process', () => {
  it('offers all dates as an .ics file and the news as an Atom feed, under a heading of their own', () => {
    render(<ProcessFeedLinks slug="insek" />);

    const section = screen.getByRole('region', { name: 'Termine und Neuigkeiten abonnieren' });
    const calendar = within(section).getByRole('link', { name: 'Alle Termine in den Kalender eintragen (.ics)' });
    expect(calendar).toHaveAttribute('href', '/api/v1/processes/insek/calendar.ics');
    expect(calendar).toHaveAttribute('download');
    const feed = within(section).getByRole('link', { name: 'Neuigkeiten als Feed (Atom)' });
    expect(feed).toHaveAttribute('href', '/api/v1/processes/insek/feed.atom');
    expect(feed).toHaveAttribute('type', 'application/atom+xml');
  });
});

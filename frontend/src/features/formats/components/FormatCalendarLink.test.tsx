import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormatCalendarLink } from './FormatCalendarLink';

describe('the calendar link of a format', () => {
  it('says what it gives and downloads the format’s .ics from the API', () => {
    render(<FormatCalendarLink slug="buergerdialog-2024" />);

    const link = screen.getByRole('link', { name: 'In den Kalender eintragen (.ics)' });
    expect(link).toHaveAttribute('href', '/api/v1/formats/buergerdialog-2024/calendar.ics');
    expect(link).toHaveAttribute('type', 'text/calendar');
    expect(link).toHaveAttribute('download');
  });
});

import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TableScroll } from './TableScroll';

function layout(scrollWidth: number, clientWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
}

const table = (
  <table>
    <caption>Antworten</caption>
    <tbody>
      <tr>
        <td>1</td>
      </tr>
    </tbody>
  </table>
);

describe('TableScroll', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a named region in the tab order while the table is wider than the screen, so the keyboard can scroll it', () => {
    layout(700, 390);
    render(<TableScroll label="Antworten">{table}</TableScroll>);
    const region = screen.getByRole('region', { name: 'Antworten' });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('adds no tab stop where the table fits', () => {
    layout(390, 390);
    render(<TableScroll label="Antworten">{table}</TableScroll>);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('table').parentElement).not.toHaveAttribute('tabindex');
  });
});

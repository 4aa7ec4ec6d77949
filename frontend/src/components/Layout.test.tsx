import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Layout } from './Layout';

const site = () =>
  render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<h1>Start</h1>} />
          <Route path="ortsbezirke" element={<h1>Ortsbezirke</h1>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );

describe('the site header on a phone', () => {
  it('folds navigation, search and login behind a "Menü" button that says whether it is open', async () => {
    site();
    const menu = screen.getByRole('button', { name: 'Menü' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('aria-controls', 'site-menu');
    expect(document.getElementById('site-menu')).not.toHaveClass('site-menu--open');

    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('site-menu')).toHaveClass('site-menu--open');
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
  });

  it('closes the menu when a link in it is followed', async () => {
    site();
    await userEvent.click(screen.getByRole('button', { name: 'Menü' }));
    await userEvent.click(screen.getByRole('link', { name: 'Ortsbezirke' }));
    expect(await screen.findByRole('heading', { name: 'Ortsbezirke' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Menü' })).toHaveAttribute('aria-expanded', 'false');
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useHashTarget } from './useHashTarget';

/** A page whose comment arrives after it rendered, as a thread loads. */
function Page() {
  useHashTarget();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLoaded(true), 10);
    return () => clearTimeout(timer);
  }, []);
  return (
    <ul>
      <li>Ein anderer Kommentar</li>
      {loaded && <li id="comment-c1">Mehr Radwege</li>}
    </ul>
  );
}

const show = (hash: string) =>
  render(
    <MemoryRouter initialEntries={[`/formate/buergerdialog${hash}`]}>
      <Page />
    </MemoryRouter>,
  );

describe('useHashTarget', () => {
  it('focuses the element the fragment names once the page has loaded it', async () => {
    show('#comment-c1');
    const comment = await screen.findByText('Mehr Radwege');
    await waitFor(() => expect(comment).toHaveFocus());
    expect(comment).toHaveAttribute('tabindex', '-1');
  });

  it('leaves codes in the fragment alone', async () => {
    show('#code=comment-c1');
    const comment = await screen.findByText('Mehr Radwege');
    expect(comment).not.toHaveFocus();
    expect(comment).not.toHaveAttribute('tabindex');
  });
});

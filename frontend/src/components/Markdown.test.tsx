import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

describe('Markdown', () => {
  it('renders headings, lists and links written in Markdown', async () => {
    const { container } = render(<Markdown source={'## Ortsbezirke\n\n- Dansenberg\n- [Mehr](https://example.org)'} />);
    await waitFor(() => expect(container.querySelector('h2')?.textContent).toBe('Ortsbezirke'));
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
  });

  it('drops raw HTML so stored script or event handlers never reach the page', async () => {
    const { container } = render(
      <Markdown source={'<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n**Text**'} />,
    );
    await waitFor(() => expect(container.querySelector('strong')).not.toBeNull());
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('Text');
  });

  it('neutralises javascript: links', async () => {
    const { container } = render(<Markdown source={'[klick](javascript:alert(1))'} />);
    await waitFor(() => expect(container.querySelector('a')).not.toBeNull());
    expect(container.querySelector('a')?.getAttribute('href') ?? '').not.toContain('javascript');
  });
});

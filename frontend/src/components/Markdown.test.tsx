import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

describe('Markdown', () => {
  it('renders headings, lists and links written in Markdown', () => {
    const { container } = render(<Markdown source={'## Ortsbezirke\n\n- Dansenberg\n- [Mehr](https://example.org)'} />);
    expect(container.querySelector('h2')?.textContent).toBe('Ortsbezirke');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
  });

  it('shows raw HTML as text, so stored script or event handlers never become elements', () => {
    const { container } = render(
      <Markdown source={'<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n**Text**'} />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('Text');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('neutralises javascript: links', () => {
    const { container } = render(<Markdown source={'[klick](javascript:alert(1))'} />);
    expect(container.querySelector('a')?.textContent).toBe('klick');
    expect(container.querySelector('a')?.getAttribute('href') ?? '').not.toContain('javascript');
  });
});

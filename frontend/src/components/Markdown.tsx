import { useEffect, useState } from 'react';

type Renderer = typeof import('react-markdown').default;

// The Markdown parser is a third of the home page's script; it loads beside the main bundle instead of in it,
// starting at once, so it is there when the first text arrives. Until then a text shows as plain paragraphs.
let renderer: Renderer | undefined;
const loading: Promise<Renderer> = import('react-markdown').then((module) => (renderer = module.default));

/** Resolves once Markdown renders formatted, so a page may wait for it instead of rendering twice. */
export function markdownLoaded(): Promise<unknown> {
  return loading;
}

/**
 * Renders Markdown written by admins. Raw HTML is dropped, not rendered, and react-markdown's URL filter
 * neutralises javascript: links, so stored text can never run script.
 */
export function Markdown({ source }: { source: string }) {
  const [MarkdownText, setMarkdownText] = useState<Renderer | undefined>(() => renderer);

  useEffect(() => {
    if (!MarkdownText) {
      void loading.then((loaded) => setMarkdownText(() => loaded));
    }
  }, [MarkdownText]);

  return (
    <div className="markdown">
      {MarkdownText ? (
        <MarkdownText skipHtml>{source}</MarkdownText>
      ) : (
        source.split(/\n\s*\n/).map((paragraph, index) => <p key={index}>{paragraph}</p>)
      )}
    </div>
  );
}

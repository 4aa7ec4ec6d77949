import ReactMarkdown from 'react-markdown';

/**
 * Renders Markdown written by admins. Raw HTML is dropped, not rendered, and react-markdown's URL filter
 * neutralises javascript: links, so stored text can never run script.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml>{source}</ReactMarkdown>
    </div>
  );
}

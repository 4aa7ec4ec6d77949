import { Fragment } from 'react';
import MarkdownText from 'markdown-to-jsx';

// markdown-to-jsx is a fifth of the size of react-markdown with micromark, small enough to sit in the main bundle,
// so text renders formatted in the first paint instead of as plain paragraphs that change when a parser arrives.
const options = { disableParsingRawHTML: true, forceBlock: true, wrapper: Fragment } as const;

/**
 * Renders Markdown written by admins. Raw HTML is shown as text, never parsed into elements, and the library's URL
 * sanitizer drops javascript: and similar links, so stored text can never run script.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <MarkdownText options={options}>{source}</MarkdownText>
    </div>
  );
}

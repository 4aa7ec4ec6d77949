import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Input } from '../api/outcomes';

const EXCERPT_LENGTH = 120;

/** The start of a long text, cut at a word, as a contribution's name when it has no title. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) {
    return text;
  }
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH)} …`;
}

/** A contribution by its kind and a link to what became of it, named by its title or the start of its text. */
export function InputLink({ input }: { input: Input }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="muted">{t(`outcome.kind.${input.kind}`)}:</span>{' '}
      <Link to={`/was-wurde-daraus/${input.kind}/${encodeURIComponent(input.ref)}`}>{input.title ?? excerpt(input.text)}</Link>
      {input.title && (
        <>
          {' – '}
          <span className="preserve-lines">{input.text}</span>
        </>
      )}
    </>
  );
}

import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

/** A message about what just happened, with a link to where it can be seen (the public page of what was saved). */
export interface Notice {
  message: string;
  link?: { to: string; text: string };
}

/**
 * A polite live region that is always in the page, so screen readers announce what appears in it. A new message is
 * the result of what the visitor just did, so it also takes the focus: it is in view where the visitor acted and the
 * next Tab continues from there (to its link, if it has one) – unless the caller puts the focus on something else that
 * came with it (`focus={false}`).
 */
export function StatusMessage({ message, link, focus = true }: Partial<Notice> & { focus?: boolean }) {
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus && message) {
      element.current?.focus();
    }
  }, [focus, message]);
  return (
    <p ref={element} role="status" tabIndex={focus ? -1 : undefined} className={message ? 'status-message' : undefined}>
      {message}
      {message && link && (
        <>
          {' '}
          <Link to={link.to}>{link.text}</Link>
        </>
      )}
    </p>
  );
}

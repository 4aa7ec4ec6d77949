import { useEffect, useRef } from 'react';

/**
 * A polite live region that is always in the page, so screen readers announce what appears in it. A new message is
 * the result of what the visitor just did, so it also takes the focus: it is in view where the visitor acted and the
 * next Tab continues from there – unless the caller puts the focus on something else that came with it
 * (`focus={false}`).
 */
export function StatusMessage({ message, focus = true }: { message?: string; focus?: boolean }) {
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus && message) {
      element.current?.focus();
    }
  }, [focus, message]);
  return (
    <p ref={element} role="status" tabIndex={focus ? -1 : undefined} className={message ? 'status-message' : undefined}>
      {message}
    </p>
  );
}

import { useEffect, useRef } from 'react';

/**
 * A polite live region that is always in the page, so screen readers announce what appears in it. With `focus`, a new
 * message also takes the focus, so that it is in view where the visitor acted and the next Tab continues from there.
 */
export function StatusMessage({ message, focus = false }: { message?: string; focus?: boolean }) {
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

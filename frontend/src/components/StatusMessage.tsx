/** A polite live region that is always in the page, so screen readers announce what appears in it. */
export function StatusMessage({ message }: { message?: string }) {
  return (
    <p role="status" className={message ? 'status-message' : undefined}>
      {message}
    </p>
  );
}

import { useEffect } from 'react';

/** Every route names itself in the browser tab and for screen readers. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Mitwirken` : 'Mitwirken';
  }, [title]);
}

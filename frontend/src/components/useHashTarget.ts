import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Ids that links point into pages with: comment-…, contribution-…, result-…, response-…; never a code ("#code=…"). */
const TARGET = /^[a-z]+-[\w-]+$/;
/** How long a page may take to load the part the link points to. */
const WAIT_MS = 10_000;

/**
 * Takes the reader to the element the address's fragment names, once the page has loaded it (threads and results
 * arrive after the page renders): scrolled into view and focused, so keyboard and screen reader users go on from there.
 */
export function useHashTarget(): void {
  const { pathname, search, hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!TARGET.test(id)) {
      return;
    }
    const reach = (element: HTMLElement) => {
      if (!element.hasAttribute('tabindex')) {
        element.setAttribute('tabindex', '-1');
      }
      element.scrollIntoView?.({ block: 'start' });
      element.focus({ preventScroll: true });
    };
    const present = document.getElementById(id);
    if (present) {
      reach(present);
      return;
    }
    const observer = new MutationObserver(() => {
      const element = document.getElementById(id);
      if (element) {
        stop();
        reach(element);
      }
    });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [pathname, search, hash]);
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useViewer } from './AuthContext';

/**
 * Until keycloak-js has checked the session, requests go out without a token. Queries that depend on the viewer say
 * so by their key (see useViewer) and wait; any other query that was answered before the viewer was known, or for
 * another viewer, is asked again once the viewer changes, so that nothing personal in it (one's own supports, ballot
 * or place on the map) stays as an anonymous visitor saw it.
 */
export function RefetchForViewer() {
  const queryClient = useQueryClient();
  const viewer = useViewer();
  const asked = useRef(viewer.key);
  useEffect(() => {
    if (!viewer.ready || viewer.key === asked.current) {
      return;
    }
    asked.current = viewer.key;
    void queryClient.invalidateQueries({ predicate: (query) => !query.queryKey.includes(viewer.key) });
  }, [queryClient, viewer.ready, viewer.key]);
  return null;
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';

export type Opportunity = Schemas['Opportunity'];
export type OpportunityKind = Schemas['OpportunityKind'];
export type Requirement = Schemas['Requirement'];

const PAGE_SIZE = 100;

/**
 * Everything open now across the city, soonest closing first: one request for up to 100, further pages only when
 * there are more. Pages and processes filter this one list, so they share what is cached.
 */
export async function listOpportunities(): Promise<Opportunity[]> {
  const opportunities: Opportunity[] = [];
  for (let page = 0; ; page++) {
    // The first request leaves out the page, so its URL is the one index.html preloads for the home page.
    const query = page === 0 ? { size: PAGE_SIZE } : { page, size: PAGE_SIZE };
    const result = unwrap(await api.GET('/api/v1/opportunities', { params: { query } }));
    opportunities.push(...result.items);
    if (result.items.length === 0 || opportunities.length >= result.total) {
      return opportunities;
    }
  }
}

export function opportunitiesQuery() {
  return queryOptions({ queryKey: ['opportunities', 'list'], queryFn: listOpportunities });
}

export function useOpportunities() {
  return useQuery(opportunitiesQuery());
}

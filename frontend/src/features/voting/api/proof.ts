import { pageFragment } from '@/components/fragment';

/** What the page's address proves for a ballot: the projector's on-site code and a printed participation code. */
export interface BallotProof {
  /** From `#vor-ort=<code>`, the QR code on the projector: the ballot counts on site. */
  onSiteCode?: string;
  /** From `#code=<code>`, the QR code on a printed code sheet. */
  code?: string;
}

/** Reads the proof from the fragment only (never the query, which servers log), or from one kept across a login. */
export function ballotProof(path: string, hash: string): BallotProof {
  const params = pageFragment(path, hash);
  const value = (name: string) => params.get(name)?.trim() || undefined;
  return { onSiteCode: value('vor-ort'), code: value('code') };
}

/** The address the projector's QR code leads to: with the on-site code for staff, the plain ballot page otherwise. */
export function ballotUrl(origin: string, round: string, onSiteCode?: string): string {
  const page = `${origin}/abstimmen/${round}`;
  return onSiteCode ? `${page}#vor-ort=${encodeURIComponent(onSiteCode)}` : page;
}

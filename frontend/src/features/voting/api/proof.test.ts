import { afterEach, describe, expect, it } from 'vitest';
import { forgetKeptFragment, keepFragmentAcrossLogin } from '@/components/fragment';
import { ballotProof, ballotUrl } from './proof';

const PAGE = '/abstimmen/0b0c8f6e-5d0e-4a55-9d59-7d3f2b8c1a10';

describe('the proof a ballot page reads from its address', () => {
  afterEach(() => forgetKeptFragment());

  it('takes the on-site code from #vor-ort=', () => {
    expect(ballotProof(PAGE, '#vor-ort=K7M2QX')).toEqual({ onSiteCode: 'K7M2QX', code: undefined });
  });

  it('takes a printed participation code from #code=', () => {
    expect(ballotProof(PAGE, '#code=ABCD-EFGH-JKLM')).toEqual({ onSiteCode: undefined, code: 'ABCD-EFGH-JKLM' });
  });

  it('takes both together, trimmed, and nothing from an empty or missing fragment', () => {
    expect(ballotProof(PAGE, '#vor-ort=%20K7M2QX%20&code=ABCD')).toEqual({ onSiteCode: 'K7M2QX', code: 'ABCD' });
    expect(ballotProof(PAGE, '#vor-ort=')).toEqual({ onSiteCode: undefined, code: undefined });
    expect(ballotProof(PAGE, '')).toEqual({ onSiteCode: undefined, code: undefined });
  });

  it('never reads the query: the old ?vor-ort=1 counts for nothing', () => {
    // The page hands over location.hash only; a query string is not part of it.
    expect(ballotProof(PAGE, new URL(`https://example.org${PAGE}?vor-ort=1`).hash)).toEqual({ onSiteCode: undefined, code: undefined });
  });

  it("does not take Keycloak's login answer (#state=…&code=…) for a participation code", () => {
    expect(ballotProof(PAGE, '#state=4f2c&session_state=9a&iss=x&code=8d1f.ab.cd')).toEqual({ onSiteCode: undefined, code: undefined });
  });

  it('keeps the on-site code across a login to the same page, and only there', () => {
    keepFragmentAcrossLogin(PAGE, '#vor-ort=K7M2QX');
    expect(ballotProof(PAGE, '#state=4f2c&code=8d1f')).toEqual({ onSiteCode: 'K7M2QX', code: undefined });
    expect(ballotProof(PAGE, '')).toEqual({ onSiteCode: 'K7M2QX', code: undefined });
    expect(ballotProof('/abstimmen/another', '')).toEqual({ onSiteCode: undefined, code: undefined });
    // The page's own fragment wins over the kept one.
    expect(ballotProof(PAGE, '#vor-ort=NEW123')).toEqual({ onSiteCode: 'NEW123', code: undefined });
    forgetKeptFragment();
    expect(ballotProof(PAGE, '')).toEqual({ onSiteCode: undefined, code: undefined });
  });
});

describe("the projector's QR address", () => {
  it('carries the on-site code in the fragment for staff', () => {
    expect(ballotUrl('https://mitwirken.example', 'r1', 'K7M2QX')).toBe('https://mitwirken.example/abstimmen/r1#vor-ort=K7M2QX');
  });

  it('is the plain ballot page without a code', () => {
    expect(ballotUrl('https://mitwirken.example', 'r1')).toBe('https://mitwirken.example/abstimmen/r1');
  });
});

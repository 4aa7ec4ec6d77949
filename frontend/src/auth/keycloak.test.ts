import { afterEach, describe, expect, it } from 'vitest';
import { maybeSignedIn, rememberSignedIn } from './keycloak';

describe('whether a visit checks for a Keycloak session', () => {
  afterEach(() => {
    rememberSignedIn(false);
    window.location.hash = '';
  });

  it('does not for a first-time visitor, so keycloak-js is never loaded for them', () => {
    expect(maybeSignedIn()).toBe(false);
  });

  it('does when Keycloak has just sent the browser back with its answer', () => {
    window.location.hash = '#state=4f2c&session_state=9a&code=abc';
    expect(maybeSignedIn()).toBe(true);
  });

  it('does after this browser signed in, and no longer once it signed out', () => {
    rememberSignedIn(true);
    expect(maybeSignedIn()).toBe(true);
    rememberSignedIn(false);
    expect(maybeSignedIn()).toBe(false);
  });

  it('stores nothing but that flag', () => {
    rememberSignedIn(true);
    expect(Object.keys(localStorage)).toEqual(['mitwirken.signedIn']);
  });
});

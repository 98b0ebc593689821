// Reading credentials from X-API-Key and Authorization headers.
import { describe, expect, it } from 'vitest';
import { readCredentials } from './credentials.ts';

describe('readCredentials', () => {
  it('should report missing when neither header has a value', () => {
    expect(readCredentials(undefined, undefined)).toEqual({ kind: 'missing' });
    expect(readCredentials('  ', '')).toEqual({ kind: 'missing' });
  });

  it('should take an API key or a bearer token', () => {
    expect(readCredentials(' lt_key ', undefined)).toEqual({ kind: 'api_key', value: 'lt_key' });
    expect(readCredentials(undefined, 'Bearer a.b.c')).toEqual({ kind: 'bearer', value: 'a.b.c' });
    expect(readCredentials(undefined, 'bearer  a.b.c')).toEqual({ kind: 'bearer', value: 'a.b.c' });
  });

  it('should call other schemes, empty bearers and both headers at once unusable', () => {
    expect(readCredentials(undefined, 'Basic dXNlcjpwYXNz')).toEqual({ kind: 'unusable' });
    expect(readCredentials(undefined, 'Bearer')).toEqual({ kind: 'unusable' });
    expect(readCredentials(undefined, 'Bearer a b')).toEqual({ kind: 'unusable' });
    expect(readCredentials('lt_key', 'Bearer a.b.c')).toEqual({ kind: 'unusable' });
  });
});

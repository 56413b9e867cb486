/**
 * Credential-shaped test fixtures, assembled at run time so the repository never holds a contiguous value that
 * trips secret scanners. Key IDs are joined from a prefix and a body; secrets and tokens come from a seeded
 * generator (deterministic across runs).
 */

/** mulberry32: a tiny seeded PRNG. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function randomString(seed: number, length: number, alphabet = BASE64): string {
  const next = generator(seed);
  let out = '';
  for (let index = 0; index < length; index++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** Long-term key ID (AKIA…); its description is `AKIA…2LW` style: prefix and last four. */
export const KEY_ID = 'AKIA' + 'Q3EGRU5XN7CZJ2LW';
/** A second long-term key ID. */
export const KEY_ID_2 = 'AKIA' + 'ZP4MWX7QHN2VRB6T';
/** Temporary (STS) key ID. */
export const TEMP_KEY_ID = 'AS' + 'IA' + 'RTZ5W2KQ7XJMB4PL';
/** STS bearer-token key ID. */
export const BEARER_KEY_ID = 'AB' + 'IA' + 'HVN3KQ5WZT7RXM2P';
/** Context-specific key ID. */
export const CONTEXT_KEY_ID = 'AC' + 'CA' + 'L7WQ2NZK5XRT3BMV';

/** The 16-character body of KEY_ID, for split forms. */
export const KEY_ID_BODY = KEY_ID.slice(4);

/** Random 40-character secrets (seeded; each passes the shape checks, asserted in aws-credentials.test.ts). */
export const SECRET = randomString(1, 40);
export const SECRET_2 = randomString(2, 40);

/** An STS-looking session token: the protobuf header markers, then 360 random base64 characters. */
export const SESSION_TOKEN = 'IQoJb3JpZ2lu' + 'X2VjEJ' + randomString(3, 360);
/** Long random base64 without token markers. */
export const LONG_BASE64 = 'Zm9v' + randomString(4, 300);

/** AWS's documented example key pair: the rule must stay quiet on them. */
export const EXAMPLE_KEY_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';
export const EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY';
/** Another ID ending in EXAMPLE. */
export const EXAMPLE_TEMP_KEY_ID = 'ASIA' + 'Q3EGRU5XNEXAMPLE';
/** Placeholders with a valid shape: one repeated character, and a redaction that keeps the last four. */
export const PLACEHOLDER_KEY_ID = 'AKIA' + 'X'.repeat(16);
export const REDACTED_KEY_ID = 'AKIA' + 'X'.repeat(12) + 'J2LW';

/** What describeKeyId prints for each fixture. */
export const described = (keyId: string): string => `${keyId.slice(0, 4)}…${keyId.slice(-4)}`;

/** The regular expression a message must never match: a key ID or a 40-character base64 run. */
export const KEY_SHAPED = /(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}|[A-Za-z0-9+/]{40}/;

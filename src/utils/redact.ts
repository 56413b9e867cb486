/**
 * Lint output goes to CI logs, so a message never holds a secret. These helpers are the only way a rule names a
 * credential-shaped value in a message.
 */

/** `AKIA…W7QK`: the 4-character prefix and the last 4 characters of an access key ID, never more. */
export function describeKeyId(keyId: string): string {
  if (keyId.length <= 8) return `${keyId.slice(0, 4)}…`;
  return `${keyId.slice(0, 4)}…${keyId.slice(-4)}`;
}

/** A secret is described, never shown: `a 40-character secret`. */
export function describeSecret(secret: string): string {
  return `a ${secret.length}-character secret`;
}

/** At most a 4-character prefix and the length, for any other value that may be sensitive. */
export function redactValue(value: string): string {
  if (value.length <= 4) return `${'*'.repeat(value.length)} (${value.length} characters)`;
  return `${value.slice(0, 4)}… (${value.length} characters)`;
}

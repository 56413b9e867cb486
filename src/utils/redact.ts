import { isRandomBase64, isSecretAccessKeyShape, SECRET_MIN_ENTROPY, shannonEntropy } from './aws-credentials.js';
import { trimTrailing } from './strings.js';

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

/** An access key ID anywhere in a text (glued to other characters too: redacting more is harmless). */
const KEY_ID_RUN = /(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}/gu;
/** A run of base64 characters as long as a secret access key or longer (a session token), padding included. */
const BASE64_RUN = /[A-Za-z0-9+/]{40,}={0,2}/gu;
/** A run of word characters long enough to be a prefixed token (`ghp_…`): its shape is checked by `isPrefixedToken`. */
const WORD_RUN = /\w{27,}/gu;
/**
 * Tokens of other services whose prefix says what they are, whatever their body looks like: Slack's (`xoxb-…`),
 * Stripe's secret and restricted keys (`sk_live_…`), GitHub's fine-grained tokens (`github_pat_…`), Google's API keys
 * (`AIza…`). Each branch a fixed prefix and one run: linear.
 */
const KNOWN_TOKEN = /\b(?:xox[abposr]-\d+-[0-9A-Za-z-]{8,}|[rs]k_(?:live|test)_[0-9A-Za-z]{16,}|github_pat_\w{22,}|AIza[\w-]{35,})/gu;
/** A token's prefix (`ghp_`, `xoxb_`): anchored, so the check of a run stays linear. */
const TOKEN_PREFIX = /^[A-Za-z0-9]{2,10}_/u;

/**
 * `text` with every access key ID shortened (`describeKeyId`) and every random-looking base64 run of a secret's
 * length, a prefixed token or another service's known token (`KNOWN_TOKEN`) described (`describeSecret`): for texts
 * a rule took from the code into a message (an expression it names, a key), so a credential written there
 * (`cfg['AKIA…'].password`) never reaches the CI log whole. Random-looking: a secret access key's shape, or base64 of random bytes (see `isRandomBase64`); a prefixed
 * token's body mixes upper case, lower case and digits with a random key's entropy. Long names and paths are not.
 */
export function redactCredentials(text: string): string {
  if (text.length < 20) return text;
  let result = text.replace(KEY_ID_RUN, (keyId) => describeKeyId(keyId)).replace(KNOWN_TOKEN, describeSecret);
  if (result.length < 30) return result;
  result = result.replace(BASE64_RUN, (run) =>
    isSecretAccessKeyShape(run) || isRandomBase64(trimTrailing(run, '=')) ? describeSecret(run) : run,
  );
  return result.replace(WORD_RUN, (run) => (isPrefixedToken(run) ? describeSecret(run) : run));
}

/** `ghp_` and 24 or more random-looking characters (no more underscores: a constant's name has several). */
function isPrefixedToken(run: string): boolean {
  const prefix = TOKEN_PREFIX.exec(run);
  if (prefix === null) return false;
  const body = run.slice(prefix[0].length);
  return body.length >= 24 && !body.includes('_') && looksRandom(body);
}

function looksRandom(run: string): boolean {
  return /[A-Z]/u.test(run) && /[a-z]/u.test(run) && /[0-9]/u.test(run) && shannonEntropy(run) >= SECRET_MIN_ENTROPY;
}

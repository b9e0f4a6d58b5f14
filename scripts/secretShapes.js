/**
 * Strings shaped like secrets, whatever key or file they sit in. The mini-program package is
 * readable by anyone who has it, so the build refuses them (scripts/lessonConfig.js for the
 * config's values, scripts/build.js for the built package).
 *
 * Exact shapes (any file, vendor code included, where they cannot occur by chance):
 *   - a Tencent Cloud SecretId: `AKID` and 32 letters and digits;
 *   - a PEM private key block.
 * Loose shapes (the config and our own built code; minified vendor code is full of long
 * identifiers and tables that look random, and the config never reaches it):
 *   - a Tencent Cloud SecretKey: 32 letters and digits with both in it, standing alone;
 *   - a high-entropy token: 32 or more characters of a base64 or hex alphabet that look random.
 */
const SECRET_ID = /AKID[A-Za-z0-9]{32}(?![A-Za-z0-9])/;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
const TOKEN = /[A-Za-z0-9+/_=-]{32,}/g;
const ALNUM_RUN = /[A-Za-z0-9]+/g;

/** Bits per character of a token's own character counts. */
function entropy(text) {
  const counts = new Map();
  for (const char of text) counts.set(char, (counts.get(char) || 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const kinds = (text) => [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(text)).length;

const SECRET_KEY_REASON = 'a string shaped like a Tencent Cloud SecretKey (32 letters and digits)';

/**
 * How often neighbouring characters differ in kind (lower case, upper case, digit, other): random
 * keys switch at about two pairs in three, names and paths (`camelCaseName`,
 * `cache/family-configs-22690/tree`) at about one in five. Of 100,000 random 32-character keys,
 * the two rules of secretKeyShaped together missed about 140.
 */
function classSwitches(run) {
  const classOf = (char) => (/[a-z]/.test(char) ? 0 : /[A-Z]/.test(char) ? 1 : /[0-9]/.test(char) ? 2 : 3);
  let switches = 0;
  for (let i = 1; i < run.length; i++) if (classOf(run[i]) !== classOf(run[i - 1])) switches++;
  return switches;
}

function secretKeyShaped(run) {
  if (run.length !== 32 || !/[A-Za-z]/.test(run)) return false;
  const bits = entropy(run);
  // Keys with long runs of one kind still use many different characters; names repeat theirs.
  return (bits >= 3.5 && classSwitches(run) >= 13) || (bits >= 4.3 && /[0-9]/.test(run));
}

function highEntropy(token) {
  const bare = token.replace(/^[-_=/+]+|[-_=/+]+$/g, '');
  if (bare.length < 32) return undefined;
  if (/^[0-9a-fA-F]+$/.test(bare)) {
    const random = kinds(bare) >= 2 && entropy(bare) >= 3.3 && classSwitches(bare) >= 0.3 * bare.length;
    return random ? `a high-entropy hex token (${bare.length} characters)` : undefined;
  }
  const random = kinds(bare) === 3 && entropy(bare) >= 4.3 && classSwitches(bare) >= 0.4 * bare.length;
  return random ? `a high-entropy token (${bare.length} characters)` : undefined;
}

/** A secret's first characters and its length: enough to find it, not enough to use it. */
function masked(secret) {
  return `${secret.slice(0, 4)}… (${secret.length} characters)`;
}

/**
 * The first secret-shaped string in `text`, as { reason, where }, or undefined. `loose` also
 * looks for SecretKeys and high-entropy tokens.
 */
function findSecret(text, { loose = true } = {}) {
  for (const [shape, reason] of [
    [SECRET_ID, 'a Tencent Cloud SecretId (AKID and 32 characters)'],
    [PRIVATE_KEY, 'a PEM private key'],
  ]) {
    const found = shape.exec(text);
    if (found) return { reason, at: found.index, sample: masked(found[0]) };
  }
  if (!loose) return undefined;
  for (const match of text.matchAll(ALNUM_RUN)) {
    if (secretKeyShaped(match[0])) return { reason: SECRET_KEY_REASON, at: match.index, sample: masked(match[0]) };
  }
  for (const match of text.matchAll(TOKEN)) {
    const reason = highEntropy(match[0]);
    if (reason) return { reason, at: match.index, sample: masked(match[0]) };
  }
  return undefined;
}

/** Every string in a JSON value with its path (`backendUrl`, `extra.keys[0]`). */
function stringsOf(value, at = '') {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${at}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, at ? `${at}.${key}` : key));
  return [];
}

module.exports = { findSecret, stringsOf, entropy };

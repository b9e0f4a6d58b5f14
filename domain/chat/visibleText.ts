/**
 * Chat text as it may be shown: what a classmate sent and what the student types get the same
 * care. Bidirectional embeddings, overrides and isolates are removed, so a message cannot turn
 * the rest of the line (the sender's name, the next message) around; control characters other
 * than tab and newline are removed; a lone surrogate half (a cut emoji) becomes U+FFFD; the
 * ends are trimmed of blanks and zero-width characters. Text with nothing visible left comes
 * back as ''. Joiners and variation selectors inside the text stay: emoji sequences and some
 * scripts need them.
 */
export function visibleText(raw: string): string {
  const cleaned = wellFormed(String(raw)).replace(HIDDEN, '');
  const trimmed = cleaned.replace(EDGES, '');
  return trimmed.replace(INVISIBLE, '') ? trimmed : '';
}

/** LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI; C0 controls but tab and newline, DEL, C1 controls. */
// eslint-disable-next-line no-control-regex -- removing control characters is this pattern's job
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Characters that draw nothing: blanks, zero-width spaces and joiners, marks, fillers, variation selectors. */
const INVISIBLE_CLASS =
  '\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180E\\u200B-\\u200F\\u2060-\\u2064\\u206A-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0';
// eslint-disable-next-line no-misleading-character-class -- it lists joiners and selectors one by one, on purpose
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');
/** What is trimmed from the ends: blanks and spaces that draw nothing, but not a selector or joiner an emoji ends with. */
const EDGE_CLASS = '\\s\\u00AD\\u115F\\u1160\\u180E\\u200B\\u200E\\u200F\\u2060-\\u2064\\u3164\\uFEFF\\uFFA0';
const EDGES = new RegExp(`^[${EDGE_CLASS}]+|[${EDGE_CLASS}]+$`, 'g');

/** String.prototype.toWellFormed, which WeChat's older runtimes lack (and lookbehind, which old iOS lacks). */
function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else out += '\uFFFD';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\uFFFD';
    else out += text[i];
  }
  return out;
}

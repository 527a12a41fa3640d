// HTML escaping for every piece of draft text. Text content and attribute values are escaped separately;
// NUL is replaced by U+FFFD (one code unit, as the HTML parser would drop it) so DOM offsets keep matching
// the draft's UTF-16 offsets.

const TEXT_RE = /[&<>\u0000]/g;
const ATTR_RE = /[&<>"'`\u0000]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '\u0000': '\uFFFD',
};

/** Escapes text for an element's content. */
export function escapeText(text: string): string {
  return text.replace(TEXT_RE, (c) => ENTITIES[c]);
}

/** Escapes text for a double- or single-quoted attribute value. */
export function escapeAttr(text: string): string {
  return text.replace(ATTR_RE, (c) => ENTITIES[c]);
}

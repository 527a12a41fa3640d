// Shared pieces of the name rules' findings: the related locations (the introduction first, then the
// person's other mentions) and the messages every rule of the family uses for them.
import type { LocalizedText, RelatedLocation } from '../../../core/types';
import type { Mention } from './mention';
import type { Person } from './person';

/** At most this many related locations per finding (the introduction plus the next mentions). */
export const MAX_RELATED = 20;

export const RELATED_MESSAGES: Record<'introduction' | 'otherMention', LocalizedText> = {
  introduction: { id: 'Perkenalan pertama: {name}', en: 'First mention (introduction): {name}' },
  otherMention: { id: 'Sebutan lain: {name}', en: 'Other mention: {name}' },
};

function label(m: Mention): string {
  const parts = [m.office?.text, m.qualifier?.text, m.rank?.text, m.name?.text].filter(Boolean);
  return parts.join(' ');
}

/** The introduction (or first mention) first, then the person's other mentions in text order. */
export function relatedFor(person: Person, self: Mention, intro?: Mention): RelatedLocation[] {
  const first = intro ?? person.mentions[0];
  const out: RelatedLocation[] = [];
  if (first && first !== self) out.push({ start: first.start, end: first.end, messageId: 'introduction', data: { name: label(first) } });
  for (const m of person.mentions) {
    if (out.length >= MAX_RELATED) break;
    if (m === self || m === first) continue;
    out.push({ start: m.start, end: m.end, messageId: 'otherMention', data: { name: label(m) } });
  }
  return out;
}

/** The text of a mention's office with its qualifier, as written ("Presiden China", "Menlu AS"). */
export function officeText(m: Mention): string {
  if (!m.office || !m.qualifier) return m.office?.text ?? m.qualifier?.text ?? '';
  // "Menteri ATR/BPN": a qualifier glued to its office by a slash.
  return m.qualifier.start === m.office.end ? m.office.text + m.qualifier.text : `${m.office.text} ${m.qualifier.text}`;
}

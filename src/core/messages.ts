import type { Finding, Fix, LocalizedText, Locale, MessageData, Rule } from './types';

/** A \w character: [A-Za-z0-9_]. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Fills `{name}` placeholders (name: \w+); an unknown placeholder is left visible rather than silently dropped.
 * The same result as replacing /\{(\w+)\}/g, by one indexOf walk (every finding of a report goes through here).
 */
export function interpolate(template: string, data?: MessageData): string {
  if (!data) return template;
  let open = template.indexOf('{');
  if (open < 0) return template;
  let out = '';
  let copied = 0;
  while (open >= 0) {
    let end = open + 1;
    while (end < template.length && isWordCode(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === 0x7d /* } */) {
      const key = template.slice(open + 1, end);
      if (Object.prototype.hasOwnProperty.call(data, key)) {
        out += template.slice(copied, open) + String(data[key]);
        copied = end + 1;
      }
      open = template.indexOf('{', end + 1);
    } else open = template.indexOf('{', open + 1);
  }
  return copied === 0 ? template : out + template.slice(copied);
}

export function localize(text: LocalizedText, locale: Locale, data?: MessageData): string {
  return interpolate(locale === 'en' ? text.en : text.id, data);
}

export type RuleLookup = (ruleId: string) => Rule | undefined;

function messageOf(rule: Rule | undefined, messageId: string): LocalizedText | undefined {
  return rule?.meta.messages[messageId];
}

/** The finding's message in the given language. */
export function findingMessage(finding: Finding, lookup: RuleLookup, locale: Locale): string {
  const text = messageOf(lookup(finding.ruleId), finding.messageId);
  return text ? localize(text, locale, finding.data) : `${finding.ruleId}: ${finding.messageId}`;
}

/** A fix's title in the given language. */
export function fixMessage(ruleId: string, fix: Fix, lookup: RuleLookup, locale: Locale): string {
  const text = messageOf(lookup(ruleId), fix.messageId);
  return text ? localize(text, locale, fix.data) : `${ruleId}: ${fix.messageId}`;
}

/** Pick the user's language from a locale tag such as "id", "id-ID", "en_US.UTF-8"; Indonesian otherwise. */
export function pickLocale(tag: string | undefined | null): Locale {
  if (!tag) return 'id';
  const lower = tag.toLowerCase();
  if (lower.startsWith('en')) return 'en';
  return 'id';
}

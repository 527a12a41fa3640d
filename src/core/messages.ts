import type { Finding, Fix, LocalizedText, Locale, MessageData, Rule } from './types';

const PLACEHOLDER_RE = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function interpolate(template: string, data?: MessageData): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER_RE, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
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

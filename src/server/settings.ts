// Editor settings (section "redaksi"): pulled per document with workspace/configuration, cached per URI,
// dropped on didChangeConfiguration. They override `.redaksi.json`: rules win, dictionaries add up,
// house style merges.
import { parseConfigText } from '../core/config';
import type { RedaksiConfig, Rule, RuleSetting } from '../core/types';
import { defaultSettings, type RedaksiSettings } from '../common/protocol';
import { uriKey } from './uri';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Settings as the client sent them, with anything of the wrong type replaced by the default. */
export function sanitizeSettings(raw: unknown): RedaksiSettings {
  const s = isRecord(raw) ? raw : {};
  const locale = s.locale === 'id' || s.locale === 'en' || s.locale === 'auto' ? s.locale : defaultSettings.locale;
  const run = s.run === 'onType' || s.run === 'onSave' ? s.run : defaultSettings.run;
  // VS Code's setting is `redaksi.delayAfterTyping`; other editors may still send `debounceMs`.
  const delay = typeof s.delayAfterTyping === 'number' ? s.delayAfterTyping : s.debounceMs;
  const debounce = typeof delay === 'number' && Number.isFinite(delay) ? Math.max(0, Math.min(10_000, delay)) : defaultSettings.debounceMs;
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : defaultSettings.enable,
    locale,
    run,
    debounceMs: debounce,
    rules: isRecord(s.rules) ? s.rules : {},
    dictionary: Array.isArray(s.dictionary) ? s.dictionary.filter((w): w is string => typeof w === 'string' && w.trim() !== '') : [],
    houseStyle: isRecord(s.houseStyle) ? s.houseStyle : {},
  };
}

export interface SettingsProblem {
  rule: string;
  problem: string;
}

/**
 * The rule entries of the settings that the config schema accepts; the others are reported (once per
 * distinct problem, by the caller) and ignored, so one typo does not switch off the whole override.
 */
export function validSettingsRules(settingsRules: Record<string, unknown>, rules: readonly Rule[]): {
  rules: Record<string, RuleSetting>;
  problems: SettingsProblem[];
} {
  const out: Record<string, RuleSetting> = {};
  const problems: SettingsProblem[] = [];
  for (const [key, value] of Object.entries(settingsRules)) {
    const parsed = parseConfigText(JSON.stringify({ rules: { [key]: value } }), 'settings', rules);
    if (parsed.config) out[key] = value as RuleSetting;
    else problems.push({ rule: key, problem: parsed.problems.map((p) => p.message).join('; ') });
  }
  return { rules: out, problems };
}

/** `.redaksi.json` with the editor settings laid over it. */
export function effectiveConfig(file: RedaksiConfig, settings: RedaksiSettings, settingsRules: Record<string, RuleSetting>): RedaksiConfig {
  const out: RedaksiConfig = { ...file };
  if (Object.keys(settingsRules).length) out.rules = { ...file.rules, ...settingsRules };
  if (settings.dictionary.length) out.dictionary = [...new Set([...(file.dictionary ?? []), ...settings.dictionary])];
  if (Object.keys(settings.houseStyle).length) out.houseStyle = { ...file.houseStyle, ...settings.houseStyle };
  return out;
}

export type SettingsFetcher = (uri: string) => Promise<unknown>;

/** Per-URI settings cache. Without a fetcher (client lacks workspace/configuration) the pushed global settings apply. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<RedaksiSettings>>();
  private global: RedaksiSettings = defaultSettings;

  constructor(private readonly fetcher: SettingsFetcher | undefined) {}

  get(uri: string): Promise<RedaksiSettings> {
    if (!this.fetcher) return Promise.resolve(this.global);
    const key = uriKey(uri);
    let entry = this.cache.get(key);
    if (!entry) {
      // A failed or empty answer means defaults, never a stuck document.
      entry = this.fetcher(uri).then(sanitizeSettings, () => defaultSettings);
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** didChangeConfiguration: forget everything; `pushed` is the notification's settings.redaksi, if any. */
  reset(pushed?: unknown): void {
    this.cache.clear();
    if (pushed !== undefined) this.global = sanitizeSettings(pushed);
  }

  forget(uri: string): void {
    this.cache.delete(uriKey(uri));
  }
}

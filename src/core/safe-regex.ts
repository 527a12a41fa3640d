// Static safety check for user-supplied regular expressions (config `artifactPatterns`).
// (Initial version by the lead so the config validator compiles; the artifact-blocks work refines it.)
import type { LocalizedText } from './types';

export const MAX_PATTERN_LENGTH = 500;

export type PatternVerdict = { ok: true } | { ok: false; reason: LocalizedText };

const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;
const BACKREFERENCE = /\\[1-9]|\\k</;

export function checkPatternSafety(source: string, flags = ''): PatternVerdict {
  if (source.length > MAX_PATTERN_LENGTH) {
    return { ok: false, reason: { id: `pola lebih dari ${MAX_PATTERN_LENGTH} karakter`, en: `pattern longer than ${MAX_PATTERN_LENGTH} characters` } };
  }
  try {
    new RegExp(source, flags.replace(/[gyu]/g, '') + 'u');
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, reason: { id: `regex tidak sah: ${detail}`, en: `invalid regular expression: ${detail}` } };
  }
  if (NESTED_QUANTIFIER.test(source)) {
    return { ok: false, reason: { id: 'kuantifier bersarang (mis. (a+)+) bisa berjalan tanpa henti pada teks panjang', en: 'nested quantifiers (e.g. (a+)+) can run away on long input' } };
  }
  if (BACKREFERENCE.test(source)) {
    return { ok: false, reason: { id: 'rujukan balik (\\1) tidak diizinkan', en: 'backreferences (\\1) are not allowed' } };
  }
  return { ok: true };
}

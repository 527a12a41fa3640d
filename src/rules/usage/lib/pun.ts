// "pun" joined to the word before it: written apart ("apa pun", "siapa pun", "dia pun") except in the fixed
// conjunctions EYD lists (adapun, andaipun, ataupun, bagaimanapun, biarpun, kalaupun, kendatipun, maupun,
// meskipun, sekalipun, sungguhpun, walaupun). Data: ../particle-pun.json.
import data from '../particle-pun.json';
import { standardOf } from './non-standard';

const FIXED = new Set(data.fixed);
const BASES = new Set(data.bases);

/** The word written apart ("apapun" -> "apa pun", "dimanapun" -> "di mana pun"), or undefined. */
export function joinedPun(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!lower.endsWith('pun') || lower.length < 5 || FIXED.has(lower)) return undefined;
  const base = lower.slice(0, -3);
  const standard = standardOf(base);
  if (BASES.has(base)) return `${base} pun`;
  if (standard !== undefined && BASES.has(standard.split(' ').pop() ?? '')) return `${standard} pun`;
  if (base.startsWith('di') && BASES.has(base.slice(2))) return `di ${base.slice(2)} pun`;
  if (base.endsWith('nya') && base.length > 5) return `${base} pun`;
  return undefined;
}

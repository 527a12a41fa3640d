// A name part's spelling key: the spellings one name is written in (old Indonesian spellings, transliteration
// marks, doubled letters, words.json nameSpellings) fold to one key, so "Djuyamto" and "Juyamto" are one name part
// wherever the family compares names (grouping people, name-variant, name-reintroduced).
import words from '../data/words.json';

/**
 * A spelling key for name variants: "Riyanto"/"Rianto", "Djuyamto"/"Juyamto", "Nasaruddin"/"Nasarudin",
 * "Afifuddin"/"Affifuddin", "Taufik"/"Taufiq", "Yusuf"/"Yusup" share one key. Old Indonesian spellings (dj, tj,
 * oe, sj, ch, a final ie), transliteration marks (dh, th, q for k), ph for f, a final z for s, f and p inside a name (Sundanese and Javanese writers
 * spell one name both ways) and doubled letters are folded; a glide y/w between a vowel and the same-side
 * vowel is dropped. The first letter keeps its f or p ("Fitri" and "Pitri" are left apart).
 */
const NEEDS_FOLDING = /dj|tj|oe|sj|sy|ch|kh|dh|th|ph|iy|uw|q|.f|([a-z])\1|[^aeiou]y$|[^aeiou]ie$|z$|[^a-z]/;

function foldSpelling(lower: string): string {
  let s = lower.normalize('NFD').replace(/\p{M}/gu, '');
  // "Tjh" is the old spelling of an aspirated c in Chinese-Indonesian names ("Tjhai" / "Tjai", "Tjhin" / "Tjin").
  s = s.replace(/dj/g, 'j').replace(/tjh/g, 'c').replace(/tj/g, 'c').replace(/oe/g, 'u').replace(/sj/g, 'sy').replace(/ch/g, 'kh');
  // Arabic-origin sounds written with or without their second letter ("Syamsul" / "Samsul", "Khairul" / "Hairul").
  s = s.replace(/sy/g, 's').replace(/kh/g, 'h');
  // An h after d or t only marks the transliteration ("Andhika" / "Andika", "Agusthina" / "Agustina").
  s = s.replace(/([dt])h/g, '$1');
  // ph is the Greek-origin spelling of f, in Christian names above all ("Yoseph" / "Yosef", "Stephanus" / "Stefanus").
  s = s.replace(/ph/g, 'f');
  // q is the Arabic qaf, written k as often ("Taufiq" / "Taufik", "Qomar" / "Komar"); f and p inside a name.
  s = s.replace(/q/g, 'k').replace(/(?<=.)f/g, 'p');
  s = s.replace(/iy(?=[aeou])/g, 'i').replace(/uw(?=[aeio])/g, 'u');
  s = s.replace(/(.)\1+/g, '$1');
  // A final y after a consonant is the old spelling of i ("Rudy" / "Rudi", "Lestary" / "Lestari").
  s = s.replace(/([^aeiouy])y$/, '$1i');
  // So is a final ie after a consonant, the Dutch-era spelling ("Basrie" / "Basri", "Effendie" / "Effendi"), in a
  // name of five letters or more ("Lie", a Chinese-Indonesian surname, stays apart).
  s = s.replace(/(?<=[a-z]{2})([^aeiouy])ie$/, '$1i');
  // A final z is written for s ("Dimaz" / "Dimas", "Aziz" / "Azis", "Firdauz" / "Firdaus").
  s = s.replace(/(?<=.)z$/, 's');
  return s.replace(/[^a-z0-9]/g, '');
}

/** Spellings of one name part (words.json nameSpellings, mostly Arabic-origin): each (folded) to its group's first. */
const NAME_SPELLINGS = new Map<string, string>();
for (const group of words.nameSpellings) for (const form of group) NAME_SPELLINGS.set(foldSpelling(form), foldSpelling(group[0]));

export function spellingKey(part: string): string {
  const lower = part.toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return NAME_SPELLINGS.get(lower) ?? lower; // the common case: nothing to fold
  const s = foldSpelling(lower);
  return NAME_SPELLINGS.get(s) ?? s;
}

/**
 * spellingKey, memoised across drafts (a pure function of its string; the same names recur). Bounded: cleared
 * when it grows past SPELLING_KEYS_MAX.
 */
export function cachedSpellingKey(part: string): string {
  let v = spellingKeys.get(part);
  if (v === undefined) {
    v = spellingKey(part);
    if (spellingKeys.size >= SPELLING_KEYS_MAX) spellingKeys.clear();
    spellingKeys.set(part, v);
  }
  return v;
}
const SPELLING_KEYS_MAX = 10_000;
const spellingKeys = new Map<string, string>();

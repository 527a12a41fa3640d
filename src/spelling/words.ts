// Indonesian word shapes the Hunspell list does not spell out: clitics on any known word, hyphenated
// reduplication with affixes, and the capitalised clitics of religious usage ("rahmat-Nya").
// Pure functions over a `known` predicate, so they work with any dictionary.

/** Enclitics, longest first. Never -pun: "apapun" is a usage question (particle-pun), not a clitic. */
export const ENCLITICS = ['nyalah', 'nyakah', 'nyatah', 'kulah', 'kukah', 'mulah', 'mukah', 'nya', 'lah', 'kah', 'tah', 'ku', 'mu'] as const;

/** "-Nya", "-Ku", "-Mu" written with a hyphen and a capital (for God) are clitics too. */
const CAPITAL_CLITICS = new Set(['Nya', 'Ku', 'Mu']);

/** Affixes around reduplication: kemerah-merahan, berlari-lari, secepat-cepatnya, tembak-menembak. */
const REDUP_PREFIXES = ['ber', 'be', 'ter', 'te', 'se', 'ke', 'di', 'me', 'mem', 'men', 'meng', 'meny', 'pe', 'per', 'pem', 'pen', 'peng', 'peny'];
const REDUP_SUFFIXES = ['an', 'kan', 'i', 'nya', 'annya', 'kannya', 'lah', 'an-nya'];

export type Known = (word: string) => boolean;

/** A word with its enclitic taken off when the rest is known ("dilakukannya" -> "dilakukan"). */
export function knownWithClitic(word: string, known: Known): boolean {
  const lower = word.toLowerCase();
  for (const c of ENCLITICS) {
    if (lower.length - c.length >= 2 && lower.endsWith(c) && known(word.slice(0, word.length - c.length))) return true;
  }
  return false;
}

/** Clitics and bound forms written with a hyphen: "podcast-nya", "se-Jawa", "pasca-kemerdekaan", "non-profit". */
const HYPHEN_CLITICS = new Set(['nya', 'ku', 'mu', 'lah', 'kah']);
const HYPHEN_PREFIXES = new Set(['se', 'ke', 'di', 'non', 'pasca', 'pra', 'antar', 'eks', 'pro', 'anti', 'multi', 'ex', 'e', 'i']);

function knownPart(part: string, known: Known): boolean {
  return known(part) || knownWithClitic(part, known) || CAPITAL_CLITICS.has(part) || /^\d+$/.test(part);
}

/** The root of one side of a reduplication, with an affix taken off when that leaves a known word. */
function roots(side: string, affixes: readonly string[], atStart: boolean, known: Known): string[] {
  const out = [side.toLowerCase()];
  for (const a of affixes) {
    const lower = side.toLowerCase();
    if (lower.length - a.length < 2) continue;
    if (atStart ? lower.startsWith(a) : lower.endsWith(a)) {
      const rest = atStart ? lower.slice(a.length) : lower.slice(0, lower.length - a.length);
      if (known(rest)) out.push(rest);
    }
  }
  return out;
}

/**
 * A hyphenated word whose parts are each known (with clitics), or a reduplication of one known root with
 * affixes on either side ("kemerah-merahan", "tembak-menembak", "sebaik-baiknya").
 */
export function knownHyphenated(word: string, known: Known): boolean {
  const parts = word.split('-');
  if (parts.some((p) => p === '')) return false;
  if (parts.every((p, i) => knownPart(p, known) || (i > 0 && HYPHEN_CLITICS.has(p)) || (i === 0 && parts.length > 1 && HYPHEN_PREFIXES.has(p.toLowerCase())))) return true;
  if (parts.length !== 2) return false;
  const [left, right] = parts;
  const l = roots(left, REDUP_PREFIXES, true, known);
  const r = roots(right, REDUP_SUFFIXES, false, known);
  if (l.some((x) => r.includes(x) && known(x))) return true;
  // tembak-menembak, pukul-memukul: the right side is the left with a prefix.
  const rightPrefixed = roots(right, REDUP_PREFIXES, true, known);
  if (known(left.toLowerCase()) && rightPrefixed.includes(left.toLowerCase())) return true;
  // kemerah-merahan: prefix on the left, suffix on the right, the root in between.
  const lowerLeft = left.toLowerCase();
  const lowerRight = right.toLowerCase();
  for (const p of REDUP_PREFIXES) {
    if (!lowerLeft.startsWith(p)) continue;
    const root = lowerLeft.slice(p.length);
    if (root.length < 2 || !known(root)) continue;
    if (lowerRight.startsWith(root) && REDUP_SUFFIXES.includes(lowerRight.slice(root.length))) return true;
  }
  return false;
}

const BOUND_FORMS = ['antar', 'pasca', 'pra', 'non', 'multi', 'swa', 'anti', 'sub', 'eko', 'geo', 'tele', 'inter', 'ekstra', 'semi', 'super', 'ultra'];

/** Which suffixes go with which prefix in regular Indonesian derivation (meN-...-an does not exist). */
const DERIVATIONS: { prefixes: readonly string[]; nasal?: 'me' | 'pe'; suffixes: readonly string[] }[] = [
  { prefixes: [''], suffixes: ['an', 'kan', 'i'] },
  // per- alone is the base (imperative, headline) form of memper-: perluas, perketat, percepat, perjelas.
  { prefixes: ['di', 'diper', 'ter', 'memper', 'per'], suffixes: ['', 'kan', 'i'] },
  { prefixes: ['me'], nasal: 'me', suffixes: ['', 'kan', 'i'] },
  { prefixes: ['pe'], nasal: 'pe', suffixes: ['', 'an'] },
  { prefixes: ['ber'], suffixes: ['', 'an', 'kan'] },
  // ketidak-...-an over a root: ketidaknyamanan, ketidakadilan (EYD: written as one word).
  { prefixes: ['per', 'ke', 'keber', 'keter', 'kese', 'pember', 'peng', 'ketidak'], suffixes: ['an'] },
  { prefixes: ['pe', 'se'], suffixes: [''] },
];

/** One vowel group: "klik", "bom", "cat" (EYD: a one-syllable root takes menge-/penge-, "mengeklik", "pengeboman"). */
function oneSyllable(root: string): boolean {
  return /^[^aeiou]*[aeiou]+[^aeiou]*$/.test(root);
}

/** Roots a nasal prefix surface may stand for: "meng"+"ambil" -> ambil / kambil, "men"+"ulis" -> tulis. */
function nasalRoots(base: 'me' | 'pe', word: string): string[] {
  const out: string[] = [];
  const rest = (s: string) => word.slice(base.length + s.length);
  if (word.startsWith(`${base}nge`) && oneSyllable(rest('nge'))) out.push(rest('nge'));
  if (word.startsWith(`${base}ng`)) out.push(rest('ng'), `k${rest('ng')}`);
  else if (word.startsWith(`${base}ny`)) out.push(`s${rest('ny')}`);
  else if (word.startsWith(`${base}m`)) out.push(rest('m'), `p${rest('m')}`);
  else if (word.startsWith(`${base}n`)) out.push(rest('n'), `t${rest('n')}`);
  if (/^[lmnrwy]/.test(word.slice(base.length))) out.push(word.slice(base.length));
  return out;
}

/**
 * A regular derivation of a dictionary root the Hunspell flags happen to miss: "digelar" (di- + gelar),
 * "terdampak", "pencalonan" (peN-an + calon), "menggelontorkan". Only valid prefix-suffix pairs, the EYD
 * nasal rules for meN-/peN-, and roots of three letters or more.
 */
export function knownDerived(word: string, isRoot: Known, isWord?: Known): boolean {
  const w = word.toLowerCase();
  if (w !== word && word.slice(1) !== w.slice(1)) return false;
  // ke-...-an and ber- over a peN- noun the list knows (not a root): kependudukan (penduduk), kepelatihan,
  // berpenghasilan (penghasilan), berpendapatan.
  if (isWord && w.length >= 9) {
    if (w.startsWith('kepe') && w.endsWith('an') && isWord(w.slice(2, -2))) return true;
    if (w.startsWith('berpe') && w.endsWith('an') && isWord(w.slice(3))) return true;
    // ber- over a peN- noun of a known root: berpendingin (pendingin), berpewarna (pewarna).
    if (w.startsWith('berpe') && knownDerived(w.slice(3), isRoot)) return true;
  }
  // Bound forms written joined (EYD V): antarwarga, pascabencana, nonaktif, prasejahtera, swakelola; also before a
  // derived word the list knows: antarpendukung, pascapenangkapan.
  for (const b of BOUND_FORMS) {
    if (w.length - b.length >= 3 && w.startsWith(b) && (isRoot(w.slice(b.length)) || !!isWord?.(w.slice(b.length)))) return true;
  }
  for (const d of DERIVATIONS) {
    for (const s of d.suffixes) {
      if (!w.endsWith(s)) continue;
      const stem = w.slice(0, w.length - s.length);
      for (const p of d.prefixes) {
        if (!p && !s) continue;
        if (!stem.startsWith(p)) continue;
        const roots = d.nasal ? nasalRoots(d.nasal, stem) : [stem.slice(p.length)];
        // ber-, ter-, per- lose their r before a root starting with r (berisiko, terekam, perusahaan).
        if ((p === 'ber' || p === 'ter' || p === 'per') && stem[2] === 'r') roots.push(stem.slice(2));
        for (const r of roots) {
          if (r.length >= 3 && isRoot(r) && (!d.nasal || nasalOk(d.nasal, r, stem))) return true;
        }
      }
    }
  }
  return false;
}

/** The surface form must be the one the EYD nasal rule gives the root. */
function nasalOk(base: 'me' | 'pe', root: string, surface: string): boolean {
  const c = root[0];
  const drops = root.length > 1 && 'aeiou'.includes(root[1]);
  let expected: string;
  if (surface === `${base}nge${root}` && oneSyllable(root)) return true;
  if ('aeiough'.includes(c)) expected = `${base}ng${root}`;
  else if (c === 'k') expected = `${base}ng${drops ? root.slice(1) : root}`;
  else if (c === 'p') expected = `${base}m${drops ? root.slice(1) : root}`;
  else if ('bfv'.includes(c)) expected = `${base}m${root}`;
  else if (c === 't') expected = `${base}n${drops ? root.slice(1) : root}`;
  else if (c === 's') expected = drops ? `${base}ny${root.slice(1)}` : `${base}n${root}`;
  else if ('cdjz'.includes(c)) expected = `${base}n${root}`;
  else expected = `${base}${root}`;
  return expected === surface;
}

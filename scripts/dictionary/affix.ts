// A small reader for the Hunspell affix and dictionary files of id_ID (FLAG long, PFX/SFX with conditions,
// continuation classes) and a generous expander: it applies every affix a root's flags and the affixes'
// continuation classes allow, ignoring CIRCUMFIX and NEEDAFFIX. It over-generates on purpose; the build
// keeps only the forms real Hunspell accepts (`hunspell -G`), so the word list agrees with Hunspell.
// Build-time only: nothing at run time imports this.

export interface AffixEntry {
  flag: string;
  kind: 'PFX' | 'SFX';
  cross: boolean;
  strip: string;
  add: string;
  /** Continuation flags of the affix (`an/B1l0A1` -> B1, l0, A1). */
  cont: string[];
  condition: RegExp;
}

export interface AffixFile {
  prefixes: Map<string, AffixEntry[]>;
  suffixes: Map<string, AffixEntry[]>;
  circumfix?: string;
  needAffix?: string;
}

/** FLAG long: two characters per flag. */
export function splitFlags(flags: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < flags.length; i += 2) out.push(flags.slice(i, i + 2));
  return out;
}

/** Hunspell's condition: `.`, literal characters and `[...]`/`[^...]` classes, matched at the word's edge. */
function conditionRegex(condition: string, kind: 'PFX' | 'SFX'): RegExp {
  if (condition === '.' || condition === '') return /(?:)/;
  let source = '';
  for (let i = 0; i < condition.length; i++) {
    const c = condition[i];
    if (c === '[') {
      const close = condition.indexOf(']', i);
      let inner = condition.slice(i + 1, close);
      const negated = inner.startsWith('^');
      if (negated) inner = inner.slice(1);
      source += `[${negated ? '^' : ''}${inner.replace(/[\\\]^-]/g, (m) => `\\${m}`)}]`;
      i = close;
    } else if (c === '.') source += '.';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(kind === 'PFX' ? `^${source}` : `${source}$`);
}

export function parseAffixFile(text: string): AffixFile {
  const prefixes = new Map<string, AffixEntry[]>();
  const suffixes = new Map<string, AffixEntry[]>();
  const cross = new Map<string, boolean>();
  let circumfix: string | undefined;
  let needAffix: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const parts = line.split(/\s+/);
    if (parts[0] === 'CIRCUMFIX') circumfix = parts[1];
    else if (parts[0] === 'NEEDAFFIX') needAffix = parts[1];
    else if (parts[0] === 'PFX' || parts[0] === 'SFX') {
      const kind = parts[0];
      const flag = parts[1];
      if (parts[2] === 'Y' || parts[2] === 'N') {
        // Header: PFX flag cross count
        cross.set(`${kind}${flag}`, parts[2] === 'Y');
        continue;
      }
      const strip = parts[2] === '0' ? '' : parts[2];
      const [addRaw, contRaw = ''] = parts[3].split('/');
      const add = addRaw === '0' ? '' : addRaw;
      const entry: AffixEntry = {
        flag, kind, cross: cross.get(`${kind}${flag}`) ?? false, strip, add, cont: splitFlags(contRaw),
        condition: conditionRegex(parts[4] ?? '.', kind),
      };
      const map = kind === 'PFX' ? prefixes : suffixes;
      const list = map.get(flag) ?? [];
      list.push(entry);
      map.set(flag, list);
    }
  }
  return { prefixes, suffixes, circumfix, needAffix };
}

export interface DicEntry {
  word: string;
  flags: string[];
}

export function parseDicFile(text: string): DicEntry[] {
  const lines = text.split(/\r?\n/);
  const out: DicEntry[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    if (slash < 0) out.push({ word: line, flags: [] });
    else out.push({ word: line.slice(0, slash), flags: splitFlags(line.slice(slash + 1).split(/\s/)[0]) });
  }
  return out;
}

function applySuffix(word: string, e: AffixEntry): string | undefined {
  if (!e.condition.test(word)) return undefined;
  if (e.strip && !word.endsWith(e.strip)) return undefined;
  return word.slice(0, word.length - e.strip.length) + e.add;
}

function applyPrefix(word: string, e: AffixEntry): string | undefined {
  if (!e.condition.test(word)) return undefined;
  if (e.strip && !word.startsWith(e.strip)) return undefined;
  return e.add + word.slice(e.strip.length);
}

/**
 * Every candidate form of one entry: the root, one or two suffixes (the second allowed by the first's
 * continuation class), then one prefix allowed by the root's flags or a suffix's continuation class.
 */
export function expandEntry(aff: AffixFile, entry: DicEntry, emit: (form: string) => void): void {
  const stems: { word: string; flags: Set<string> }[] = [{ word: entry.word, flags: new Set(entry.flags) }];
  for (const flag of entry.flags) {
    for (const s1 of aff.suffixes.get(flag) ?? []) {
      const w1 = applySuffix(entry.word, s1);
      if (w1 === undefined) continue;
      const f1 = new Set([...entry.flags, ...s1.cont]);
      stems.push({ word: w1, flags: f1 });
      for (const flag2 of s1.cont) {
        for (const s2 of aff.suffixes.get(flag2) ?? []) {
          const w2 = applySuffix(w1, s2);
          if (w2 !== undefined) stems.push({ word: w2, flags: new Set([...f1, ...s2.cont]) });
        }
      }
    }
  }
  for (const stem of stems) {
    emit(stem.word);
    for (const flag of stem.flags) {
      for (const p of aff.prefixes.get(flag) ?? []) {
        const w = applyPrefix(stem.word, p);
        if (w === undefined) continue;
        emit(w);
        // A prefix's continuation may allow a suffix (prefix first, then suffix: rare in id_ID, but cheap).
        for (const flag2 of p.cont) {
          for (const s of aff.suffixes.get(flag2) ?? []) {
            const w2 = applySuffix(w, s);
            if (w2 !== undefined) emit(w2);
          }
        }
      }
    }
  }
}

// Turns hand-written annotations (file, exact snippet, occurrence, kind) into the offsets-only gold
// standard bench/corpus-gold.json. The snippet file holds corpus text, so it must live OUTSIDE the
// repository (default /tmp/gold-snippets.json); this script refuses a snippet file inside the repo.
//
//   npx tsx scripts/annotate-helper.ts [--category CAT] [--snippets FILE] [--corpus DIR] [--fixtures DIR]
//                                      [--out FILE] [--check]
//
// --category (default artifact) picks the family: its kinds are the rule ids of that category in
// src/rules/index.ts, and the gold goes to bench/corpus-gold.json (artifact) or bench/gold/<category>.json.
//
// A snippet entry:
//   { "file": "src-1.txt" | "fixture:<name>", "kind": "artifact-byline", "text": "Editor: X",
//     "occurrence": 0,        // which match (0-based) when the text occurs more than once; required then
//     "all": true,            // or: every match of the text (e.g. each stray <p>)
//     "until": "end text",    // the span runs on to the end of the first match of this text after `text`
//     "toEnd": true,          // or: the span runs to the end of the file
//     "optional": true }      // a borderline artifact (see docs/corpus-evaluation.md)
// Whitespace in `text`/`until` matches any run of whitespace (spaces, U+00A0, line breaks), so snippets
// can be typed from a terminal view. Spans are trimmed of surrounding whitespace and must not overlap.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES } from '../src/core';
import type { Category } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { ARTIFACT_KINDS, shortHash, validateGold } from './corpus-metrics';
import type { GoldFile, GoldSpan, GoldStandard } from './corpus-metrics';

const repoRoot = path.resolve(__dirname, '..');

interface Snippet {
  file: string;
  kind: string;
  text: string;
  occurrence?: number;
  all?: boolean;
  until?: string;
  toEnd?: boolean;
  optional?: boolean;
}

interface Args {
  category: Category;
  snippets: string;
  corpus: string;
  fixtures: string;
  out: string;
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    category: 'artifact',
    snippets: '/tmp/gold-snippets.json',
    corpus: path.resolve(repoRoot, '..', 'shared', 'corpus'),
    fixtures: '',
    out: '',
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--category') {
      const c = value();
      if (!(CATEGORIES as readonly string[]).includes(c)) throw new Error(`--category takes one of ${CATEGORIES.join(', ')}`);
      args.category = c as Category;
    } else if (a === '--snippets') args.snippets = path.resolve(value());
    else if (a === '--corpus') args.corpus = path.resolve(value());
    else if (a === '--fixtures') args.fixtures = path.resolve(value());
    else if (a === '--out') args.out = path.resolve(value());
    else if (a === '--check') args.check = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.fixtures) args.fixtures = path.join(path.dirname(args.corpus), 'fixtures');
  if (!args.out) {
    args.out = args.category === 'artifact'
      ? path.join(repoRoot, 'bench', 'corpus-gold.json')
      : path.join(repoRoot, 'bench', 'gold', `${args.category}.json`);
  }
  return args;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whitespace-tolerant pattern for a typed snippet (compiled once per snippet, not per match). */
function snippetPattern(text: string): RegExp {
  const parts = text.trim().split(/\s+/u).map(escapeRegExp);
  return new RegExp(parts.join('\\s+'), 'gu');
}

function allMatches(re: RegExp, text: string, from = 0): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function naturalFileOrder(a: string, b: string): number {
  const fa = a.startsWith('fixture:');
  const fb = b.startsWith('fixture:');
  if (fa !== fb) return fa ? -1 : 1;
  const na = /(\d+)/.exec(a);
  const nb = /(\d+)/.exec(b);
  if (na && nb && a.replace(/\d+/, '') === b.replace(/\d+/, '')) return Number(na[1]) - Number(nb[1]);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function resolveTextPath(file: string, corpus: string, fixtures: string): string {
  return file.startsWith('fixture:') ? path.join(fixtures, file.slice('fixture:'.length)) : path.join(corpus, file);
}

/** The kinds a family's gold may use: the rule ids of that category (the artifact list is fixed). */
export function kindsOf(category: Category): string[] {
  if (category === 'artifact') return [...ARTIFACT_KINDS];
  return defaultRules.filter((r) => r.meta.category === category).map((r) => r.meta.id).sort();
}

function resolveSnippet(s: Snippet, text: string, kinds: readonly string[]): GoldSpan[] {
  const where = `${s.file} [${s.kind}] "${s.text.slice(0, 40)}"`;
  if (!kinds.includes(s.kind)) throw new Error(`${where}: unknown kind (expected one of ${kinds.join(', ')})`);
  if (s.until !== undefined && s.toEnd) throw new Error(`${where}: give either "until" or "toEnd", not both`);
  if (s.all && (s.occurrence !== undefined || s.until !== undefined || s.toEnd)) {
    throw new Error(`${where}: "all" cannot be combined with occurrence/until/toEnd`);
  }
  if (s.text !== s.text.trim()) console.warn(`warning: ${where}: snippet has surrounding whitespace (trimmed)`);
  const matches = allMatches(snippetPattern(s.text), text);
  if (matches.length === 0) throw new Error(`${where}: snippet not found`);
  let chosen: { start: number; end: number }[];
  if (s.all) chosen = matches;
  else if (s.occurrence !== undefined) {
    if (s.occurrence < 0 || s.occurrence >= matches.length) {
      throw new Error(`${where}: occurrence ${s.occurrence} requested, ${matches.length} found`);
    }
    chosen = [matches[s.occurrence]];
  } else {
    if (matches.length > 1) throw new Error(`${where}: ${matches.length} matches; give "occurrence" or "all"`);
    chosen = [matches[0]];
  }
  return chosen.map((m) => {
    let end = m.end;
    if (s.toEnd) {
      end = text.length;
      while (end > m.start && /\s/u.test(text[end - 1])) end--;
    } else if (s.until !== undefined) {
      const u = allMatches(snippetPattern(s.until), text, m.end)[0];
      if (!u) throw new Error(`${where}: "until" text not found after the snippet`);
      end = u.end;
    }
    const span: GoldSpan = { start: m.start, end, kind: s.kind, hash: shortHash(text.slice(m.start, end)) };
    if (s.optional) span.optional = true;
    return span;
  });
}

/** Stable, diff-friendly JSON: one span per line. */
export function formatGold(gold: GoldStandard): string {
  const lines: string[] = ['{'];
  lines.push(`  "version": ${gold.version},`);
  if (gold.description !== undefined) lines.push(`  "description": ${JSON.stringify(gold.description)},`);
  if (gold.hash !== undefined) lines.push(`  "hash": ${JSON.stringify(gold.hash)},`);
  if (gold.kinds !== undefined) lines.push(`  "kinds": ${JSON.stringify(gold.kinds)},`);
  lines.push('  "files": [');
  gold.files.forEach((f, i) => {
    const head = `    { "file": ${JSON.stringify(f.file)}, "length": ${f.length}, "sha1": ${JSON.stringify(f.sha1)}, "spans": [`;
    const spans = f.spans.map((s) => `      ${JSON.stringify(s)}`);
    const tail = `    ] }${i < gold.files.length - 1 ? ',' : ''}`;
    if (spans.length === 0) lines.push(`${head}] }${i < gold.files.length - 1 ? ',' : ''}`);
    else lines.push(head, spans.join(',\n'), tail);
  });
  lines.push('  ]', '}');
  return lines.join('\n') + '\n';
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (isInside(args.snippets, repoRoot)) {
    throw new Error(`the snippet file holds corpus text and must stay outside the repository: ${args.snippets}`);
  }
  if (!fs.existsSync(args.corpus)) throw new Error(`corpus folder not found: ${args.corpus}`);
  const snippets = JSON.parse(fs.readFileSync(args.snippets, 'utf8')) as Snippet[];
  const kinds = kindsOf(args.category);
  if (kinds.length === 0) throw new Error(`no rules of category '${args.category}' in src/rules/index.ts`);
  const texts = new Map<string, string>();
  const textOf = (file: string): string => {
    let t = texts.get(file);
    if (t === undefined) {
      t = fs.readFileSync(resolveTextPath(file, args.corpus, args.fixtures), 'utf8');
      texts.set(file, t);
    }
    return t;
  };
  // Every corpus file is in the gold, with or without spans: "no artifacts" is an annotation too.
  for (const name of fs.readdirSync(args.corpus)) if (/^src-\d+\.txt$/.test(name)) textOf(name);

  const spansByFile = new Map<string, GoldSpan[]>();
  let errors = 0;
  for (const s of snippets) {
    try {
      const spans = resolveSnippet(s, textOf(s.file), kinds);
      spansByFile.set(s.file, [...(spansByFile.get(s.file) ?? []), ...spans]);
    } catch (e) {
      errors++;
      console.error(`error: ${(e as Error).message}`);
    }
  }

  const files: GoldFile[] = [...texts.keys()].sort(naturalFileOrder).map((file) => {
    const text = textOf(file);
    const spans = (spansByFile.get(file) ?? []).sort((a, b) => a.start - b.start);
    return { file, length: text.length, sha1: shortHash(text), spans };
  });
  const gold: GoldStandard = {
    version: 1,
    description:
      `${args.category === 'artifact' ? 'Page artifacts' : `Findings of category '${args.category}'`} in ../shared/corpus (59 files) ` +
      'and the founding article, annotated by hand. ' +
      'Offsets are UTF-16 [start, end) into each file; no corpus text is stored. See docs/corpus-evaluation.md.',
    hash: 'sha1 of the UTF-8 span text (file text for sha1), first 8 hex digits',
    kinds,
    files,
  };
  const problems = validateGold(gold, kinds);
  for (const p of problems) console.error(`error: ${p}`);
  errors += problems.length;

  const perKind = new Map<string, { required: number; optional: number }>();
  for (const f of files) {
    for (const s of f.spans) {
      const c = perKind.get(s.kind) ?? { required: 0, optional: 0 };
      c[s.optional ? 'optional' : 'required']++;
      perKind.set(s.kind, c);
    }
  }
  console.log('kind                           required optional');
  for (const kind of kinds) {
    const c = perKind.get(kind) ?? { required: 0, optional: 0 };
    console.log(`${kind.padEnd(30)} ${String(c.required).padStart(8)} ${String(c.optional).padStart(8)}`);
  }
  const total = files.reduce((n, f) => n + f.spans.length, 0);
  console.log(`${files.length} files, ${total} spans (${snippets.length} snippet entries)`);
  if (errors) {
    console.error(`${errors} error(s); ${args.check ? 'nothing checked further' : 'gold not written'}`);
    process.exit(1);
  }
  if (!args.check) {
    fs.mkdirSync(path.dirname(args.out), { recursive: true });
    fs.writeFileSync(args.out, formatGold(gold));
    console.log(`wrote ${path.relative(process.cwd(), args.out)}`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`annotate-helper: ${(e as Error).message}`);
    process.exit(2);
  }
}

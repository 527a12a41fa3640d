// Parsing and validating `.redaksi.json` (JSON with comments). Pure: the text comes in, the caller reads files.
import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../schemas/redaksi.schema.json';
import { LineIndex } from './line-index';
import { checkPatternSafety } from './safe-regex';
import { CATEGORIES, type LocalizedText, type Locale, type RedaksiConfig, type Rule } from './types';

export interface ConfigProblem {
  file: string;
  /** Where inside the file, e.g. `rules.artifact-related-link[1].maxWords`; `(root)` for the whole document. */
  jsonPath: string;
  /** English text (also in `text`). */
  message: string;
  text: LocalizedText;
  /** Offsets into the config text (for editor diagnostics on the config file). */
  start: number;
  end: number;
  /** 1-based. */
  line: number;
  column: number;
}

export interface ParsedConfig {
  config?: RedaksiConfig;
  problems: ConfigProblem[];
}

// Compiled on first use, so a run without a config file never pays for Ajv (start-up budget, issue 11).
// The schemas are ours and are checked against the JSON Schema meta-schema by a test, so Ajv need not compile
// the meta-schema at run time (about 60 ms of every CLI start).
let ajv: Ajv | undefined;
let configValidator: ValidateFunction | undefined;
function getAjv(): Ajv {
  // Required here, not imported, so the bundles evaluate Ajv's modules only when a config is validated.
  const AjvClass = (require('ajv') as typeof import('ajv')).default;
  ajv ??= new AjvClass({ allErrors: true, strict: false, validateSchema: false });
  return ajv;
}
function validateSchema(value: unknown): value is RedaksiConfig {
  configValidator ??= getAjv().compile(schema);
  const ok = configValidator(value);
  validateSchema.errors = configValidator.errors;
  return ok;
}
validateSchema.errors = undefined as ErrorObject[] | null | undefined;
const optionValidators = new WeakMap<Rule, ValidateFunction | null>();

function optionsValidator(rule: Rule): ValidateFunction | null {
  let v = optionValidators.get(rule);
  if (v === undefined) {
    v = rule.meta.optionsSchema ? getAjv().compile(rule.meta.optionsSchema) : null;
    optionValidators.set(rule, v);
  }
  return v;
}

type Segment = string | number;

function pathText(segments: Segment[]): string {
  if (segments.length === 0) return '(root)';
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

function pointerSegments(pointer: string): Segment[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeAjvError(e: ErrorObject): LocalizedText {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return { id: `diharapkan bertipe ${p.type}`, en: `expected ${p.type}` };
    case 'enum': {
      const list = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { id: `diharapkan salah satu dari ${list}`, en: `expected one of ${list}` };
    }
    case 'additionalProperties':
      return {
        id: `properti '${p.additionalProperty}' tidak dikenal`,
        en: `unknown property '${p.additionalProperty}'`,
      };
    case 'required':
      return { id: `properti '${p.missingProperty}' wajib ada`, en: `expected property '${p.missingProperty}'` };
    case 'minLength':
      return { id: 'diharapkan teks yang tidak kosong', en: 'expected a non-empty string' };
    case 'maxLength':
      return { id: `diharapkan paling banyak ${p.limit} karakter`, en: `expected at most ${p.limit} characters` };
    case 'pattern':
      return { id: `diharapkan cocok dengan pola ${p.pattern}`, en: `expected a value matching ${p.pattern}` };
    case 'minItems':
      return { id: `diharapkan paling sedikit ${p.limit} butir`, en: `expected at least ${p.limit} items` };
    case 'maxItems':
    case 'additionalItems':
      return { id: `diharapkan paling banyak ${p.limit} butir`, en: `expected at most ${p.limit} items` };
    case 'anyOf':
      return {
        id: 'diharapkan "off", "hint", "info", "warning", "error", atau [tingkat, { opsi }]',
        en: 'expected "off", "hint", "info", "warning", "error", or [level, { options }]',
      };
    default:
      return { id: e.message ?? 'nilai tidak sah', en: e.message ?? 'invalid value' };
  }
}

class ProblemSink {
  readonly problems: ConfigProblem[] = [];
  private readonly index: LineIndex;
  constructor(private readonly file: string, private readonly text: string, private readonly root: Node | undefined) {
    this.index = new LineIndex(text);
  }

  at(segments: Segment[], text: LocalizedText, useKey = false): void {
    let node = this.root ? findNodeAtLocation(this.root, segments) : undefined;
    // Point at the nearest existing ancestor when the value itself is missing.
    for (let n = segments.length; !node && n > 0 && this.root; n--) node = findNodeAtLocation(this.root, segments.slice(0, n - 1));
    if (node && useKey && node.parent?.type === 'property' && node.parent.children?.[0]) node = node.parent.children[0];
    const start = node?.offset ?? 0;
    const end = node ? node.offset + node.length : Math.min(this.text.length, 1);
    this.push(pathText(segments), text, start, end);
  }

  push(jsonPath: string, text: LocalizedText, start: number, end: number): void {
    const { line, column } = this.index.lineColumnAt(start);
    this.problems.push({ file: this.file, jsonPath, message: text.en, text, start, end, line, column });
  }
}

/**
 * Parses and validates one config file's text. Problems name the file, the JSON path and what was
 * expected; when there is any problem, `config` is undefined (an invalid config is never half-applied).
 */
export function parseConfigText(text: string, fileName: string, rules: readonly Rule[]): ParsedConfig {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  if (body.trim() === '') {
    const sink = new ProblemSink(fileName, text, undefined);
    sink.push('(root)', { id: 'berkas konfigurasi kosong; diharapkan objek JSON', en: 'empty config file; expected a JSON object' }, 0, 0);
    return { problems: sink.problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  const sink = new ProblemSink(fileName, text, root);
  let previous = '';
  for (const e of errors) {
    const code = printParseErrorCode(e.error);
    // Objects left open inside one another end at the same place, each with its error: one line says it.
    const key = `${code}@${e.offset}`;
    if (key === previous) continue;
    previous = key;
    sink.push('(root)', { id: `JSON tidak sah: ${code}`, en: `invalid JSON: ${code}` }, e.offset, e.offset + e.length);
  }
  if (errors.length) return { problems: sink.problems };
  if (!root) return { problems: sink.problems };
  let value: unknown;
  try {
    value = JSON.parse(jsonTextOf(body, root));
  } catch {
    value = undefined;
  }
  if (!validateSchema(value)) {
    // anyOf reports its branches' errors too; keep the most useful one per path.
    const seen = new Set<string>();
    const errs = (validateSchema.errors ?? []).slice().sort((a, b) => (a.keyword === 'anyOf' ? -1 : b.keyword === 'anyOf' ? 1 : 0));
    for (const e of errs) {
      const segs = pointerSegments(e.instancePath);
      const key = pathText(segs);
      const anyOfParent = [...seen].some((s) => key.startsWith(s) && s !== '(root)' && key !== s);
      if (seen.has(key) || anyOfParent) continue;
      seen.add(key);
      if (e.keyword === 'additionalProperties') {
        const prop = (e.params as { additionalProperty: string }).additionalProperty;
        sink.at([...segs, prop], describeAjvError(e), true);
      } else {
        sink.at(segs, describeAjvError(e));
      }
    }
    return { problems: sink.problems };
  }
  const config = value as RedaksiConfig;
  checkRules(config, rules, sink);
  checkPatterns(config, sink);
  if (sink.problems.length) return { problems: sink.problems };
  return { config, problems: [] };
}

function jsonTextOf(text: string, root: Node): string {
  // Re-serialise through the tree so comments and trailing commas are gone.
  const build = (n: Node): unknown => {
    switch (n.type) {
      case 'object': {
        const o: Record<string, unknown> = {};
        for (const p of n.children ?? []) if (p.children && p.children.length === 2) o[p.children[0].value] = build(p.children[1]);
        return o;
      }
      case 'array':
        return (n.children ?? []).map(build);
      default:
        return n.value;
    }
  };
  void text;
  return JSON.stringify(build(root));
}

function checkRules(config: RedaksiConfig, rules: readonly Rule[], sink: ProblemSink): void {
  if (!config.rules) return;
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const [key, setting] of Object.entries(config.rules)) {
    const rule = byId.get(key);
    if (!rule && !(CATEGORIES as readonly string[]).includes(key)) {
      const near = nearest(key, [...byId.keys(), ...CATEGORIES]);
      const hint = near ? ` ('${near}'?)` : '';
      sink.at(['rules', key], { id: `aturan atau kategori '${key}' tidak dikenal${hint}`, en: `unknown rule or category '${key}'${hint}` }, true);
      continue;
    }
    if (!rule || !Array.isArray(setting) || setting.length < 2) continue;
    const validate = optionsValidator(rule);
    if (validate && !validate(setting[1])) {
      for (const e of validate.errors ?? []) sink.at(['rules', key, 1, ...pointerSegments(e.instancePath)], describeAjvError(e));
    }
  }
}

function checkPatterns(config: RedaksiConfig, sink: ProblemSink): void {
  (config.artifactPatterns ?? []).forEach((p, i) => {
    if (!p.regex) return;
    const verdict = checkPatternSafety(p.pattern, p.flags);
    if (!verdict.ok) sink.at(['artifactPatterns', i, 'pattern'], verdict.reason);
  });
}

/** The closest known name (small edit distance), for "did you mean" hints. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const c of candidates) {
    const d = editDistance(word, c, bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** One line naming the file, the position, the JSON path and what was expected. */
export function formatConfigProblem(p: ConfigProblem, locale: Locale = 'en'): string {
  return `${p.file}:${p.line}:${p.column}: ${p.jsonPath}: ${locale === 'id' ? p.text.id : p.text.en}`;
}

/** Merges a nearer config over a farther one (child over parent). */
export function mergeConfigs(parent: RedaksiConfig, child: RedaksiConfig): RedaksiConfig {
  const out: RedaksiConfig = { ...parent, ...child };
  if (parent.rules || child.rules) out.rules = { ...parent.rules, ...child.rules };
  if (parent.houseStyle || child.houseStyle) {
    out.houseStyle = { ...parent.houseStyle, ...child.houseStyle };
    if (parent.houseStyle?.preferredTerms || child.houseStyle?.preferredTerms) {
      out.houseStyle.preferredTerms = { ...parent.houseStyle?.preferredTerms, ...child.houseStyle?.preferredTerms };
    }
  }
  if (parent.people || child.people) {
    const names = new Set((child.people ?? []).map((p) => p.name));
    out.people = [...(parent.people ?? []).filter((p) => !names.has(p.name)), ...(child.people ?? [])];
  }
  if (parent.dictionary || child.dictionary) out.dictionary = [...new Set([...(parent.dictionary ?? []), ...(child.dictionary ?? [])])];
  if (parent.artifactPatterns || child.artifactPatterns) out.artifactPatterns = [...(parent.artifactPatterns ?? []), ...(child.artifactPatterns ?? [])];
  if (parent.ignore || child.ignore) out.ignore = [...(parent.ignore ?? []), ...(child.ignore ?? [])];
  if (parent.suppressions || child.suppressions) out.suppressions = [...(parent.suppressions ?? []), ...(child.suppressions ?? [])];
  delete out.root;
  delete out.$schema;
  return out;
}

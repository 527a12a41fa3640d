// Spelling findings on the scraped corpus (../shared/corpus), per 1,000 words: every finding there is read
// by a person and, when it is a real word or a name, fixed in the tokenizer, the lexicon or the proper-noun
// logic. Prints counts and the remaining words to the terminal ONLY (the corpus belongs to its outlets;
// never commit its text):  npx tsx scripts/spelling-fp.ts [--rule spelling] [--all] [--dir FOLDER] [--count-only]
// --dir measures a folder of the project's own marked drafts instead (test/fixtures/outlets/tune, a names set; the
// markers are taken out first); --count-only prints the figure without the words, for held-out sets.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../src/core';
import { defaultRules } from '../src/rules';
import { loadSpellingSync } from '../src/spelling/node-loader';
import { installSpelling } from '../src/spelling/resources';

const dirArg = process.argv.indexOf('--dir');
const corpus = dirArg > 0 ? path.resolve(process.argv[dirArg + 1]) : path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const countOnly = process.argv.includes('--count-only');
/** A marked draft's text as the editor has it: "⟦kind|text⟧" markers stand around what they mark. */
const unmarked = (text: string): string => text.replace(/\u27e6[a-z-]+\|/g, '').replace(/\u27e7/g, '');
const ruleArg = process.argv.indexOf('--rule');
const ruleId = ruleArg > 0 ? process.argv[ruleArg + 1] : 'spelling';
const showAll = process.argv.includes('--all');

installSpelling(loadSpellingSync());
const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
let words = 0;
let findings = 0;
const counts = new Map<string, number>();
for (const file of files) {
  const text = unmarked(fs.readFileSync(path.join(corpus, file), 'utf8'));
  words += (text.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).length;
  // Artifacts (bylines, footers, related links) are another rule's business: count the body only, as an
  // editor reads it after Clean Article.
  const artifacts = check(text, { rules: defaultRules, only: { categories: ['artifact'] } });
  for (const f of check(text, { rules: defaultRules, only: { ruleIds: [ruleId] } })) {
    if (artifacts.some((a) => a.start <= f.start && a.end >= f.end)) continue;
    findings++;
    const key = ruleId === 'spelling' ? String(f.data?.word) : text.slice(f.start, f.end);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
console.log(`${ruleId}: ${findings} findings in ${words} words (${files.length} files) = ${((findings / words) * 1000).toFixed(2)} per 1,000 words`);
if (countOnly) process.exit(0);
const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log((showAll ? sorted : sorted.slice(0, 80)).map(([w, n]) => (n > 1 ? `${w} (${n})` : w)).join(', '));

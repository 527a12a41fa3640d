import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateDraft, Rng } from '../../bench/generate';
import { check, checkSteps, resolveRules, runRule } from '../../src/core/engine';
import { parseDraft } from '../../src/core/draft';
import { IncrementalChecker, isParagraphScoped, runByParagraph, splitParagraphs } from '../../src/core/incremental';
import type { Finding, RedaksiConfig, Rule } from '../../src/core/types';
import { defaultRules } from '../../src/rules';
import { useRealDictionary } from '../spelling/helpers';

const FIXTURES = join(__dirname, '..', 'fixtures');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

/** Every plain-text draft the project's fixtures hold (written for the tests, no corpus text). */
function fixtureDrafts(): { name: string; text: string }[] {
  const files = [join(FIXTURES, 'founding-article.txt'), ...filesUnder(join(FIXTURES, 'outlets')), ...filesUnder(join(FIXTURES, 'names'))];
  return files.map((f) => ({ name: f.slice(FIXTURES.length + 1), text: readFileSync(f, 'utf8') }));
}

function generatedDrafts(count: number, seed: number): { name: string; text: string }[] {
  const rng = new Rng(seed);
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) out.push({ name: `generated #${i}`, text: generateDraft(rng, 4 + rng.int(14), rng.int(5) === 0) });
  return out;
}

const paragraphRules = defaultRules.filter(isParagraphScoped);

/** Drafts written for this test with a slip for each paragraph-scoped rule, in several paragraphs. */
const PROBES = [
  'JAKARTA - Warga kota ,dan pendatang berkumpul di alun-alun.. Apapun yang terjadi ,mereka tetap datang.\n\n' +
    '"Kami datang untuk membantu." kata Ketua RT itu. Ia menambahkan ( tanpa ragu ) bahwa acara berlanjut...\n\n' +
    'Kata dia, semua sudah siap." Lalu ia pergi,, tanpa pamit.Setelah itu hujan turun.\n\n' +
    '"Ia bilang "jangan pulang" kepada kami," kata Budi. 5 orang datang terlambat.\n\n' +
    'Pertemuan itu di adakan di mana warga biasa berkumpul. Rumah rumah warga sepi sepi saja.',
  'Paragraf satu tanpa salah.\r\n\r\n"Sudah selesai" ujar petugas.. Bagaimanapun juga ,kita lanjut.\r\n\r\n"Semua warga sudah kami data" kata Lurah.\r\n\r\n' +
    'Dia bilang ((lagi)) bahwa hasilnya baik.\r\n \r\nKemudian "kata dia."\r\nSelesai.',
  '\ufeffBaca juga: Banjir di kota\n\nHujan turun ,deras sekali.. "Tidak ada" kata warga.\n\nIklan\n\nDia pergi ( cepat ).',
  // Directives: one line, and a block running over paragraphs (applied to the merged findings, as in a full check).
  'Warga datang ,pagi.\n<!-- redaksi-disable-next-line typography-repeated-word -->\nIni ini salah.\n\n' +
    '<!-- redaksi-disable quote -->\n"Kami siap" kata dia.\n\nLalu "ia bilang "pulang" saja," ujarnya.\n<!-- redaksi-enable quote -->\n\n' +
    'Rumah rumah sepi.. Apapun terjadi. Lihat https://contoh.id/a,b.',
  // A rule reading past its paragraph: "di mana" after an asking verb that ends the paragraph before.
  'Warga terus bertanya\n\nRumah di mana mereka tinggal sudah rusak.\n\nSemua tahu\n\nIa di mana pun aman.',
];

/** Seeded variants of a draft: letters, spaces, quotation marks and line breaks inserted or removed. */
function variants(text: string, count: number, rng: Rng): string[] {
  const out: string[] = [];
  const bits = ['"', ' ', ',', '.', '\n', '\n\n', 'a', '(', ')', '\u201c', '\u201d'];
  let t = text;
  for (let i = 0; i < count; i++) {
    const at = rng.int(t.length + 1);
    t = rng.int(3) ? t.slice(0, at) + rng.pick(bits) + t.slice(at) : t.slice(0, at) + t.slice(at + 1);
    out.push(t);
  }
  return out;
}

describe('incremental checking (src/core/incremental.ts)', () => {
  useRealDictionary();
  const drafts = fixtureDrafts();
  const generated = generatedDrafts(50, 20261207);
  const probeRng = new Rng(11);
  const probes = PROBES.flatMap((text, i) => [text, ...variants(text, 40, probeRng)].map((t, j) => ({ name: `probe ${i} variant ${j}`, text: t })));
  // The same paragraphs in reverse order: each one is once at the start of a draft and once after others.
  const reversed = [...drafts, ...generated, ...probes].map(({ name, text }) => ({
    name: `${name} reversed`,
    text: splitParagraphs(text).map((p) => text.slice(p.start, p.end)).reverse().join('\n\n'),
  }));

  it('marks some rules paragraph-scoped, never the document-level ones', () => {
    const ids = paragraphRules.map((r) => r.meta.id);
    assert.ok(ids.length >= 10, ids.join(', '));
    for (const id of ['structure-dateline', 'quote-style', 'quote-unclosed', 'typography-repeated-sentence', 'non-standard-word', 'di-preposition', 'spelling']) {
      assert.ok(!ids.includes(id), id);
    }
    assert.ok(drafts.length > 50, `only ${drafts.length} fixture drafts`);
  });

  it('splits paragraphs at blank lines (LF, CRLF, CR, lines of spaces)', () => {
    const text = 'a b\nc\n\n \t\r\nd\r\n\re\rf\n\n';
    assert.deepEqual(splitParagraphs(text).map((p) => text.slice(p.start, p.end)), ['a b\nc', 'd', 'e\rf']);
    assert.deepEqual(splitParagraphs(''), []);
    assert.deepEqual(splitParagraphs('\n\n x'), [{ start: 2, end: 4 }]);
  });

  // The proof behind `scope: 'paragraph'`: each such rule, run on every paragraph alone with the page junk
  // inside it, finds exactly what it finds on the whole draft.
  for (const rule of paragraphRules) {
    it(`${rule.meta.id}: paragraph by paragraph equals the whole draft`, () => {
      let total = 0;
      for (const { name, text } of [...drafts, ...generated, ...probes, ...reversed]) {
        const draft = parseDraft(text);
        let whole: Finding[] = [];
        let byParagraph: Finding[] = [];
        const active = resolveRules([rule], {})[0];
        const env = { config: {}, trusted: true };
        // The engine's own page junk (all artifact rules on the whole draft), caught in the rule's step.
        const steps = checkSteps(draft, {
          rules: [...defaultRules.filter((r) => r.meta.category === 'artifact'), rule],
          only: { ruleIds: [rule.meta.id] },
          precomputed: new Map([[rule.meta.id, (pageJunk) => {
            whole = runRule(draft, active, env, pageJunk);
            byParagraph = runByParagraph(text, splitParagraphs(text), active, env, pageJunk());
            return whole;
          }]]),
        });
        while (!steps.next().done);
        assert.deepEqual(byParagraph, whole, `${rule.meta.id} on ${name}`);
        total += whole.length;
      }
      // The proof means something only where the rule finds something.
      assert.ok(total > 0, `${rule.meta.id} found nothing`);
    });
  }

  it('equals a full check on every fixture draft, 50 generated drafts and the probes', function () {
    // Four checks of each of the 800-odd fixture drafts (about 25 s on two busy cores), growing with every new
    // set: a behaviour test, so its limit is generous rather than the suite's 20 s.
    this.timeout(180_000);
    for (const { name, text } of [...drafts, ...generated, ...probes, ...reversed]) {
      const inc = new IncrementalChecker();
      const full = check(text, { rules: defaultRules });
      assert.deepEqual(inc.check(text, { rules: defaultRules }), full, name);
      // Again from the cache: the same findings, and the cache's objects are not handed out.
      const again = inc.check(text, { rules: defaultRules });
      assert.deepEqual(again, full, `${name} (cached)`);
      for (const f of again) {
        f.start = -1;
        f.fixes.length = 0;
        if (f.data) f.data.x = 'mutated';
      }
      assert.deepEqual(inc.check(text, { rules: defaultRules }), full, `${name} (after the caller mutated the findings)`);
    }
  });

  it('equals a fresh full check after every one of a seeded sequence of edits', () => {
    const rng = new Rng(77);
    const snippets = ['a', 'e', ' ', '"', '\u201c', '\u201d', "'", '\n\n', '\n', '\r\n', '\r\n\r\n', ',', '.', '..', '(', ')', 'di', ' yang yang', '\u00a0', '\t'];
    const inc = new IncrementalChecker();
    let runs = 0;
    for (const start of [drafts[0].text, ...generated.slice(0, 3).map((g) => g.text), PROBES[0]]) {
      let text = start;
      for (let step = 0; step < 60; step++) {
        const at = rng.int(text.length + 1);
        const kind = rng.int(8);
        if (kind <= 2) text = text.slice(0, at) + rng.pick(snippets) + text.slice(at);
        else if (kind === 3) text = text.slice(0, at) + text.slice(at + 1 + rng.int(3));
        else if (kind === 4) {
          // Join two paragraphs (remove a blank line) or split one (add a blank line).
          const blank = text.indexOf('\n\n', at);
          text = blank >= 0 ? text.slice(0, blank) + ' ' + text.slice(blank + 2) : text.slice(0, at) + '\n\n' + text.slice(at);
        } else if (kind === 5) {
          // Paste a paragraph twice.
          const ps = splitParagraphs(text);
          if (ps.length) {
            const p = rng.pick(ps);
            const para = text.slice(p.start, p.end);
            text = text.slice(0, p.end) + '\n\n' + para + '\n\n' + para + text.slice(p.end);
          }
        } else if (kind === 6) text = text.replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n');
        else text = text.slice(0, at) + text.slice(at).replace(/[^\n]*\n?/, '');
        const options = { rules: defaultRules };
        assert.deepEqual(inc.check(text, options), check(text, options), `after edit ${step} (seeded), text length ${text.length}`);
        runs++;
      }
    }
    assert.equal(runs, 300);
  });

  it('runs the paragraph-scoped rules only on paragraphs that changed; a config change re-runs everything', () => {
    const rng = new Rng(5);
    const text = generateDraft(rng, 12);
    const paragraphs = splitParagraphs(text);
    assert.ok(paragraphs.length >= 12);
    const inc = new IncrementalChecker();
    const options = { rules: defaultRules, config: { rules: {} } as RedaksiConfig };
    // The first check: every paragraph is new, so each paragraph-scoped rule runs once on the whole draft.
    assert.deepEqual(inc.check(text, options), check(text, options));
    assert.equal(inc.stats.wholeDraftRuns, paragraphRules.length);
    assert.equal(inc.stats.paragraphsParsed, 0);
    assert.equal(inc.stats.ruleRuns, 0);
    // One letter typed in the third paragraph: that paragraph alone is parsed and checked again.
    const at = paragraphs[2].start + 3;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    assert.deepEqual(inc.check(edited, { ...options, config: { rules: {} } }), check(edited, options));
    assert.equal(inc.stats.paragraphsParsed, 1);
    assert.equal(inc.stats.ruleRuns, paragraphRules.length);
    assert.equal(inc.stats.wholeDraftRuns, paragraphRules.length);
    // A different configuration: every paragraph again (on the whole draft).
    const config: RedaksiConfig = { rules: { 'typography-ellipsis': 'error' } };
    assert.deepEqual(inc.check(edited, { ...options, config }), check(edited, { ...options, config }));
    assert.equal(inc.stats.wholeDraftRuns, 2 * paragraphRules.length);
    assert.equal(inc.stats.paragraphsParsed, 1);
    // Markdown and one-paragraph drafts take the full path.
    inc.check(edited, { ...options, config, format: 'markdown' });
    inc.check('Satu paragraf saja.', { ...options, config });
    assert.equal(inc.stats.fullChecks, 2);
  });

  it('keeps only the last check\'s paragraphs', () => {
    const inc = new IncrementalChecker();
    const options = { rules: defaultRules };
    inc.check('Paragraf pertama.\n\nParagraf kedua.', options);
    inc.check('Paragraf ketiga.\n\nParagraf keempat.', options);
    const before = inc.stats.wholeDraftRuns;
    inc.check('Paragraf pertama.\n\nParagraf kedua.', options);
    assert.equal(inc.stats.wholeDraftRuns, before + paragraphRules.length, 'nothing of the first check was kept');
  });

  it('a rule that throws on a paragraph is reported like a rule that throws on the draft', () => {
    const boom: Rule = {
      meta: { id: 'test-boom', category: 'usage', scope: 'paragraph', defaultSeverity: 'warning', fixable: false, description: { id: 'x', en: 'x' }, messages: { m: { id: 'x', en: 'x' } } },
      check(ctx) {
        if (ctx.draft.text.includes('meledak')) throw new Error('boom');
        // Paragraph-local, as the scope promises: every "aman".
        for (const m of ctx.draft.text.matchAll(/aman/giu)) ctx.report({ start: m.index, end: m.index + 4, messageId: 'm' });
      },
    };
    const errors: string[] = [];
    const options = { rules: [boom], onRuleError: (id: string) => errors.push(id) };
    assert.deepEqual(new IncrementalChecker().check('Aman.\n\nIni meledak.', options), []);
    assert.deepEqual(errors, ['test-boom']);
    assert.deepEqual(new IncrementalChecker().check('Aman.\n\nJuga aman.', options).map((f) => f.start), [0, 12]);
  });
});

// typography-irregular-whitespace: white space a reader cannot see but an editor must clean: non-breaking and
// other special spaces (U+00A0 left by the web page: "Beijing\u00a0 -"), runs of several spaces, tabs, spaces
// at the end of a line, and invisible characters inside the text (zero-width space, a byte-order mark that
// is not at the start). Indentation at the start of a line is left alone, and so are a Markdown hard break
// (two spaces at the end of a line) and Markdown tables.
import type { Rule, RuleContext } from '../../core/types';
import { outOfScope } from './lib/scope';

// Any run worth looking at: a special space, a tab, two spaces, or a space before a line end.
const CANDIDATE = /[\t\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]| {2}| (?=\r?\n|$)/g;
const INVISIBLE = new Set([0x200b, 0x2060, 0xfeff]);

function isRunCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f ||
    c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

function hex(c: number): string {
  return 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
}

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const markdown = draft.format === 'markdown';
  const skip = outOfScope(ctx);
  CANDIDATE.lastIndex = draft.bom ? 1 : 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    let s = m.index;
    let e = s;
    while (s > 0 && isRunCode(text.charCodeAt(s - 1)) && !(s - 1 === 0 && draft.bom)) s--;
    while (e < text.length && isRunCode(text.charCodeAt(e))) e++;
    CANDIDATE.lastIndex = e;
    const before = s > 0 ? text.charCodeAt(s - 1) : 10;
    const after = e < text.length ? text.charCodeAt(e) : 10;
    const atLineStart = before === 10 || before === 13 || (s === 1 && draft.bom);
    const atLineEnd = after === 10 || after === 13;
    // A run touching page junk goes with it when the artifact is removed.
    if (skip(Math.max(0, s - 1), Math.min(text.length, e + 1))) continue;
    const run = text.slice(s, e);
    let special = -1;
    let tab = false;
    let invisible = true;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c === 9) tab = true;
      else if (c !== 32 && special < 0) special = c;
      if (!INVISIBLE.has(c)) invisible = false;
    }
    if (atLineEnd) {
      if (atLineStart && run.length > 0 && markdown) continue;
      // Markdown: two or more spaces before a line break are a hard line break.
      if (markdown && /^ {2,}$/.test(run) && !atLineStart) continue;
      ctx.report({ start: s, end: e, messageId: 'trailing', fixes: [{ messageId: 'removeSpaces', safe: true, edits: [{ start: s, end: e, text: '' }] }] });
      continue;
    }
    if (atLineStart) {
      // Indentation (code, lists, quoted lines) is layout; only special characters in it are reported.
      if (special < 0 || markdown) continue;
    }
    if (markdown && text.charCodeAt(draft.lineAt(s).start) === 0x7c /* | table */) continue;
    // Inside a word a zero-width space or joiner goes; elsewhere the run becomes one plain space.
    const replacement = invisible ? '' : atLineStart ? run.replace(/[^\t ]/g, '') : ' ';
    if (replacement === run) continue;
    const messageId = invisible ? 'invisible' : special >= 0 ? 'specialSpace' : tab ? 'tab' : 'multipleSpaces';
    // Removing an invisible character between two letters joins what the parser read as two words: the
    // reader may have meant a space there, so that fix is only a suggestion.
    const safe = !(invisible && s > 0 && e < text.length && !isRunCode(before) && before !== 10 && before !== 13 && !isRunCode(after) && after !== 10 && after !== 13);
    ctx.report({
      start: s,
      end: e,
      messageId,
      data: special >= 0 ? { char: hex(special) } : { count: run.length },
      // A lone non-breaking space between two words is kept on purpose by some writers: a hint, not a warning.
      ...(messageId === 'specialSpace' && run.length === 1 ? { severity: 'info' as const } : {}),
      fixes: [{ messageId: replacement === '' ? 'removeSpaces' : 'oneSpace', safe, edits: [{ start: s, end: e, text: replacement }] }],
    });
  }
}

export const typographyIrregularWhitespace: Rule = {
  meta: {
    id: 'typography-irregular-whitespace',
    category: 'typography',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Spasi tak biasa: spasi tak-putus (U+00A0), spasi ganda, tab, spasi di akhir baris, karakter tak terlihat.',
      en: 'Irregular white space: non-breaking spaces (U+00A0), several spaces, tabs, trailing spaces, invisible characters.',
    },
    rationale: {
      id: 'Kata dipisahkan satu spasi biasa. Spasi tak-putus dan karakter tak terlihat terbawa dari halaman web dan mengganggu pencarian, penyuntingan, dan tata letak.',
      en: 'Words are separated by one plain space. Non-breaking spaces and invisible characters come from web pages and disturb search, editing and layout.',
    },
    messages: {
      specialSpace: { id: 'Spasi khusus {char} (mis. spasi tak-putus dari halaman web).', en: 'Special space {char} (e.g. a non-breaking space from the web page).' },
      multipleSpaces: { id: '{count} spasi berturut-turut.', en: '{count} spaces in a row.' },
      tab: { id: 'Tab di dalam teks.', en: 'Tab inside the text.' },
      trailing: { id: 'Spasi di akhir baris.', en: 'Trailing space at the end of the line.' },
      invisible: { id: 'Karakter tak terlihat di dalam teks.', en: 'Invisible character inside the text.' },
      oneSpace: { id: 'Ganti dengan satu spasi biasa', en: 'Replace with one plain space' },
      removeSpaces: { id: 'Hapus spasi', en: 'Remove the spaces' },
    },
  },
  check,
};

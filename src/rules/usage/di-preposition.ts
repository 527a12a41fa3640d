// di-preposition (EYD V, kata depan): "di" as a preposition is written apart ("di rumah", "di antara"), as a
// prefix joined ("disimpan"). Reports:
//   - joined: "dirumah" -> "di rumah" (the word after "di" is a place word in di-preposition.json; safe);
//   - apart:  "di simpan" -> "disimpan" (the joined form is a dictionary word, the second word is a verb
//     root (its meN- form is a word too) and not a place or time word; a suggestion, not a safe fix);
//   - time:   "di tahun 2025" -> "pada tahun 2025" (before a time expression the preposition is "pada");
//   - "di mana" as a relative pronoun inside a statement: an info hint ("tempat", "yang"); never a question
//     ("tidak tahu di mana", "siapa, kapan, di mana", "di mana pun").
import { tokenLowerTexts } from '../../core/draft';
import type { Draft, Rule, RuleContext, Token } from '../../core/types';
import { spellingResources } from '../../spelling/resources';
import { nasalPrefix } from '../../spelling/suggest';
import type { WordStore } from '../../spelling/word-store';
import { isUpper } from '../lib/text';
import { blanksOnly, wordAfter } from '../lib/tokens';
import { keepCase } from './lib/case';
import { joinedPlace } from './lib/covered';
import data from './di-preposition.json';

const PLACES = new Set(data.places);
const TIME = new Set(data.time);
const APART_NOUNS = new Set(data.apartNouns);
const QUESTION_WORDS = new Set(data.questionWords);
const ASKING_VERBS = new Set(data.askingVerbs);
const INDEFINITE_AFTER = new Set(data.indefiniteAfter);

/**
 * "di mana" at token i asks a question rather than joining a clause: "di mana pun", "di mana saja", a list of
 * question words ("siapa, kapan, di mana"), or a verb of knowing or asking up to three words before it ("tidak
 * tahu lagi di mana", "menanyakan di mana").
 */
function asksWhere(draft: Draft, keys: readonly string[], i: number): boolean {
  const { tokens } = draft;
  const after = tokens[i + 2];
  if (after && after.kind === 'word' && INDEFINITE_AFTER.has(keys[i + 2])) return true;
  let words = 0;
  for (let k = i - 1; k >= 0 && words < 3; k--) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (t.text !== ',') return false;
      continue;
    }
    if (t.kind !== 'word') return false;
    if (words === 0 && QUESTION_WORDS.has(keys[k])) return true;
    if (ASKING_VERBS.has(keys[k])) return true;
    words++;
  }
  return false;
}
/** The token right after token i when only blanks stand between them. */
function next(draft: Draft, i: number): Token | undefined {
  const t = draft.tokens[i];
  const n = draft.tokens[i + 1];
  return n && blanksOnly(draft.text, t.end, n.start) ? n : undefined;
}

/** Index of the sentence holding the offset (the sentences are sorted). */
function sentenceAt(draft: Draft, offset: number, from: number): number {
  let s = from;
  while (s < draft.sentences.length && draft.sentences[s].end <= offset) s++;
  return s;
}

/**
 * A noun in -an over a root of four letters or more ("jaringan", "urutan", "pegangan", "bagiannya"): di- never
 * takes -an, so "di jaringan" is the preposition before a noun, whatever the word list says of "dijaringan".
 * (A root in -an itself, "di makan", has a shorter stem: "mak".)
 */
function anNoun(word: string, words: WordStore): boolean {
  const w = word.replace(/(?:nya|ku|mu)$/, '');
  return w.endsWith('an') && !w.endsWith('kan') && w.length - 2 >= 4 && words.has(w.slice(0, -2));
}

/** The token after token j is a capitalised word with blanks only before it. */
function capitalisedNext(draft: Draft, j: number): boolean {
  const k = wordAfter(draft, j);
  return k >= 0 && isUpper(draft.tokens[k].text[0]);
}

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { tokens, text } = draft;
  const words = spellingResources()?.words;
  const keys = tokenLowerTexts(draft);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (keys[i] !== 'di') {
      const place = joinedPlace(t.text);
      if (place !== undefined && !draft.isSkipped(t.start, t.end)) {
        const fixed = keepCase(t.text, `di ${place}`);
        ctx.report({
          start: t.start, end: t.end, messageId: 'joined', data: { word: t.text, fixed },
          fixes: [{ messageId: 'split', data: { fixed }, edits: [{ start: t.start, end: t.end, text: fixed }], safe: true }],
        });
      }
      continue;
    }
    const n = next(draft, i);
    if (!n || n.kind !== 'word' || draft.isSkipped(t.start, n.end)) continue;
    const after = keys[i + 1]; // n is the next token
    // "di Pekan Olahraga Nasional", "di Waktu Senja": a capitalised time word opening a name or title.
    if (TIME.has(after) && !(isUpper(n.text[0]) && capitalisedNext(draft, i + 1))) {
      const pada = keepCase(t.text, 'pada');
      ctx.report({
        start: t.start, end: n.end, messageId: 'time', data: { phrase: text.slice(t.start, n.end), pada },
        fixes: [{ messageId: 'usePada', data: { pada }, edits: [{ start: t.start, end: t.end, text: pada }], safe: false }],
      });
    } else if (after === 'mana') {
      s = sentenceAt(draft, t.start, s);
      const sentence = draft.sentences[s];
      if (!sentence) continue;
      const body = text.slice(sentence.start, sentence.end).trimEnd();
      const opens = text.slice(sentence.start, t.start).trim() === '';
      if (!opens && !body.endsWith('?') && /[\p{L},]$/u.test(text.slice(sentence.start, t.start).trimEnd()) && !asksWhere(draft, keys, i)) {
        ctx.report({ start: t.start, end: n.end, messageId: 'relative', severity: 'info' });
      }
    } else if (words && n.text === after && !PLACES.has(after) && !APART_NOUNS.has(after) && after.length > 2 && !anNoun(after, words) && words.has(`di${after}`) && words.has(nasalPrefix('me', after))) {
      const joined = keepCase(t.text, `di${after}`);
      ctx.report({
        start: t.start, end: n.end, messageId: 'apart', data: { phrase: text.slice(t.start, n.end), joined },
        fixes: [{ messageId: 'join', data: { joined }, edits: [{ start: t.end, end: n.start, text: '' }], safe: false }],
      });
    }
  }
}

export const diPreposition: Rule = {
  meta: {
    id: 'di-preposition',
    category: 'usage',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: '"di" sebagai kata depan ditulis terpisah, sebagai awalan disambung; "pada" untuk keterangan waktu.',
      en: '"di" as a preposition is written apart, as a prefix joined; "pada" before time expressions.',
    },
    rationale: {
      id: 'EYD Edisi V: kata depan di, ke, dan dari ditulis terpisah dari kata yang mengikutinya; awalan di- ditulis serangkai.',
      en: 'EYD (fifth edition): the prepositions di, ke and dari are written apart from the next word; the prefix di- is joined.',
    },
    messages: {
      joined: { id: '"{word}": kata depan "di" ditulis terpisah ("{fixed}").', en: '"{word}": the preposition "di" is written apart ("{fixed}").' },
      split: { id: 'Pisahkan: "{fixed}"', en: 'Write apart: "{fixed}"' },
      apart: { id: '"{phrase}": awalan di- ditulis serangkai ("{joined}").', en: '"{phrase}": the prefix di- is joined to the verb ("{joined}").' },
      join: { id: 'Sambung: "{joined}"', en: 'Join: "{joined}"' },
      time: { id: '"{phrase}": sebelum keterangan waktu gunakan "{pada}".', en: '"{phrase}": use "{pada}" before a time expression.' },
      usePada: { id: 'Ganti dengan "{pada}"', en: 'Replace with "{pada}"' },
      relative: {
        id: '"di mana" sebagai kata penghubung: pertimbangkan "tempat", "yang", atau kalimat baru.',
        en: '"di mana" used as a relative pronoun: consider "tempat", "yang" or a new sentence.',
      },
    },
  },
  check,
};

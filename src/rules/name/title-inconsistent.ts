// title-inconsistent: one person, two forms of the same office ("Presiden China Xi Jinping" then "Presiden
// Tiongkok Xi Jinping"; "Menlu AS" then "Menteri Luar Negeri AS"). The forms are compared after expanding
// the office abbreviation and folding qualifier synonyms (data/words.json), so dropping the country in a
// later mention ("Presiden Xi") is not an inconsistency. Another rung of the same ladder for the same person
// ("Kapolsek ... Arif", later "Kapolres Arif"; data/offices.json officeFamilies), another post of one unit
// ("Direktur PT ...", later "Manajer Pemasaran PT ..."), another place of one office, or a portfolio cut at "dan"
// ("Menteri Hukum", later "Menkumham") is reported the same way; so is another kind of unit with the same number and
// place ("mantan Kepala SMP Negeri 2 X", later "Kepala SMA Negeri 2 X"), even after "mantan".
// The first form is the suggestion; the people
// register's `title` wins when it has the same office, and only then is the fix safe.
// Option `appositionCommas` ('any' | 'always' | 'never') checks how introductions are punctuated.
import type { Fix, Rule, RuleContext } from '../../core/types';
import { BECOMES_BEFORE, FORMER_BEFORE } from './lib/lexicon';
import { canonicalOffice, provincesFolded, titleKey } from './lib/office-forms';
import { anotherOffice, heldOffice, neighbourRanks, rankKey } from './lib/office-relations';
import { kindSlip } from './lib/unit-posts';
import type { Mention } from './lib/mention';
import { analysePeople } from './lib/people';
import { declaredShortForm, introductionOf, sameName } from './lib/person';
import type { Person } from './lib/person';
import { officeText, RELATED_MESSAGES, relatedFor } from './lib/related';

export interface TitleInconsistentOptions {
  /** 'consistent': an office abbreviation and its full form count as two forms ("Menlu"/"Menteri Luar Negeri"). */
  abbreviations: 'consistent' | 'allow';
  /** How an introduction separates office and name: "Presiden China, Xi Jinping," ('always') or not ('never'). */
  appositionCommas: 'any' | 'always' | 'never';
}

/** An office form with its abbreviation expanded, as written otherwise ("Menlu AS" -> "menteri luar negeri as"). */
function expanded(surface: string): string {
  const [first, ...rest] = surface.split(' ');
  return `${canonicalOffice(first)} ${rest.join(' ')}`.toLowerCase().trim();
}

const REGION_TAIL = /(?:, (?:Kabupaten|Kota|Provinsi|Kecamatan) [^,]*)+$/u;

function officeSpan(m: Mention): { start: number; end: number } {
  return { start: m.office!.start, end: (m.qualifier ?? m.office)!.end };
}

/** "mantan Wakil Bupati ..., kini Bupati ...": an office in another time than the present post. */
function otherTime(m: Mention): boolean {
  return m.before !== undefined && FORMER_BEFORE.has(m.before);
}

/** How far past an introduction its sentence is read for the new post it announces. */
const BECOMES_REACH = 160;

/**
 * "RUPSLB ... mengangkat Direktur Keuangan Lestiani Wibowo menjadi direktur utama", later "Direktur Utama Lestiani":
 * the reference's own sentence gives the person the later office ("menjadi", "sebagai" and that office), so the
 * draft announced the change; the later form is the new post, not a slip.
 */
function announcedPost(text: string, reference: Mention, m: Mention): boolean {
  let end = Math.min(text.length, reference.end + BECOMES_REACH);
  const stop = text.indexOf('\n', reference.end);
  if (stop >= 0 && stop < end) end = stop;
  const sentence = text.slice(reference.end, end).toLowerCase();
  const office = m.office!.text.toLowerCase();
  for (const w of BECOMES_BEFORE) {
    const at = sentence.indexOf(`${w} ${office}`);
    if (at >= 0 && !sentence.slice(0, at).includes('. ')) return true;
  }
  return false;
}

function firstOffice(mentions: readonly Mention[]): Mention | undefined {
  for (const m of mentions) if (m.office) return m;
  return undefined;
}

/**
 * The person's mentions with the office written in apposition after a bare full name ("Helena Pattinama, Direktur
 * RSUD X, mengatakan") in its place: that office is the introduction's, so a later "Wakil Direktur Helena" is
 * another rung of it. The list itself when no introduction is written so.
 */
function withAppositionOffices(mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const o = mentions[i].introducedBy;
    if (!o) continue;
    out ??= mentions.slice(0, i + 1);
    out.push(o);
    for (let j = i + 1; j < mentions.length; j++) {
      out.push(mentions[j]);
      const later = mentions[j].introducedBy;
      if (later) out.push(later);
    }
    break;
  }
  return out ?? mentions;
}

function checkTitles(ctx: RuleContext<TitleInconsistentOptions>): void {
  const { draft } = ctx;
  const opts = ctx.options;
  const { people } = analysePeople(draft, ctx.env.config, ctx.pageJunk());
  for (const p of people) {
    const mentions = withAppositionOffices(p.mentions);
    // The first mention of each office form (abbreviation expanded, qualifier synonyms folded) is the reference.
    const references = new Map<string, Mention>();
    const registerTitle = p.register?.title;
    // One office mention (most people) cannot be inconsistent unless the register names the title.
    let offices = 0;
    let ranks = 0;
    for (const m of mentions) {
      if (m.office) offices++;
      if (m.rank) ranks++;
    }
    const first = firstOffice(mentions);
    for (const m of offices < (registerTitle ? 1 : 2) ? [] : mentions) {
      if (!m.office) continue;
      const key = titleKey(m.office.text, m.qualifier?.text ?? '');
      const registered = registerTitle !== undefined && titleKey(registerTitle, '') === key;
      let reference = references.get(key);
      if (!reference) references.set(key, m);
      // Another rung of the same ladder ("Kapolsek Tegalrejo ... Arif", later "Kapolres Arif"): the first office.
      // Another post of the same unit ("Kepala Dinas Perdagangan ...", later "Sekretaris Dinas Perdagangan").
      if (!reference && !registered && first && first !== m && !otherTime(m) &&
          ((!otherTime(first) && anotherOffice(heldOffice(first.office!.text, first.before), first.qualifier?.text ?? '', m.office.text, m.qualifier?.text ?? '')) ||
           kindSlip(first.office!.text, first.qualifier?.text ?? '', m.office.text, m.qualifier?.text ?? '')) &&
          !declaredShortForm(draft.text, first.qualifier?.text ?? '', m.qualifier?.text ?? '')) reference = first;
      if ((!reference && !registered) || m.quoted) continue;
      // A region the reference wrote in apposition ("Kepala SMP Negeri 2 X, Kabupaten Y, Nama") is not repeated.
      const preferred = registered ? registerTitle : officeText(reference!).replace(REGION_TAIL, '');
      const compare = (x: string) => (opts.abbreviations === 'allow' ? expanded(x) : x.toLowerCase());
      const surface = officeText(m);
      if (compare(surface) === compare(preferred)) continue;
      // "Ketua ... Kalimantan Timur", later "Ketua ... Kaltim": a province's name and its short form are one place.
      if (provincesFolded(compare(surface)) === provincesFolded(compare(preferred))) continue;
      if (!registered && announcedPost(draft.text, reference!, m)) continue;
      const span = officeSpan(m);
      const fixes: Fix[] = [{ messageId: 'useForm', data: { form: preferred }, edits: [{ ...span, text: preferred }], safe: preferred === registerTitle }];
      ctx.report({
        start: span.start,
        end: span.end,
        messageId: 'inconsistent',
        data: { form: surface, first: preferred, name: (p.fullest ?? m).name!.text },
        fixes,
        related: relatedFor(p, m, reference ?? p.mentions[0]),
      });
    }
    if (ranks > 1) checkRanks(ctx, p);
    if (opts.appositionCommas !== 'any') checkApposition(ctx, p.mentions, introductionOf(p));
  }
}

/**
 * One person under two ranks ("Kapolres Garut AKBP Rudi Hartono", later "AKP Rudi Hartono"): a mention with the
 * full name is compared with any rank; a short name only under a neighbouring rank ("Ipda Bagus Prasetyo", later
 * "Iptu Bagus"; offices.json rankLadders), since a short name under a distant rank may be another officer
 * (lib/person-grouping.ts keeps most of those apart). The first rank is the suggestion.
 */
function checkRanks(ctx: RuleContext<TitleInconsistentOptions>, p: Person): void {
  let first: Mention | undefined;
  for (const m of p.mentions) {
    if (!m.rank) continue;
    if (!first) {
      first = m;
      continue;
    }
    if (m.quoted || otherTime(m) || rankKey(m.rank.text) === rankKey(first.rank!.text)) continue;
    if (!sameName(m, p) && !(neighbourRanks(m.rank.text, first.rank!.text) && shortForm(m, p))) continue;
    const preferred = first.rank!.text;
    ctx.report({
      start: m.rank.start,
      end: m.rank.end,
      messageId: 'rankInconsistent',
      data: { form: m.rank.text, first: preferred, name: (p.fullest ?? m).name!.text },
      fixes: [{ messageId: 'useForm', data: { form: preferred }, edits: [{ start: m.rank.start, end: m.rank.end, text: preferred }], safe: false }],
      related: relatedFor(p, m, first),
    });
  }
}

/** The mention's name is a shorter part of the person's full name ("Bagus" of "Bagus Prasetyo"). */
function shortForm(m: Mention, p: Person): boolean {
  const keys = m.name?.groupKeys;
  if (!keys || keys.length >= p.keys.length) return false;
  for (const k of keys) if (!p.keys.includes(k)) return false;
  return true;
}

function checkApposition(ctx: RuleContext<TitleInconsistentOptions>, mentions: readonly Mention[], intro: Mention | undefined): void {
  if (!intro || !intro.office || !intro.qualifier || !intro.name || intro.quoted) return;
  const { text } = ctx.draft;
  const want = ctx.options.appositionCommas === 'always';
  if (want === intro.apposition) return;
  const nameEnd = intro.name.end;
  const after = text[nameEnd];
  let fix: Fix;
  if (want) {
    const closing = after === ',' || after === '.' || after === undefined ? '' : ',';
    fix = { messageId: 'addCommas', edits: [{ start: intro.qualifier.end, end: intro.qualifier.end, text: ',' }, ...(closing ? [{ start: nameEnd, end: nameEnd, text: closing }] : [])], safe: false };
  } else {
    const comma = text.indexOf(',', intro.qualifier.end);
    const edits = [{ start: comma, end: comma + 1, text: '' }];
    if (intro.editEnd > nameEnd) edits.push({ start: intro.editEnd - 1, end: intro.editEnd, text: '' });
    fix = { messageId: 'removeCommas', edits, safe: false };
  }
  void mentions;
  ctx.report({ start: intro.start, end: intro.end, messageId: want ? 'appositionMissing' : 'appositionUnwanted', data: { name: intro.name.text }, fixes: [fix] });
}

export const titleInconsistent: Rule<TitleInconsistentOptions> = {
  meta: {
    id: 'title-inconsistent',
    category: 'name',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      id: 'Satu orang diberi dua bentuk jabatan yang sama ("Presiden China" lalu "Presiden Tiongkok"; "Menlu" lalu "Menteri Luar Negeri").',
      en: 'One person is given two forms of the same office ("Presiden China" then "Presiden Tiongkok"; "Menlu" then "Menteri Luar Negeri").',
    },
    rationale: {
      id: 'Satu orang, satu bentuk jabatan di seluruh artikel; bentuk yang berganti-ganti terbaca seperti dua orang atau dua jabatan.',
      en: 'One person, one office form across the article; switching forms reads like two people or two offices.',
    },
    messages: {
      inconsistent: {
        id: 'Jabatan {name} ditulis "{form}", sebelumnya "{first}".',
        en: '{name}\'s office is written "{form}"; earlier "{first}".',
      },
      rankInconsistent: {
        id: 'Pangkat {name} ditulis "{form}", sebelumnya "{first}".',
        en: '{name}\'s rank is written "{form}"; earlier "{first}".',
      },
      useForm: { id: 'Ganti dengan "{form}"', en: 'Replace with "{form}"' },
      appositionMissing: {
        id: 'Perkenalan {name} tanpa koma aposisi; gaya redaksi: "Jabatan, Nama,".',
        en: 'The introduction of {name} has no apposition commas; house style: "Office, Name,".',
      },
      appositionUnwanted: {
        id: 'Perkenalan {name} memakai koma aposisi; gaya redaksi: "Jabatan Nama".',
        en: 'The introduction of {name} uses apposition commas; house style: "Office Name".',
      },
      addCommas: { id: 'Tambahkan koma aposisi', en: 'Add the apposition commas' },
      removeCommas: { id: 'Hapus koma aposisi', en: 'Remove the apposition commas' },
      ...RELATED_MESSAGES,
    },
    defaultOptions: { abbreviations: 'consistent', appositionCommas: 'any' },
    optionsSchema: {
      type: 'object',
      properties: {
        abbreviations: { enum: ['consistent', 'allow'] },
        appositionCommas: { enum: ['any', 'always', 'never'] },
      },
      additionalProperties: false,
    },
  },
  check: checkTitles,
};

// A mention as the mention finder (mentions.ts) records it: an office, rank or honorific with the name after it, or
// a bare name, with where it stands (a sentence's start, an apposition, a quotation, a page artifact); the draft's
// capitalised runs between mentions; and what one scan of the draft hands on to people.ts.
import type { Span } from '../../../core/types';

export interface NameSpan extends Span {
  /** The name as written, spaces normalised ("Xi Jinping", "Sri Sultan Hamengku Buwono X"). */
  text: string;
  /** Lowercase keys of the name's parts, without particles ("bin") ["xi", "jinping"]. */
  keys: string[];
  /** Span of each part, in order, aligned with `keys` (for edits and variant findings). */
  parts: Span[];
  /** Grouping keys aligned with `parts` (spelling keys with one-letter slips folded), set by people.ts. */
  groupKeys?: string[];
}

export interface Mention extends Span {
  /** Position in the draft's mention list (text order). */
  index: number;
  kind: 'office' | 'rank' | 'honorific' | 'bare';
  /** The office phrase with its modifiers ("Wakil Presiden", "Menlu", "Kapolsek"), if any. */
  office?: Span & { text: string };
  /** The country, region, institution or field after the office ("China", "Luar Negeri China", "Genuk"). */
  qualifier?: Span & { text: string };
  rank?: Span & { text: string };
  name?: NameSpan;
  /** "Presiden China, Xi Jinping,": a comma between office and name. */
  apposition: boolean;
  /** Where an edit replacing the mention should end (past the closing apposition comma, if any). */
  editEnd: number;
  /** The office is followed by a comma and no name (title-missing-name looks at what follows). */
  commaAfterOffice: number;
  /** The mention opens a sentence, or follows a comma. */
  sentenceStart: boolean;
  /** Lowercase word before the mention ("para", "seorang"), if any. */
  before?: string;
  artifact: boolean;
  /**
   * The qualifier is one unknown capitalised word taken as the place of a place office ("Bupati Bantul X",
   * "Bupati Sleman mengatakan"); people.ts settles it with the whole draft in view.
   */
  placeGuess?: boolean;
  /** The guessed place stood before a comma and a lowercase word: a place only on evidence of a place (people.ts). */
  placeNeedsEvidence?: boolean;
  quoted: boolean;
  /**
   * A bare full name followed by its office in apposition ("Budi Santoso, Kepala Dinas Pendidikan, ..."): an
   * introduction written name first (people.ts).
   */
  introducedBy?: Mention;
}

/** A run of capitalised words outside office mentions (candidate bare names), as token indices [from, to). */
export interface CapitalRun {
  from: number;
  to: number;
  /** The run's first token opens a sentence. */
  sentenceStart: boolean;
}

export interface MentionScan {
  mentions: Mention[];
  runs: CapitalRun[];
  keys: (string | null)[];
  /** Per token: WORD 1, CAPITAL 2, TITLE 4, NOT_NAME, QUALIFIER (Scanner.flags). */
  flags: Uint8Array;
  /** Word keys of every qualifier after an office. */
  places: Set<string>;
  /** Work done (token steps), for the linearity test. */
  work: number;
}

/**
 * A bare name's mention. Every mention is made with all its fields, in one order (here and in mentionAt of
 * mentions.ts), so that all share one object shape: the rules read their fields on hot paths, and a field added
 * later, or deleted, would give each combination its own shape.
 */
export function bareMention(name: NameSpan, sentenceStart: boolean, index = 0, artifact = false): Mention {
  return {
    index, kind: 'bare', start: name.start, end: name.end, office: undefined, qualifier: undefined, rank: undefined, name, apposition: false,
    editEnd: name.end, commaAfterOffice: -1, sentenceStart, before: undefined, artifact, placeGuess: undefined, placeNeedsEvidence: undefined,
    quoted: false, introducedBy: undefined,
  };
}

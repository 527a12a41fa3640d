// Where a caption starts before a credit that closes a paragraph line, for artifact-photo-caption (its data:
// ../artifact-photo-caption.json, 'reportingVerbs'). A page that puts the picture between paragraphs pastes its
// caption and credit as a line of their own, or glues them to the paragraph above: then the caption is at most the
// paragraph's last sentence, and a sentence that reports speech ('..., mengatakan ...') is the story's, whose
// paragraph only ends in the credit.
import type { Draft } from '../../../core/types';
import data from '../artifact-photo-caption.json';
import { lazy } from '../../lib/patterns';
import { captionStart } from './caption-starts';
import { skipSpaces } from './spans';

/** A speech verb of reported speech ('mengatakan', 'ujarnya'), as a whole word. */
const REPORTING_VERB = lazy(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.reportingVerbs.join('|')})(?![\\p{L}\\p{N}])`, 'u'));
/** A demonstrative that refers back to the story ('Jawaban itu', 'kegiatan tersebut'), as a whole word. */
const BACK_REFERENCE = lazy(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.backReferences.join('|')})(?![\\p{L}\\p{N}])`, 'u'));
/** A sentence end followed by the next sentence's capital or a quote (a bracket opens the credit): the text holds two sentences. */
const SENTENCE_SEAM = /[.!?]["\u201d)]?[ \u00a0]+["\u201c]?\p{Lu}/u;

/** The text reports speech: a story's sentence, never a photo's caption. */
export function reportsSpeech(caption: string): boolean {
  return REPORTING_VERB().test(caption);
}

/**
 * The text refers back to the story ('Jawaban itu tidak memuaskan ...'): a caption stands beside its picture and
 * refers back to nothing, so a doubtful one that does is the story's sentence.
 */
export function refersBack(caption: string): boolean {
  return BACK_REFERENCE().test(caption);
}

/**
 * The caption's start before a credit at `creditStart` that closes the line from `lineStart`: the line's start when
 * the text before the credit is one sentence, the last sentence's start when it holds several (or the credit's
 * start when that one is unclear), and the credit's start when the caption would report speech.
 */
export function paragraphEndCaptionStart(draft: Draft, lineStart: number, creditStart: number): number {
  const { text } = draft;
  const from = skipSpaces(text, lineStart, creditStart);
  const before = text.slice(from, creditStart);
  const start = SENTENCE_SEAM.test(before) ? captionStart(draft, lineStart, creditStart) : lineStart;
  return start < creditStart && reportsSpeech(text.slice(start, creditStart)) ? creditStart : start;
}

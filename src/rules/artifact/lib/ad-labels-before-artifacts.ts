// An ad slot's label left between the story's sentence end and the next page artifact ("... kadar aci. Iklan Baca
// Juga: Judul ...", "... (17/3/2026).IklanBACA JUGA: ...", "... di bank. - Iklan - Simak juga: ..."), for
// artifact-continue-prompt. The page printed the label over an empty ad slot, and the slot's neighbours are page
// furniture too: only a sentence's end (or the line's start) before the label and a read-also label with its
// separator after it ("Baca Juga:", "Simak juga:") count, so "Iklan" in running text ("Iklan rokok dilarang ...")
// stays body. The removal is offered, never applied in bulk: taking the label away makes the read-also label open
// a sentence, and a related link's headline read from there may end past its true end.
// Data: ../artifact-continue-prompt.json ('adSlotLabels'), ../artifact-related-link.json ('labels').
import type { RuleContext } from '../../../core/types';
import data from '../artifact-continue-prompt.json';
import relatedData from '../artifact-related-link.json';
import { caselessRegExp } from '../../lib/case-fold';
import { lazy, phraseAlternation, SP } from '../../lib/patterns';
import { isLetterOrDigit, normalizeLabel, reportArtifact, skipSpaces, skipSpacesBack } from './report';

/** What a story sentence ends with: its end mark, a closing quote or bracket. */
const SENTENCE_END = /[.!?"\u201d)]/u;
/** A dash that wraps the label in some themes ("- Iklan -"). */
const DASH = /[-\u2013\u2014]/u;
/** A related-link label and its separator, tried (sticky) where the text after the ad label resumes. */
const RELATED_LABEL_Y = lazy(() => caselessRegExp(`(?:${phraseAlternation(relatedData.labels)})${SP}*[:\\uff1a]`, 'iuy'));

/** Every such label is reported; each candidate is found by a native search for the label. */
export function adLabelsBeforeArtifacts(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  for (const label of data.adSlotLabels) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length)) {
      const end = at + label.length;
      // The label is a word of its own (a capital may be glued after it: "IklanBACA JUGA").
      if (isLetterOrDigit(text[at - 1]) || /\p{Ll}/u.test(text[end] ?? '')) continue;
      const line = draft.lineAt(at);
      let start = at;
      let before = skipSpacesBack(text, line.start, at);
      if (before > line.start && DASH.test(text[before - 1]) && before < at) {
        start = before - 1;
        before = skipSpacesBack(text, line.start, start);
      }
      if (before > line.start && !SENTENCE_END.test(text[before - 1])) continue;
      let stop = end;
      let next = skipSpaces(text, end, line.end);
      if (start < at && next < line.end && DASH.test(text[next])) {
        stop = next + 1;
        next = skipSpaces(text, stop, line.end);
      }
      if (next >= line.end) continue;
      RELATED_LABEL_Y().lastIndex = next;
      if (!RELATED_LABEL_Y().test(text)) continue;
      reportArtifact(ctx, { start, end: stop, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(label) }, safe: false });
    }
  }
}

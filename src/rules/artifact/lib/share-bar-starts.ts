// Where a share bar begins inside a flattened line ("... Tags: UMKM Sulsel Tenun Sengkang Share Facebook Twitter
// WhatsApp Line ..."): a share label, its colon optional, then two platform buttons or more. A list of capitalised
// keywords on a flattened page runs on into it with nothing between, so the list ends there. Used by
// artifact-keyword-tags; the words are artifact-share-ui's data ('shareLabels', 'buttons'), read here, not changed.
import { lazy, NOT_WORD_AFTER, phraseAlternation, SP } from '../../lib/patterns';
import { caselessRegExp } from '../../lib/case-fold';
import shareData from '../artifact-share-ui.json';

/** Buttons of three letters or more: a lone letter ('f', 'x') may be a keyword's. */
const BUTTON = () => phraseAlternation(shareData.buttons.filter((b) => b.length >= 3));
const SHARE_BAR_Y = lazy(() => caselessRegExp(
  `(?:${phraseAlternation(shareData.shareLabels)})${SP}*:?(?:${SP}+(?:${BUTTON()})${NOT_WORD_AFTER}){2}`,
  'iuy',
));

/** Whether a share bar (a share label and two platform buttons) begins at `pos`. */
export function shareBarAt(text: string, pos: number): boolean {
  const re = SHARE_BAR_Y();
  re.lastIndex = pos;
  return re.test(text);
}

// A WordPress caption shortcode the page leaked into the draft, for artifact-photo-caption: '[caption
// id="attachment_12" ...] Warga ... Foto: Istimewa[/caption]'. The editor's markup around a picture, never story
// text: its opening and closing tags bound the caption exactly, glued to a paragraph or on a line of its own.
import type { Draft } from '../../../core/types';
import { lineCore } from './spans';

/** A WordPress caption shortcode, from its opening tag to its closing one, on one line. */
const SHORTCODE_CAPTION_G = /\[caption(?:[ \u00a0][^\[\]\n\r]{0,300})?\][^\[\]\n\r]{1,600}\[\/caption\]/gu;

/**
 * Reports each caption shortcode as a 'caption': its whole line when it fills the line (that line goes into `done`),
 * else the shortcode alone.
 */
export function shortcodeCaptions(draft: Draft, done: Set<number>, report: (start: number, end: number, messageId: string) => void): void {
  const { text } = draft;
  // Tried only where the closing tag stands (a native search from the rare '[').
  if (text.includes('[/caption]')) {
    SHORTCODE_CAPTION_G.lastIndex = 0;
    for (let sc = SHORTCODE_CAPTION_G.exec(text); sc; sc = SHORTCODE_CAPTION_G.exec(text)) {
      const line = draft.lineAt(sc.index);
      const [s, e] = lineCore(text, line.start, line.end);
      if (s === sc.index && e === sc.index + sc[0].length) {
        done.add(line.index);
        report(line.start, line.end, 'caption');
      } else report(sc.index, sc.index + sc[0].length, 'caption');
    }
  }
}

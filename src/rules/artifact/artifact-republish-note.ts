// artifact-republish-note: "Artikel ini telah tayang di <situs> dengan judul "<judul>"" with what belongs to
// that note (a "Klik untuk baca: <url>" link, the original article's "Penulis: …" / "Editor: …").
// Data: src/rules/artifact/artifact-republish-note.json; detection in src/rules/artifact/lib/republish-notes.ts and,
// for a source note in a flattened page's tail run ("Sumber: Radio Situs Tag: ..."), lib/source-note-runs.ts.
import type { Rule, RuleContext } from '../../core/types';
import { findRepublishNotes, insideRepublishNote } from './lib/republish-notes';
import { sourceNoteRuns } from './lib/source-note-runs';
import { reportArtifact } from './lib/report';

function checkRepublish(ctx: RuleContext<unknown>): void {
  for (const note of findRepublishNotes(ctx.draft)) {
    reportArtifact(ctx, { start: note.start, end: note.end, messageId: 'republishNote', fixMessageId: 'removeNote' });
  }
  // A source note in the tail run of a flattened page ("... Sumber : Radio Situs Tag: ..."): lib/source-note-runs.ts.
  for (const note of sourceNoteRuns(ctx.draft)) {
    if (insideRepublishNote(ctx.draft, note.start, note.end)) continue;
    reportArtifact(ctx, { start: note.start, end: note.end, messageId: 'republishNote', fixMessageId: 'removeNote' });
  }
}

export const artifactRepublishNote: Rule = {
  meta: {
    id: 'artifact-republish-note',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Catatan "Artikel ini telah tayang di …" yang terbawa dari halaman web.',
      en: '"This article first appeared on …" notes carried over from the web page.',
    },
    rationale: {
      id: 'Catatan penayangan ulang (judul asli, tautan, kredit situs asal) milik halaman sindikasi, bukan tubuh berita. Sumber berita di dalam tubuh (mis. "(Sumber Antara)") tetap.',
      en: 'A republish note (original title, link, original credits) belongs to the syndicating page, not the story. A source credit in the body (e.g. "(Sumber Antara)") stays.',
    },
    messages: {
      republishNote: { id: 'Catatan penayangan ulang dari halaman web, bukan tubuh berita.', en: 'Republish note from the web page, not article body.' },
      removeNote: { id: 'Hapus catatan penayangan ulang', en: 'Remove the republish note' },
    },
  },
  check: checkRepublish,
};

// The page-artifact zones the typography rules stay out of: what they cover, and that a zone disappears when
// its artifact rule (or the whole artifact category) is switched off.
import assert from 'node:assert/strict';
import { parseDraft } from '../../../src/core';
import type { RedaksiConfig } from '../../../src/core';
import { artifactRuleEnabled, artifactZones } from '../../../src/rules/typography/lib/artifact-zones';

function covered(text: string, needle: string, config: RedaksiConfig = {}): boolean {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the text`);
  return artifactZones(parseDraft(text), { config, trusted: true }).covers(at, at + needle.length);
}

describe('typography: page-artifact zones', () => {
  const body = 'Petugas gabungan mengevakuasi warga ke balai desa.';

  it('a related-link line, whole; an inline label, only the label', () => {
    const own = `${body}\n\nBaca Juga :\u00a0 Banjir Surut di Demak\n\n${body}`;
    assert.ok(covered(own, 'Surut di Demak'));
    assert.ok(!covered(own, 'Petugas gabungan'));
    const inline = `${body} BACA JUGA: Banjir Surut di Demak ${body}`;
    assert.ok(covered(inline, 'BACA JUGA:'));
    assert.ok(!covered(inline, 'Surut di Demak'));
  });

  it('a photo credit, and the caption line it closes', () => {
    const text = `Menteri meninjau tanggul ((Antara))\n\n${body} (FOTO: Rina/Kabar Jogja) Isi lagi.`;
    assert.ok(covered(text, 'Menteri meninjau'));
    assert.ok(covered(text, '(FOTO: Rina/Kabar Jogja)'));
    assert.ok(!covered(text, 'Isi lagi'));
  });

  it('republish notes, pagination, footers with their address block, bylines', () => {
    const text = [
      body,
      'Artikel ini telah tayang di Kompas.com dengan judul "Banjir".',
      'Selanjutnya Halaman   1   2',
      'Kedaulatan Rakyat',
      'Jl. Margo  No. 40',
      '©2025 Penerbit',
      'Redaktur : Budi',
    ].join('\n');
    for (const part of ['tayang di Kompas.com', 'Halaman   1', 'Jl. Margo  No. 40', '©2025', 'Redaktur : Budi']) assert.ok(covered(text, part), part);
    assert.ok(!covered(text, 'Petugas'));
  });

  it('a footer inside a flattened article covers only itself, not the article before it', () => {
    const text = `${body} ${body} Copyright 2025 Penerbit`;
    assert.ok(!covered(text, 'Petugas'));
    assert.ok(covered(text, 'Copyright 2025'));
  });

  it('zones follow the configuration', () => {
    const text = `${body}\n\nBaca Juga : Banjir Surut\n\nMenteri meninjau ((Antara))`;
    assert.ok(!covered(text, 'Baca Juga', { rules: { artifact: 'off' } }));
    assert.ok(!covered(text, 'Baca Juga', { rules: { 'artifact-related-link': ['off'] } }));
    assert.ok(covered(text, 'Baca Juga', { rules: { artifact: 'off', 'artifact-related-link': 'warning' } }));
    assert.ok(covered(text, '((Antara))', { rules: { 'artifact-related-link': 'off' } }));
    assert.equal(artifactRuleEnabled({}, 'artifact-byline'), true);
  });
});

// Shared by the outlet class tests (outlet-classes, outlet-seams, outlet-furniture): a body sentence, the
// artifact-only check options, and the two assertions every case makes. Texts are our own.
import assert from 'node:assert/strict';
import { check, fix } from '../../../src/core';
import { defaultRules } from '../../../src/rules/index';

export const B =
  'Pemerintah kota membuka posko pengungsian di balai desa setelah hujan deras merendam puluhan rumah warga sejak Senin malam.';
export const HEAD = 'Judul Berita\n\n';
export const ARTIFACTS = { rules: defaultRules, format: 'text' as const, only: { categories: ['artifact' as const] } };

/** A draft whose `junk` parts the artifact rules find and cleaning removes, keeping every `kept` part. */
export interface JunkCase {
  name: string;
  text: string;
  junk: string[];
  kept: string[];
}

export function assertJunkCase(c: JunkCase): void {
  const findings = check(c.text, ARTIFACTS);
  for (const j of c.junk) {
    const at = c.text.indexOf(j);
    assert.ok(at >= 0);
    assert.ok(findings.some((f) => f.start <= at && f.end >= at + j.length), `not found: ${j}`);
  }
  const cleaned = fix(c.text, ARTIFACTS).text;
  for (const j of c.junk) assert.ok(!cleaned.includes(j), `left: ${j}`);
  for (const k of c.kept) assert.ok(cleaned.includes(k), `lost: ${k} in ${cleaned}`);
}

/** Body text that only looks like junk: the artifact rules report nothing in it. */
export function assertNothingFound(text: string): void {
  assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
}

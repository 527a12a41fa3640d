// What a copy desk expects of the founding article (test/fixtures/vscode-workspace/founding-article.txt,
// the exact scrape), worked out here from its lines with plain string tests, independently of the rules:
// which lines are page junk, which are the article, and what survives cleaning.
import * as assert from 'node:assert/strict';

export const FOUNDING_ARTICLE = 'founding-article.txt';

export interface FoundingArticle {
  text: string;
  lines: string[];
  /** 0-based line numbers of page junk: masthead, author block, share button, caption, "Baca Juga", x|close. */
  artifactLines: number[];
  /** 0-based line numbers of the four "Baca Juga :" links. */
  readAlsoLines: number[];
  /** The headline and every body paragraph, in order (the dateline paragraph to the last paragraph). */
  bodyParagraphs: string[];
}

const AUTHOR_BLOCK = new Set(['thumbnail-author', 'Penulis', 'Editor', 'Bagikan', 'Akbar Mubarok', 'Tim Redaksi']);

export function analyseFoundingArticle(text: string): FoundingArticle {
  const lines = text.split('\n');
  const artifactLines: number[] = [];
  const readAlsoLines: number[] = [];
  lines.forEach((line, i) => {
    const junk =
      line.startsWith('NTVNews - Berita Hari Ini') ||
      AUTHOR_BLOCK.has(line) ||
      line.endsWith('((Antara))') ||
      line.startsWith('Baca Juga') ||
      line === 'x|close';
    if (junk) artifactLines.push(i);
    if (line.startsWith('Baca Juga')) readAlsoLines.push(i);
  });
  const first = lines.findIndex((l) => l.startsWith('Ntvnews.id, Beijing'));
  const last = lines.indexOf('(Sumber Antara)');
  assert.ok(first > 0 && last > first, 'the fixture is the founding article');
  const bodyParagraphs = [
    lines[0],
    ...lines.slice(first, last).filter((l) => l.trim() !== '' && !l.startsWith('Baca Juga')),
  ];
  // The scrape as it is: guards against a changed fixture silently weakening the tests.
  assert.equal(readAlsoLines.length, 4, 'four "Baca Juga" lines');
  assert.equal(artifactLines.length, 14, 'fourteen junk lines');
  assert.equal(bodyParagraphs.length, 21, 'headline and twenty body paragraphs');
  return { text, lines, artifactLines, readAlsoLines, bodyParagraphs };
}

/**
 * The name family's canonical forms on this article: the three re-introductions ("Presiden Xi Jinping" twice,
 * "Presiden Vladimir Putin" once, after the introduction on the dateline paragraph) become the short forms the
 * article itself uses. Suggestions: "Make Names Consistent" applies them on request; cleaning does not.
 */
export const NAME_FIXES: readonly (readonly [string, string])[] = [
  ['Presiden Xi Jinping menyatakan', 'Presiden Xi menyatakan'],
  ['Presiden Vladimir Putin dalam', 'Presiden Putin dalam'],
  ['Presiden Xi Jinping menekankan', 'Presiden Xi menekankan'],
];

/** The text with the name family's canonical forms applied (each at its one place). */
export function withCanonicalNames(text: string): string {
  let out = text;
  for (const [from, to] of NAME_FIXES) out = out.replace(from, to);
  return out;
}

/** Words (letters and digits) in order: what "no body text lost" compares, whatever spacing or marks change. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Asserts that `cleaned` is the founding article with its junk removed: the body's words all there, in
 * order, nothing else left but the closing source note; no junk text; no runs of blank lines.
 */
export function assertCleaned(article: FoundingArticle, cleaned: string): void {
  for (const junk of ['Baca Juga', 'thumbnail-author', 'x|close', 'NTVNews - Berita', '((Antara))', 'Bagikan']) {
    assert.ok(!cleaned.includes(junk), `cleaned text still contains ${JSON.stringify(junk)}`);
  }
  const cleanedLines = cleaned.split('\n');
  for (const line of ['Penulis', 'Editor', 'Akbar Mubarok', 'Tim Redaksi']) {
    assert.ok(!cleanedLines.includes(line), `cleaned text still has the line ${JSON.stringify(line)}`);
  }
  const blankRun = /\n[ \t\u00a0]*\n[ \t\u00a0]*\n/.exec(cleaned);
  assert.ok(
    !blankRun,
    `cleaned text has no run of blank lines; one at line ${blankRun && cleaned.slice(0, blankRun.index).split('\n').length + 1}: ` +
      JSON.stringify(blankRun && cleaned.slice(Math.max(0, blankRun.index - 80), blankRun.index + 80)),
  );
  assert.ok(!/^\s/.test(cleaned), 'cleaned text starts with the headline');
  assert.equal(cleanedLines[0], article.lines[0], 'the headline is the first line');

  // The dateline keeps the place and takes the house dash; the source site's name goes (dateline rule).
  assert.ok(cleanedLines.some((l) => l.startsWith('Beijing – Presiden')), 'the dateline reads "Beijing – "');
  assert.ok(!cleaned.includes('Ntvnews.id'), 'no source site name in the dateline');
  const body = article.bodyParagraphs.flatMap(words).join(' ').replace('Ntvnews id Beijing', 'Beijing').split(' ');
  const got = words(cleaned);
  // "(Sumber Antara)" is the article's own source note: it may stay.
  const withoutSource = got.join(' ').replace(/ Sumber Antara$/, '');
  assert.equal(withoutSource, body.join(' '), 'every word of the body survives, in order, and nothing else');
}

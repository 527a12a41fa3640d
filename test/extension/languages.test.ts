import { strict as assert } from 'node:assert';
import {
  DEFAULT_LANGUAGES,
  batches,
  combineGlobs,
  documentSelector,
  draftFileGlobs,
  excludeGlob,
  isCheckedDocument,
  normalizeLanguages,
  updateDisabledFiles,
} from '../../src/extension/languages';

describe('extension languages and file globs', () => {
  it('normalizes the redaksi.languages setting', () => {
    assert.deepEqual(normalizeLanguages(undefined), [...DEFAULT_LANGUAGES]);
    assert.deepEqual(normalizeLanguages('plaintext'), [...DEFAULT_LANGUAGES]);
    assert.deepEqual(normalizeLanguages([' markdown ', 'markdown', '', 3, 'news-draft']), ['markdown', 'news-draft']);
    assert.deepEqual(normalizeLanguages([]), []);
  });

  it('selects saved and untitled documents of each language', () => {
    assert.deepEqual(documentSelector(['news-draft', 'plaintext']), [
      { scheme: 'file', language: 'news-draft' },
      { scheme: 'untitled', language: 'news-draft' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
    ]);
  });

  it('tells which documents are checked', () => {
    const langs = ['plaintext', 'news-draft'];
    assert.equal(isCheckedDocument({ languageId: 'plaintext', uri: { scheme: 'file' } }, langs), true);
    assert.equal(isCheckedDocument({ languageId: 'news-draft', uri: { scheme: 'untitled' } }, langs), true);
    assert.equal(isCheckedDocument({ languageId: 'markdown', uri: { scheme: 'file' } }, langs), false);
    assert.equal(isCheckedDocument({ languageId: 'plaintext', uri: { scheme: 'git' } }, langs), false);
    assert.equal(isCheckedDocument({ languageId: 'plaintext', uri: { scheme: 'output' } }, langs), false);
  });

  it('builds file globs from language contributions and files.associations', () => {
    const contributions = [
      { id: 'markdown', extensions: ['.md', '.markdown'], filenamePatterns: ['*.md.txt'] },
      { id: 'news-draft', extensions: ['.draft.txt', '.berita', '.draft.md'] },
      { id: 'json', extensions: ['.json'] },
      { id: 'plaintext', filenames: ['NOTES'], extensions: 'not-a-list' },
      { extensions: ['.orphan'] },
    ];
    assert.deepEqual(draftFileGlobs(['plaintext', 'news-draft', 'markdown'], contributions, { '*.naskah': 'news-draft', 'arsip/*.x': 'plaintext', '*.js': 'javascript' }), [
      '**/*.berita',
      '**/*.draft.md',
      '**/*.draft.txt',
      '**/*.markdown',
      '**/*.md',
      '**/*.md.txt',
      '**/*.naskah',
      '**/*.txt',
      '**/NOTES',
      'arsip/*.x',
    ]);
    assert.deepEqual(draftFileGlobs([], contributions), []);
    // Plain text is built into VS Code, so no extension contributes its .txt.
    assert.deepEqual(draftFileGlobs(['plaintext'], []), ['**/*.txt']);
  });

  it('combines globs into one brace pattern, keeping braced globs apart', () => {
    assert.deepEqual(combineGlobs([]), []);
    assert.deepEqual(combineGlobs(['**/*.txt']), ['**/*.txt']);
    assert.deepEqual(combineGlobs(['**/*.txt', '**/*.md', '**/*.{a,b}']), ['{**/*.txt,**/*.md}', '**/*.{a,b}']);
  });

  it('turns files.exclude into an exclude glob, with folder contents', () => {
    assert.equal(excludeGlob(undefined), undefined);
    assert.equal(excludeGlob({ '**/.git': true, '**/tmp': false, '**/*.js': { when: '$(basename).ts' } }, ['**/node_modules']),
      '{**/.git,**/.git/**,**/node_modules,**/node_modules/**}');
    assert.equal(excludeGlob({ 'build/**': true }), 'build/**');
    assert.equal(excludeGlob({ '.DS_Store': true }), '{**/.DS_Store,**/.DS_Store/**}');
  });

  it('splits work into batches', () => {
    assert.deepEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
    assert.deepEqual(batches([], 3), []);
    assert.throws(() => batches([1], 0), RangeError);
  });

  it('updates the list of switched-off files', () => {
    let list: string[] = [];
    list = updateDisabledFiles(list, 'file:///b.txt', false);
    list = updateDisabledFiles(list, 'file:///a.txt', false);
    list = updateDisabledFiles(list, 'file:///a.txt', false);
    assert.deepEqual(list, ['file:///a.txt', 'file:///b.txt']);
    assert.deepEqual(updateDisabledFiles(list, 'file:///a.txt', true), ['file:///b.txt']);
    assert.deepEqual(updateDisabledFiles(list, 'file:///c.txt', true), list);
  });
});

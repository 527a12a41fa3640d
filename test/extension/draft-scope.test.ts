// Which documents the extension checks: plausible drafts only (issue 12, item 1).
import { strict as assert } from 'node:assert';
import { DraftFilter, NON_DRAFT_NAME } from '../../src/extension/draft-scope';

const folderOpen = new DraftFilter({
  languages: ['news-draft', 'plaintext', 'markdown'],
  folders: ['/home/editor/naskah'],
  excludedRoots: ['/home/editor/.vscode/extensions/redaksi.redaksi-0.1.0', '/usr/share/code/resources/app/extensions/markdown-language-features'],
  ignore: ['arsip/**', '*.catatan.md', '/draf-lama.txt'],
});
const noFolder = new DraftFilter({ languages: ['plaintext', 'markdown'], folders: [], excludedRoots: ['/ext/redaksi'], ignore: ['*.catatan.md'] });

const file = (path: string, languageId = 'plaintext') => ({ scheme: 'file', path, languageId });

describe('draft scope', () => {
  it('checks drafts inside the open folder', () => {
    assert.ok(folderOpen.isDraft(file('/home/editor/naskah/banjir.txt')));
    assert.ok(folderOpen.isDraft(file('/home/editor/naskah/2025/panen.md', 'markdown')));
    assert.ok(folderOpen.isDraft({ scheme: 'untitled', path: 'Untitled-1', languageId: 'plaintext' }));
  });

  it('never checks the extension\'s own rule docs or another extension\'s files', () => {
    assert.ok(!folderOpen.isDraft(file('/home/editor/.vscode/extensions/redaksi.redaksi-0.1.0/docs/rules/artifact-related-link.md', 'markdown')));
    assert.ok(!noFolder.isDraft(file('/ext/redaksi/docs/rules/dateline.md', 'markdown')));
  });

  it('never checks files outside the open folders, nor node_modules', () => {
    assert.ok(!folderOpen.isDraft(file('/home/editor/lain/berita.txt')));
    assert.ok(!folderOpen.isDraft(file('/home/editor/naskah-lain/berita.txt')), 'a sibling folder with the same prefix');
    assert.ok(!folderOpen.isDraft(file('/home/editor/naskah/node_modules/pkg/README.txt')));
    assert.ok(!folderOpen.isDraft(file('/home/editor/naskah/node_modules/pkg/notes.md', 'markdown')));
  });

  it('checks a file opened on its own when no folder is open', () => {
    assert.ok(noFolder.isDraft(file('/home/editor/Desktop/berita.txt')));
    assert.ok(noFolder.isDraft(file('C:\\Users\\editor\\Desktop\\berita.txt')));
  });

  it('never checks virtual, output, git or diff documents', () => {
    for (const scheme of ['output', 'git', 'vscode-userdata', 'vscode-notebook-cell', 'walkThroughSnippet', 'gitlens', 'vscode-scm']) {
      assert.ok(!folderOpen.isDraft({ scheme, path: '/home/editor/naskah/banjir.txt', languageId: 'plaintext' }), scheme);
    }
  });

  it('skips README, CHANGELOG, CONTRIBUTING and LICENSE, unless opened as News Draft', () => {
    for (const name of ['README.md', 'readme.txt', 'CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE', 'LICENSE.txt', 'licence.md', 'CODE_OF_CONDUCT.md', 'SECURITY.md']) {
      assert.ok(NON_DRAFT_NAME.test(name), name);
      assert.ok(!folderOpen.isDraft(file(`/home/editor/naskah/${name}`, 'markdown')), name);
    }
    assert.ok(folderOpen.isDraft(file('/home/editor/naskah/README.md', 'news-draft')));
    assert.ok(folderOpen.isDraft(file('/home/editor/naskah/lisensi-tambang.txt')), 'a story about licences is a draft');
  });

  it('honours redaksi.ignore: folder globs, base-name globs anywhere, root-anchored globs', () => {
    assert.ok(!folderOpen.isDraft(file('/home/editor/naskah/arsip/2019/banjir.txt')));
    assert.ok(!folderOpen.isDraft(file('/home/editor/naskah/desk/rapat.catatan.md', 'markdown')));
    assert.ok(!folderOpen.isDraft(file('/home/editor/naskah/draf-lama.txt')));
    assert.ok(folderOpen.isDraft(file('/home/editor/naskah/desk/draf-lama.txt')), '"/x" only at the folder root');
    assert.ok(!noFolder.isDraft(file('/tmp/x/rapat.catatan.md', 'markdown')));
  });

  it('checks news-draft always, other languages only when listed', () => {
    const textOnly = new DraftFilter({ languages: ['plaintext'], folders: [], excludedRoots: [], ignore: [] });
    assert.ok(textOnly.isDraft(file('/a/berita.draft.txt', 'news-draft')));
    assert.ok(!textOnly.isDraft(file('/a/berita.md', 'markdown')));
    assert.ok(!textOnly.isDraft(file('/a/index.ts', 'typescript')));
  });
});

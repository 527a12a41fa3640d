// The extension manifest (package.json contributes) agrees with the code, the nls files and the files it names.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ClientCommands, CodeActionKinds, ServerCommands, defaultSettings } from '../../src/common/protocol';
import { CATEGORIES } from '../../src/core/types';
import { Commands, FIX_COMMANDS } from '../../src/extension/command-ids';
import { DEFAULT_LANGUAGES } from '../../src/extension/languages';
import { SERVER_MESSAGES } from '../../src/server/messages';
import { sanitizeSettings } from '../../src/server/settings';

const root = path.join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const pkg = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsId: Record<string, string> = readJson('package.nls.id.json');
const contributes = pkg.contributes;

function nlsKeysIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    if (m) out.add(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) nlsKeysIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) nlsKeysIn(v, out);
  }
  return out;
}

describe('extension manifest', () => {
  it('has every %key% in both nls files, and no unused keys', () => {
    const used = nlsKeysIn(pkg);
    assert.deepEqual(Object.keys(nls).sort(), [...used].sort());
    assert.deepEqual(Object.keys(nlsId).sort(), [...used].sort());
    for (const key of used) {
      assert.ok(nls[key].trim(), `English ${key}`);
      assert.ok(nlsId[key].trim(), `Indonesian ${key}`);
    }
  });

  it('gives commands Indonesian titles that differ from the English ones', () => {
    for (const c of contributes.commands) {
      const key = /^%(.+)%$/.exec(c.title)![1];
      assert.notEqual(nlsId[key], nls[key], c.command);
      assert.equal(c.category, '%command.category%');
    }
    assert.equal(nls['command.cleanArticle'], 'Clean Article');
    assert.equal(nlsId['command.cleanArticle'], 'Bersihkan Naskah');
  });

  it('contributes exactly the commands the extension registers', () => {
    const contributed: string[] = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, (Object.values(Commands) as string[]).sort());
    for (const id of Object.keys(FIX_COMMANDS)) assert.ok(contributed.includes(id), id);
    // The client runs the server's client-side commands; the server's own commands are registered by the
    // language client, so the two lists must not overlap.
    for (const id of Object.values(ClientCommands)) assert.ok(contributed.includes(id), id);
    for (const id of Object.values(ServerCommands)) assert.ok(!contributed.includes(id), id);
  });

  it('documents the code action kinds the server offers (completion in editor.codeActionsOnSave)', () => {
    const kinds = contributes.codeActions.flatMap((c: { actions: { kind: string }[] }) => c.actions.map((a) => a.kind)).sort();
    assert.deepEqual(kinds, (Object.values(CodeActionKinds) as string[]).sort());
  });

  it('fixes by real rule categories', () => {
    for (const categories of Object.values(FIX_COMMANDS)) {
      for (const c of categories ?? []) assert.ok((CATEGORIES as readonly string[]).includes(c), c);
    }
  });

  it('menus name contributed commands and the submenu', () => {
    const ids = new Set(contributes.commands.map((c: { command: string }) => c.command));
    const submenus = new Set(contributes.submenus.map((s: { id: string }) => s.id));
    for (const [menu, entries] of Object.entries(contributes.menus as Record<string, { command?: string; submenu?: string }[]>)) {
      for (const e of entries) {
        if (e.command) assert.ok(ids.has(e.command), `${menu}: ${e.command}`);
        else assert.ok(e.submenu && submenus.has(e.submenu), `${menu}: ${e.submenu}`);
      }
    }
    const hidden = contributes.menus.commandPalette.find((e: { command: string }) => e.command === Commands.showRuleDocs);
    assert.equal(hidden?.when, 'false');
  });

  it('defaults redaksi.languages to the list the code uses and activates on each', () => {
    const languages = contributes.configuration.properties['redaksi.languages'].default;
    assert.deepEqual(languages, [...DEFAULT_LANGUAGES]);
    for (const l of languages) assert.ok(pkg.activationEvents.includes(`onLanguage:${l}`), l);
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/.redaksi.json'));
  });

  it('declares the settings the server pulls (RedaksiSettings) plus languages and trace', () => {
    const keys = Object.keys(contributes.configuration.properties).sort();
    assert.deepEqual(keys, [
      'redaksi.delayAfterTyping',
      'redaksi.dictionary',
      'redaksi.enable',
      'redaksi.houseStyle',
      'redaksi.ignore',
      'redaksi.languages',
      'redaksi.locale',
      'redaksi.rules',
      'redaksi.run',
      'redaksi.trace.server',
    ]);
    for (const [key, prop] of Object.entries(contributes.configuration.properties as Record<string, Record<string, unknown>>)) {
      assert.ok(prop.description || prop.markdownDescription, `${key} has a description`);
    }
    // The server's debounceMs is VS Code's redaksi.delayAfterTyping ("Delay After Typing" reads as what it does).
    const settingKey = (key: string) => (key === 'debounceMs' ? 'delayAfterTyping' : key);
    for (const [key, value] of Object.entries(defaultSettings)) {
      assert.deepEqual(contributes.configuration.properties[`redaksi.${settingKey(key)}`].default, value, `default of redaksi.${settingKey(key)}`);
    }
    assert.deepEqual(sanitizeSettings({ delayAfterTyping: 600 }).debounceMs, 600);
  });

  it('keeps the settings in step with the config schema', () => {
    const schema = readJson('schemas/redaksi.schema.json');
    const props = contributes.configuration.properties;
    assert.deepEqual(props['redaksi.rules'].additionalProperties.anyOf[0].enum, schema.definitions.level.enum);
    for (const key of Object.keys(props['redaksi.houseStyle'].properties)) {
      assert.ok(key in schema.properties.houseStyle.properties, `houseStyle.${key} is in the schema`);
    }
  });

  it('limits untrusted workspaces to real settings', () => {
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    for (const key of trust.restrictedConfigurations) assert.ok(key in contributes.configuration.properties, key);
  });

  it('names files that exist', () => {
    const files = [
      pkg.icon,
      pkg.main.replace(/^\.\//, '').replace('dist/extension.js', 'src/extension/main.ts'),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.jsonValidation.map((j: { url: string }) => j.url),
      ...contributes.languages.flatMap((l: { configuration?: string; icon?: { light: string; dark: string } }) =>
        [l.configuration, l.icon?.light, l.icon?.dark].filter(Boolean)),
    ];
    for (const f of files) assert.ok(fs.existsSync(path.join(root, f)), f);
    assert.equal(pkg.main, './dist/extension.js');
  });

  it('binds .redaksi.json to the schema and to JSON with comments', () => {
    assert.deepEqual(contributes.jsonValidation, [{ fileMatch: '.redaksi.json', url: './schemas/redaksi.schema.json' }]);
    const jsonc = contributes.languages.find((l: { id: string }) => l.id === 'jsonc');
    assert.deepEqual(jsonc.filenames, ['.redaksi.json']);
  });

  it('registers the news-draft language and its grammar', () => {
    const lang = contributes.languages.find((l: { id: string }) => l.id === 'news-draft');
    assert.deepEqual(lang.extensions, ['.draft.txt', '.berita', '.draft.md']);
    assert.ok(lang.aliases.includes('News Draft') && lang.aliases.includes('Naskah Berita'));
    const grammar = readJson(contributes.grammars[0].path);
    assert.equal(grammar.scopeName, contributes.grammars[0].scopeName);
    for (const name of ['headline', 'dateline', 'quote', 'attribution', 'artifact-line', 'inline-artifact']) {
      assert.ok(grammar.repository[name], name);
    }
    // Quotes, datelines and speech verbs get neutral scopes: themes colour string.* and keyword.* (a red
    // speech verb looks like an error); meta.*, markup.bold and markup.italic only change the font or nothing.
    const scopes = (value: unknown, out: string[] = []): string[] => {
      if (Array.isArray(value)) value.forEach((v) => scopes(v, out));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'name' && typeof v === 'string') out.push(v);
          else scopes(v, out);
        }
      }
      return out;
    };
    for (const name of ['dateline', 'quote', 'guillemet-quote', 'inner-quote', 'attribution']) {
      for (const scope of scopes(grammar.repository[name])) {
        assert.match(scope, /^(?:meta|markup\.bold|markup\.italic)\./, `${name}: ${scope}`);
      }
    }
    const config = readJson('language-configuration.json');
    const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const pair of ['“”', '‘’', '«»', '""', '()']) assert.ok(pairs.includes(pair), pair);
  });

  it('makes news drafts readable without any setting: word wrap, no word-based completion', () => {
    const defaults = contributes.configurationDefaults['[news-draft]'];
    assert.equal(defaults['editor.wordWrap'], 'on');
    assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
  });

  it('titles things one way: the source actions read like the palette commands, in both languages', () => {
    assert.equal(nls['codeAction.cleanArticle'], `Redaksi: ${nls['command.cleanArticle']}`);
    assert.equal(nlsId['codeAction.cleanArticle'], `Redaksi: ${nlsId['command.cleanArticle']}`);
    assert.equal(SERVER_MESSAGES.cleanArticle.en, nls['codeAction.cleanArticle']);
    assert.equal(SERVER_MESSAGES.cleanArticle.id, nlsId['codeAction.cleanArticle']);
    assert.equal(SERVER_MESSAGES.fixAllSource.en, nls['codeAction.fixAll']);
    assert.equal(SERVER_MESSAGES.fixAllSource.id, nlsId['codeAction.fixAll']);
    // Command titles are Title Case in English (one capitalisation everywhere).
    for (const c of contributes.commands) {
      const title = nls[/^%(.+)%$/.exec(c.title)![1]];
      for (const word of title.split(' ').filter((w: string) => w.length > 3)) assert.match(word, /^[A-Z/]/, `${c.command}: ${title}`);
    }
    assert.doesNotMatch(nls['config.delayAfterTyping'], /debounce/i);
  });

  it('has every Indonesian text actually in Indonesian (not a copy of the English one)', () => {
    const sameOnPurpose = new Set(['command.category', 'submenu.editorContext', 'config.locale.id']);
    for (const key of Object.keys(nls)) {
      if (sameOnPurpose.has(key)) continue;
      assert.notEqual(nlsId[key], nls[key], key);
    }
  });

  it('ships the language client library it loads after activation, and loads it only there', () => {
    const shipped = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split(/\r?\n/).filter((l) => l.startsWith('!'));
    for (const file of ['!dist/extension.js', '!dist/extension-client.js']) assert.ok(shipped.includes(file), file);
    // Only language-client.ts (its own bundle) takes values from the library; the rest of the client imports types,
    // so dist/extension.js stays small and activation quick (src/extension/client.ts loads it on the first start).
    const dir = path.join(root, 'src', 'extension');
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && f !== 'language-client.ts');
    for (const f of files) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'vscode-languageclient[^']*'/gm)) {
        assert.ok(m[1], `${f} imports values from vscode-languageclient: ${m[0]}`);
      }
    }
  });

  it('packages with vsce after a production build', () => {
    assert.equal(pkg.scripts['vscode:prepublish'], 'node esbuild.js --production');
    assert.match(pkg.scripts.package, /^vsce package --no-dependencies\b/);
    assert.ok(pkg.repository?.url);
    assert.ok(fs.existsSync(path.join(root, 'LICENSE')));
  });
});

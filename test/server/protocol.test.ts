// Protocol tests of the built language server over stdio, with no VS Code: the founding article's
// diagnostics, code actions applied like an editor applies them, fix-all, stale edits refused, hover,
// settings and config changes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest, CodeActionResolveRequest, DiagnosticTag, ExecuteCommandRequest, FileChangeType, HoverRequest,
  type CodeAction, type Diagnostic, type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { check, findingMessage, fix, LineIndex, ruleDocsUrl } from '../../src/core';
import { defaultRules, findRule } from '../../src/rules';
import { ClientCommands, CodeActionKinds, ServerCommands, type ApplyFixesResult } from '../../src/common/protocol';
import { fileUri, FOUNDING_ARTICLE, startServer, type TestClient } from './harness';

const lookup = (id: string) => findRule(id);

function rangeText(text: string, d: Diagnostic): string {
  const index = new LineIndex(text);
  return text.slice(index.offsetAt(d.range.start), index.offsetAt(d.range.end));
}

function onlyEdit(action: CodeAction): TextDocumentEdit {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `one document change in "${action.title}"`);
  return changes[0] as TextDocumentEdit;
}

/** Line indices (0-based) of lines starting with `prefix`. */
function linesStartingWith(text: string, prefix: string): number[] {
  return text.split(/\r?\n/).flatMap((line, i) => (line.startsWith(prefix) ? [i] : []));
}

describe('language server: founding article over stdio', function () {
  this.timeout(60_000);
  let client: TestClient;
  let n = 0;

  /** Writes a draft into the workspace, opens it and waits for its first diagnostics. */
  async function openDraft(text: string, name = `draft-${++n}.txt`, languageId = 'plaintext') {
    const file = path.join(client.folder, name);
    fs.writeFileSync(file, text);
    const uri = fileUri(file);
    client.open(uri, text, languageId);
    const published = await client.waitForDiagnostics(uri, 1);
    return { uri, file, diagnostics: published.diagnostics };
  }

  async function actionsAt(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    const result = await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: d.range, context: { diagnostics: [d] },
    });
    return (result ?? []) as CodeAction[];
  }

  before(async () => {
    client = await startServer({ locale: 'en' });
  });

  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown/exit');
  });

  it('announces its capabilities and watches .redaksi.json dynamically', async () => {
    const caps = client.initializeResult.capabilities;
    const commands: string[] = caps.executeCommandProvider?.commands ?? [];
    assert.ok(!commands.includes(ClientCommands.showRuleDocs), 'client-run commands are not registered by the server');
    assert.deepEqual(commands, Object.values(ServerCommands));
    const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : [];
    assert.deepEqual(kinds, ['quickfix', CodeActionKinds.fixAll, CodeActionKinds.cleanArticle]);
    const watcher = await client.waitFor(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
    assert.deepEqual((watcher.registerOptions as { watchers: unknown[] }).watchers, [{ globPattern: '**/.redaksi.json' }]);
    await client.waitFor(() => client.registrations.find((r) => r.method === 'workspace/didChangeConfiguration'), 'configuration registration');
  });

  it('publishes the artifact findings of the founding article on open, as the core finds them', async () => {
    const { uri, diagnostics } = await openDraft(FOUNDING_ARTICLE, 'founding-article.txt');
    const expected = check(FOUNDING_ARTICLE, { rules: defaultRules });
    assert.ok(expected.length > 0, 'the default rules find artifacts in the founding article');
    assert.equal(diagnostics.length, expected.length);
    const index = new LineIndex(FOUNDING_ARTICLE);
    diagnostics.forEach((d, i) => {
      const f = expected[i];
      assert.equal(d.code, f.ruleId);
      assert.equal(d.source, 'redaksi');
      assert.deepEqual(d.codeDescription, { href: ruleDocsUrl(f.ruleId) });
      assert.equal(d.message, findingMessage(f, lookup, 'en'));
      assert.deepEqual(d.range, { start: index.positionAt(f.start), end: index.positionAt(f.end) });
      if (f.category === 'artifact') assert.deepEqual(d.tags, [DiagnosticTag.Unnecessary]);
    });
    // The page junk a copy desk marks first, on its known lines (0-based).
    const on = (rule: string, line: number) => diagnostics.some((d) => d.code === rule && d.range.start.line === line);
    for (const [rule, line] of [['artifact-masthead', 2], ['artifact-byline', 4], ['artifact-byline', 7], ['artifact-photo-caption', 10]] as const) {
      assert.ok(on(rule, line), `${rule} on line ${line + 1}`);
    }
    // "Baca Juga" lines are flagged once the related-link rule is registered.
    if (findRule('artifact-related-link')) {
      const bacaJuga = linesStartingWith(FOUNDING_ARTICLE, 'Baca Juga');
      assert.ok(bacaJuga.length >= 2);
      for (const line of bacaJuga) assert.ok(on('artifact-related-link', line), `"Baca Juga" on line ${line + 1}`);
    }
    const status = await client.waitFor(() => client.statuses.find((s) => s.uri === uri && !s.checking), 'status');
    assert.equal(status.enabled, true);
    assert.equal(status.counts.error + status.counts.warning + status.counts.info + status.counts.hint, diagnostics.length);

    // While the next check runs, the status keeps the last counts (a spinner, never a flash of zeros that would
    // stay if that check were overtaken).
    const seen = client.statuses.length;
    client.change(uri, FOUNDING_ARTICLE + ' ');
    const checking = await client.waitFor(() => client.statuses.slice(seen).find((s) => s.uri === uri && s.checking), 'checking status');
    assert.deepEqual(checking.counts, status.counts);
  });

  it('offers the preferred quick fix first; applying its edit fixes that finding', async () => {
    const { uri, diagnostics } = await openDraft(FOUNDING_ARTICLE);
    const target = diagnostics.find((d) => d.code === 'artifact-byline')!;
    const actions = await actionsAt(uri, target);
    const first = actions[0];
    assert.equal(first.kind, 'quickfix');
    assert.equal(first.isPreferred, true);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
    const finding = check(FOUNDING_ARTICLE, { rules: defaultRules }).find((f) => f.ruleId === 'artifact-byline')!;
    assert.equal(first.title, findRule('artifact-byline')!.meta.messages[finding.fixes[0].messageId].en);
    assert.deepEqual(onlyEdit(first).textDocument, { uri, version: 1 });
    const titles = actions.map((a) => a.title);
    for (const title of ['Fix all artifact-byline problems', 'Disable artifact-byline for this line', 'Disable artifact-byline for this file', 'Show documentation for artifact-byline']) {
      assert.ok(titles.includes(title), `offers "${title}" (got ${titles.join(' | ')})`);
    }
    // In a plain-text draft "Ignore this finding" (nothing written into the article) comes right after the
    // finding's own fixes; the inline comments come last.
    const quick = actions.filter((a) => a.kind === 'quickfix').map((a) => a.title);
    const ignoreAt = quick.findIndex((t) => t.startsWith('Ignore this finding'));
    assert.equal(ignoreAt, finding.fixes.length, quick.join(' | '));
    const lastNonDirective = quick.map((t) => !t.startsWith('Disable ')).lastIndexOf(true);
    assert.ok(quick.slice(lastNonDirective + 1).every((t) => t.startsWith('Disable ')) && lastNonDirective < quick.length - 1, quick.join(' | '));
    const docs = actions.find((a) => a.title.startsWith('Show documentation'))!;
    assert.deepEqual(docs.command, { title: docs.title, command: ClientCommands.showRuleDocs, arguments: [ruleDocsUrl('artifact-byline')] });

    const removed = rangeText(FOUNDING_ARTICLE, target);
    assert.ok(client.applyEdit(first.edit!));
    const after = await client.waitForDiagnostics(uri, 2);
    const text = client.text(uri);
    assert.ok(!text.includes(removed), 'the byline is gone');
    assert.equal(after.diagnostics.length, check(text, { rules: defaultRules }).length);
    assert.equal(after.diagnostics.length, diagnostics.length - 1);
  });

  it('"Fix all <rule> problems" is one edit fixing every finding of that rule', async () => {
    const { uri, diagnostics } = await openDraft(FOUNDING_ARTICLE);
    const target = diagnostics.find((d) => d.code === 'artifact-byline')!;
    const action = (await actionsAt(uri, target)).find((a) => a.title === 'Fix all artifact-byline problems')!;
    assert.equal(action.edit, undefined, 'computed on resolve');
    const resolved = await client.conn.sendRequest(CodeActionResolveRequest.type, action);
    const edit = onlyEdit(resolved);
    assert.equal(edit.edits.length, 1);
    assert.equal(edit.textDocument.version, 1);
    assert.ok(client.applyEdit(resolved.edit!));
    assert.equal(client.text(uri), fix(FOUNDING_ARTICLE, { rules: defaultRules, only: { ruleIds: ['artifact-byline'] } }).text);
    const after = await client.waitForDiagnostics(uri, 2);
    assert.ok(!after.diagnostics.some((d) => d.code === 'artifact-byline'));
  });

  it('source.fixAll.redaksi applies every safe fix as ONE edit (what editor.codeActionsOnSave runs)', async () => {
    const { uri } = await openDraft(FOUNDING_ARTICLE);
    const whole = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), [CodeActionKinds.fixAll]);
    const resolved = await client.conn.sendRequest(CodeActionResolveRequest.type, actions[0]);
    const edit = onlyEdit(resolved);
    assert.equal(edit.edits.length, 1);
    assert.deepEqual(edit.textDocument, { uri, version: 1 });
    assert.ok(client.applyEdit(resolved.edit!));
    const expected = fix(FOUNDING_ARTICLE, { rules: defaultRules });
    assert.equal(client.text(uri), expected.text);
    const after = await client.waitForDiagnostics(uri, 2);
    assert.equal(after.diagnostics.length, expected.findings.length);
    // The source menu ("source") lists both bulk actions; nothing is left for them after the fix.
    const source = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source'] },
    })) as CodeAction[];
    assert.deepEqual(source, []);
  });

  it('lists both source actions while safe fixes remain; cleanArticle equals the core fix', async () => {
    const { uri } = await openDraft(FOUNDING_ARTICLE);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range, context: { diagnostics: [], only: ['source'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind).sort(), [CodeActionKinds.fixAll, CodeActionKinds.cleanArticle].sort());
    const clean = await client.conn.sendRequest(CodeActionResolveRequest.type, actions.find((a) => a.kind === CodeActionKinds.cleanArticle)!);
    assert.ok(client.applyEdit(clean.edit!));
    assert.equal(client.text(uri), fix(FOUNDING_ARTICLE, { rules: defaultRules }).text);
  });

  it('a bulk action resolved after the user typed carries no edit (stale version)', async () => {
    const { uri } = await openDraft(FOUNDING_ARTICLE);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [action] = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range, context: { diagnostics: [], only: [CodeActionKinds.fixAll] },
    })) as CodeAction[];
    client.change(uri, [{ range, text: 'X' }]);
    const resolved = await client.conn.sendRequest(CodeActionResolveRequest.type, action);
    assert.equal(resolved.edit, undefined);
  });

  it('applyFixes refuses a stale version and applies one edit on the current version', async () => {
    const { uri } = await openDraft(FOUNDING_ARTICLE);
    client.change(uri, FOUNDING_ARTICLE + '\n');
    const edits = client.applyEditRequests.length;
    const stale = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ServerCommands.applyFixes, arguments: [{ uri, version: 1 }],
    })) as ApplyFixesResult;
    assert.equal(stale.ok, false);
    assert.equal(stale.applied, 0);
    assert.match(stale.reason ?? '', /version 1, now 2/);
    assert.equal(client.applyEditRequests.length, edits, 'no edit was sent');
    const ok = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ServerCommands.applyFixes, arguments: [{ uri, version: 2, categories: ['artifact'] }],
    })) as ApplyFixesResult;
    assert.equal(ok.ok, true);
    const expected = fix(FOUNDING_ARTICLE + '\n', { rules: defaultRules, only: { categories: ['artifact'] } });
    assert.equal(ok.applied, expected.applied);
    assert.equal(client.applyEditRequests.length, edits + 1);
    const sent = client.applyEditRequests[edits].edit.documentChanges![0] as TextDocumentEdit;
    assert.equal(sent.textDocument.version, 2);
    assert.equal(sent.edits.length, 1);
    assert.equal(client.text(uri), expected.text);
    const nothing = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ServerCommands.applyFixes, arguments: [{ uri, version: 3, categories: ['artifact'] }],
    })) as ApplyFixesResult;
    assert.deepEqual(nothing, { ok: true, applied: 0 });
  });

  it('"Disable <rule> for this line" writes the directive above it with the document\'s CRLF line ending', async () => {
    const crlf = FOUNDING_ARTICLE.replace(/\n/g, '\r\n');
    const { uri, diagnostics } = await openDraft(crlf);
    const target = diagnostics.find((d) => d.code === 'artifact-photo-caption')!;
    const action = (await actionsAt(uri, target)).find((a) => a.title === 'Disable artifact-photo-caption for this line')!;
    assert.ok(client.applyEdit(action.edit!));
    const lines = client.text(uri).split('\r\n');
    assert.equal(lines[target.range.start.line], '<!-- redaksi-disable-next-line artifact-photo-caption -->');
    assert.ok(!client.text(uri).replace(/\r\n/g, '').includes('\n'), 'no lone LF was written');
    const after = await client.waitForDiagnostics(uri, 2);
    assert.ok(!after.diagnostics.some((d) => d.code === 'artifact-photo-caption'));
    assert.equal(after.diagnostics.length, diagnostics.length - 1);
  });

  it('"Disable <rule> for this file" writes the directive at the top', async () => {
    const { uri, diagnostics } = await openDraft(FOUNDING_ARTICLE);
    const target = diagnostics.find((d) => d.code === 'artifact-byline')!;
    const action = (await actionsAt(uri, target)).find((a) => a.title === 'Disable artifact-byline for this file')!;
    assert.ok(client.applyEdit(action.edit!));
    assert.ok(client.text(uri).startsWith('<!-- redaksi-disable-file artifact-byline -->\n' + FOUNDING_ARTICLE.slice(0, 20)));
    const after = await client.waitForDiagnostics(uri, 2);
    assert.ok(!after.diagnostics.some((d) => d.code === 'artifact-byline'));
    assert.ok(after.diagnostics.length > 0);
  });

  it('hover on a finding adds why, the fix and the docs link, without repeating the message', async () => {
    const { uri, diagnostics } = await openDraft(FOUNDING_ARTICLE);
    const target = diagnostics.find((d) => d.code === 'artifact-masthead')!;
    const hover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: target.range.start });
    const value = (hover?.contents as { kind: string; value: string }).value;
    assert.equal((hover?.contents as { kind: string }).kind, 'markdown');
    // VS Code already shows the diagnostic's message in the same hover: saying it again is noise.
    assert.ok(!value.includes(target.message), `the hover repeats the message:\n${value}`);
    assert.ok(!value.startsWith('**'), 'no bold headline');
    const rule = findRule('artifact-masthead')!;
    assert.ok(rule.meta.rationale, 'the rule explains itself');
    assert.ok(value.includes(`*Why:* ${rule.meta.rationale!.en.slice(0, 30)}`), value);
    const finding = check(FOUNDING_ARTICLE, { rules: defaultRules }).find((f) => f.ruleId === 'artifact-masthead')!;
    assert.ok(value.includes(`*Fix:* ${rule.meta.messages[finding.fixes[0].messageId].en}`), value);
    assert.ok(value.includes(`(${ruleDocsUrl('artifact-masthead')})`));
    assert.deepEqual(hover?.range, target.range);
    const quiet = FOUNDING_ARTICLE.split('\n').findIndex((line, i) => line.length > 20 && !diagnostics.some((d) => d.range.start.line <= i && i <= d.range.end.line));
    assert.ok(quiet >= 0, 'a line without findings');
    const nothing = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: quiet, character: 5 } });
    assert.equal(nothing, null);
  });

  it('settings: a rule or category switched off makes its diagnostics disappear; locale switches the language', async () => {
    const { uri, diagnostics } = await openDraft(FOUNDING_ARTICLE);
    assert.ok(diagnostics.some((d) => d.code === 'artifact-byline'));
    client.changeSettings({ rules: { 'artifact-byline': 'off' } });
    const noByline = await client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'artifact-byline'), 'byline off');
    assert.equal(noByline.diagnostics.length, diagnostics.filter((d) => d.code !== 'artifact-byline').length);
    client.changeSettings({ rules: { artifact: 'off' } });
    await client.nextDiagnostics(uri, (p) => p.diagnostics.every((d) => !String(d.code).startsWith('artifact-')), 'artifact category off');
    client.changeSettings({ rules: {}, locale: 'id' });
    const indonesian = await client.nextDiagnostics(uri, (p) => p.diagnostics.length === diagnostics.length, 'back on');
    const f = check(FOUNDING_ARTICLE, { rules: defaultRules })[0];
    assert.equal(indonesian.diagnostics[0].message, findingMessage(f, lookup, 'id'));
    client.changeSettings({ locale: 'auto' });
    await client.nextDiagnostics(uri, (p) => p.diagnostics[0]?.message === findingMessage(f, lookup, 'en'), 'english again');
  });

  it('a watched .redaksi.json change rechecks; an invalid one is a diagnostic on the config file', async () => {
    const { uri, diagnostics } = await openDraft(FOUNDING_ARTICLE);
    const configFile = path.join(client.folder, '.redaksi.json');
    const configUri = fileUri(configFile);
    fs.writeFileSync(configFile, '{\n  // redaksi desk\n  "rules": { "artifact-masthead": "off" }\n}\n');
    client.fileChanged([{ uri: configUri, type: FileChangeType.Created }]);
    const withoutMasthead = diagnostics.filter((d) => d.code !== 'artifact-masthead').length;
    assert.ok(withoutMasthead < diagnostics.length);
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === withoutMasthead && !p.diagnostics.some((d) => d.code === 'artifact-masthead'), 'masthead off by config');

    const invalid = '{\n  "rules": { "artifact-mastead": "off" }\n}\n';
    fs.writeFileSync(configFile, invalid);
    client.fileChanged([{ uri: configUri, type: FileChangeType.Changed }]);
    const onConfig = await client.nextDiagnostics(configUri, (p) => p.diagnostics.length > 0, 'config problems');
    const problem = onConfig.diagnostics[0];
    assert.equal(problem.source, 'redaksi');
    assert.match(problem.message, /unknown rule or category 'artifact-mastead'/);
    assert.equal(rangeText(invalid, problem), '"artifact-mastead"');
    const onDraft = await client.nextDiagnostics(uri, (p) => p.diagnostics.length === 1, 'draft notes the invalid config');
    assert.equal(onDraft.diagnostics[0].code, 'config');
    assert.match(onDraft.diagnostics[0].message, /is invalid/);
    assert.deepEqual(onDraft.diagnostics[0].relatedInformation?.map((r) => [r.location.uri, r.location.range]), [[configUri, problem.range]]);

    fs.rmSync(configFile);
    client.fileChanged([{ uri: configUri, type: FileChangeType.Deleted }]);
    await client.nextDiagnostics(configUri, (p) => p.diagnostics.length === 0, 'config problems cleared');
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === diagnostics.length, 'draft checked again');
  });

  it('toggleFile and the disabled-files notification switch checking off and on', async () => {
    const { uri, diagnostics } = await openDraft(FOUNDING_ARTICLE);
    const off = await client.conn.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.toggleFile, arguments: [{ uri }] });
    assert.deepEqual(off, { enabled: false });
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0, 'cleared');
    await client.waitFor(() => client.statuses.filter((s) => s.uri === uri).at(-1)?.enabled === false, 'status disabled');
    const on = await client.conn.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.toggleFile, arguments: [{ uri }] });
    assert.deepEqual(on, { enabled: true });
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === diagnostics.length, 'back');
    await client.conn.sendNotification('redaksi/disabledFiles', { uris: [uri] });
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0, 'disabled by notification');
    await client.conn.sendNotification('redaksi/disabledFiles', { uris: [] });
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === diagnostics.length, 'enabled by notification');
  });

  it('runs redaksi.showRuleDocs as window/showDocument for clients without their own handler', async () => {
    const url = ruleDocsUrl('artifact-byline');
    await client.conn.sendRequest(ExecuteCommandRequest.type, { command: ClientCommands.showRuleDocs, arguments: [url] });
    const shown = await client.waitFor(() => client.shownDocuments.at(-1), 'showDocument');
    assert.deepEqual(shown, { uri: url, external: true });
  });

  it('markdown drafts: the file directive goes below the front matter', async () => {
    const md = `---\ntitle: Panen\n---\n${FOUNDING_ARTICLE}`;
    const { uri, diagnostics } = await openDraft(md, `draft-${++n}.md`, 'markdown');
    const target = diagnostics.find((d) => d.code === 'artifact-byline')!;
    const action = (await actionsAt(uri, target)).find((a) => a.title === 'Disable artifact-byline for this file')!;
    assert.ok(client.applyEdit(action.edit!));
    assert.ok(client.text(uri).startsWith('---\ntitle: Panen\n---\n<!-- redaksi-disable-file artifact-byline -->\n'));
  });
});

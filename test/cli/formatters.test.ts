import assert from 'node:assert/strict';
import { FORMATTERS, type FormatContext } from '../../src/cli/formatters';
import { escapeData, escapeProperty } from '../../src/cli/formatters/github';
import { escapeXmlAttr, escapeXmlText } from '../../src/cli/formatters/junit';
import { sarifLevel, sarifUri } from '../../src/cli/formatters/sarif';
import { summarize, type FileOutcome, type ReportFinding } from '../../src/cli/report';
import { FAKE_RULES } from './helpers';
import { parseXml, validateSarif } from './validators';

function finding(over: Partial<ReportFinding>): ReportFinding {
  return {
    ruleId: 'fake-scroll',
    category: 'artifact',
    severity: 'warning',
    messageId: 'found',
    message: 'Teks "scroll" dari halaman web',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 32,
    start: 20,
    end: 51,
    fixes: [{ message: 'Hapus baris', safe: true, edits: [{ start: 20, end: 52, text: '' }], editRanges: [{ line: 3, column: 1, endLine: 4, endColumn: 1 }] }],
    ...over,
  };
}

function outcome(displayPath: string, findings: ReportFinding[], over: Partial<FileOutcome> = {}): FileOutcome {
  return { index: 0, displayPath, absPath: `/kerja/${displayPath}`, read: true, complete: true, empty: false, findings, errors: [], notices: [], applied: 0, ...over };
}

const NASTY = 'Kutipan <"&\'> 50%, baris\r\nbaru: a,b \u0001\u0008 \uD800 😀';

function context(outcomes: FileOutcome[], over: Partial<FormatContext> = {}): FormatContext {
  return { outcomes, summary: summarize(outcomes), locale: 'id', rules: FAKE_RULES, color: false, cwd: '/kerja/redaksi', version: '0.1.0', mode: 'check', ...over };
}

const SAMPLE = [
  outcome('desk/berita satu.txt', [
    finding({}),
    finding({ ruleId: 'fake-related-link', severity: 'error', message: NASTY, line: 7, column: 1, endLine: 7, endColumn: 40, start: 90, end: 129 }),
    finding({ ruleId: 'fake-double-space', category: 'typography', severity: 'info', message: 'Spasi ganda', line: 9, column: 5, endLine: 9, endColumn: 7, start: 140, end: 142, fixes: [] }),
  ]),
  outcome('desk/bersih.md', []),
  outcome('desk/rusak.txt', [], { read: false, complete: false, errors: [{ id: 'binaryFile', data: { path: 'desk/rusak.txt', offset: 3 } }] }),
];

describe('cli/formatters', () => {
  describe('json', () => {
    it('prints exactly the documented shape', () => {
      const out = JSON.parse(FORMATTERS.json(context(SAMPLE)));
      assert.deepEqual(Object.keys(out), ['version', 'files', 'summary']);
      assert.equal(out.version, 1);
      assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['desk/berita satu.txt', 'desk/bersih.md']);
      assert.deepEqual(Object.keys(out.files[0]), ['path', 'findings']);
      const f = out.files[0].findings[0];
      assert.deepEqual(Object.keys(f), ['ruleId', 'category', 'severity', 'messageId', 'message', 'line', 'column', 'endLine', 'endColumn', 'start', 'end', 'fixes']);
      assert.deepEqual(f.fixes, [{ message: 'Hapus baris', safe: true, edits: [{ start: 20, end: 52, text: '' }] }]);
      assert.deepEqual(out.summary, { files: 2, errors: 1, warnings: 1, infos: 1 });
      assert.equal(out.files[0].findings[1].message, NASTY);
    });
  });

  describe('sarif', () => {
    it('is a valid SARIF 2.1.0 log with one descriptor per rule and UTF-16 columns', () => {
      const log = JSON.parse(FORMATTERS.sarif(context(SAMPLE)));
      validateSarif(log);
      const run = log.runs[0];
      assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ['fake-crash', 'fake-double-space', 'fake-related-link', 'fake-scroll']);
      const related = run.tool.driver.rules.find((r: { id: string }) => r.id === 'fake-related-link');
      assert.equal(related.helpUri, 'https://github.com/redaksi/redaksi/blob/main/docs/rules/fake-related-link.md');
      assert.equal(related.defaultConfiguration.level, 'error');
      assert.equal(related.shortDescription.text, 'Tautan "Baca juga"');
      assert.equal(related.fullDescription.text, 'Tautan "Baca juga" Bukan isi berita.');
      assert.equal(run.results.length, 3);
      const r0 = run.results[0];
      assert.equal(r0.ruleId, 'fake-scroll');
      assert.equal(r0.level, 'warning');
      assert.deepEqual(r0.locations[0].physicalLocation.artifactLocation, { uri: 'desk/berita%20satu.txt', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(r0.locations[0].physicalLocation.region, { startLine: 3, startColumn: 1, endLine: 3, endColumn: 32 });
      assert.deepEqual(r0.fixes[0].artifactChanges[0].replacements, [{ deletedRegion: { startLine: 3, startColumn: 1, endLine: 4, endColumn: 1 }, insertedContent: { text: '' } }]);
      assert.equal(run.results[2].level, 'note');
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///kerja/redaksi/');
      assert.equal(run.invocations[0].executionSuccessful, false);
      assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /desk\/rusak\.txt: berkas biner/);
    });

    it('maps severities to levels and encodes URIs per segment', () => {
      assert.equal(sarifLevel('error'), 'error');
      assert.equal(sarifLevel('warning'), 'warning');
      assert.equal(sarifLevel('info'), 'note');
      assert.equal(sarifLevel('hint'), 'note');
      assert.equal(sarifUri('../arsip/berita #1.md'), '../arsip/berita%20%231.md');
      assert.equal(sarifUri('<stdin>'), '%3Cstdin%3E');
    });

    it('describes rules in the chosen language', () => {
      const log = JSON.parse(FORMATTERS.sarif(context(SAMPLE, { locale: 'en' })));
      const related = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'fake-related-link');
      assert.equal(related.shortDescription.text, '"Read also" link');
    });

    it('is valid with no findings', () => {
      const log = JSON.parse(FORMATTERS.sarif(context([outcome('a.txt', [])])));
      validateSarif(log);
      assert.deepEqual(log.runs[0].results, []);
      assert.equal(log.runs[0].invocations[0].executionSuccessful, true);
    });
  });

  describe('github', () => {
    it('escapes data and properties', () => {
      assert.equal(escapeData('50% a\r\nb'), '50%25 a%0D%0Ab');
      assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
    });

    it('prints one workflow command per finding and per unreadable file', () => {
      const out = FORMATTERS.github(context([outcome('desk/a,b:c.txt', SAMPLE[0].findings), SAMPLE[2]]));
      const lines = out.trimEnd().split('\n');
      assert.equal(lines.length, 4);
      assert.equal(lines[0], '::warning file=desk/a%2Cb%3Ac.txt,line=3,col=1,endLine=3,endColumn=32,title=fake-scroll::Teks "scroll" dari halaman web');
      assert.equal(lines[1], `::error file=desk/a%2Cb%3Ac.txt,line=7,col=1,endLine=7,endColumn=40,title=fake-related-link::Kutipan <"&'> 50%25, baris%0D%0Abaru: a,b \u0001\u0008 \uD800 😀`);
      assert.match(lines[2], /^::notice file=desk\/a%2Cb%3Ac\.txt,line=9,col=5,endLine=9,endColumn=7,title=fake-double-space::Spasi ganda$/);
      assert.match(lines[3], /^::error file=desk\/rusak\.txt::desk\/rusak\.txt: berkas biner/);
    });
  });

  describe('junit', () => {
    it('escapes text and attributes, including characters XML cannot hold', () => {
      assert.equal(escapeXmlText('a<b>&c'), 'a&lt;b&gt;&amp;c');
      assert.equal(escapeXmlAttr('"x"\n\'y\''), '&quot;x&quot;&#10;&apos;y&apos;');
      assert.equal(escapeXmlText('a\u0001b'), 'a\\u0001b');
      assert.equal(escapeXmlText('\uD800x'), '\\uD800x');
      assert.equal(escapeXmlText('😀'), '😀');
    });

    it('is well-formed JUnit XML: a suite per file, a case per finding, failures for errors and warnings', () => {
      const xml = FORMATTERS.junit(context(SAMPLE));
      const root = parseXml(xml);
      assert.equal(root.name, 'testsuites');
      assert.deepEqual(root.attrs, { name: 'redaksi', tests: '5', failures: '2', errors: '1', time: '0' });
      assert.deepEqual(root.children.map((s) => s.attrs.name), ['desk/berita satu.txt', 'desk/bersih.md', 'desk/rusak.txt']);
      const [first, clean, broken] = root.children;
      assert.equal(first.name, 'testsuite');
      assert.deepEqual([first.attrs.tests, first.attrs.failures, first.attrs.errors], ['3', '2', '0']);
      assert.deepEqual(first.children.map((c) => c.children.map((x) => x.name)), [['failure'], ['failure'], ['system-out']]);
      const failure = first.children[1].children[0];
      assert.equal(failure.attrs.type, 'error');
      assert.ok(failure.text.startsWith('desk/berita satu.txt:7:1 galat: Kutipan'), failure.text);
      // The message survives the round trip except for characters XML 1.0 cannot carry.
      assert.equal(failure.attrs.message, NASTY.replace('\u0001', '\\u0001').replace('\u0008', '\\u0008').replace('\uD800', '\\uD800'));
      assert.equal(clean.children.length, 1);
      assert.equal(clean.children[0].children.length, 0);
      assert.equal(broken.children[0].children[0].name, 'error');
    });
  });

  describe('stylish', () => {
    it('groups by file, aligns columns and ends with the summary line', () => {
      const out = FORMATTERS.stylish(context(SAMPLE));
      const lines = out.split('\n');
      assert.equal(lines[0], 'desk/berita satu.txt');
      assert.match(lines[1], /^ {2}3:1 {2}peringatan {2}Teks "scroll" dari halaman web +fake-scroll$/);
      assert.match(lines[2], /^ {2}7:1 {2}galat {7}Kutipan <"&'> 50%, baris baru: a,b/);
      assert.match(lines[3], /^ {2}9:5 {2}info {8}Spasi ganda +fake-double-space$/);
      assert.ok(!out.includes('bersih.md'), 'clean files are not listed');
      assert.match(out, /✖ 3 masalah \(1 galat, 1 peringatan, 1 info\)/);
      assert.match(out, /2 masalah dapat diperbaiki otomatis dengan `redaksi fix`/);
      assert.ok(out.endsWith('2 berkas diperiksa: 1 galat, 1 peringatan, 1 info; 1 berkas gagal dibaca\n'));
      assert.ok(!out.includes('\u001b['), 'no colours');
    });

    it('uses colours only when asked and English when asked', () => {
      const out = FORMATTERS.stylish(context(SAMPLE, { color: true, locale: 'en' }));
      assert.ok(out.includes('\u001b[31m'));
      assert.match(out, /3 problems \(1 error, 1 warning, 1 info\)/);
      assert.match(out, /2 files checked: 1 error, 1 warning, 1 info; 1 file could not be checked/);
    });

    it('prints only the summary line for a clean run', () => {
      assert.equal(FORMATTERS.stylish(context([outcome('a.txt', [])])), '1 berkas diperiksa: 0 galat, 0 peringatan\n');
    });
  });
});

// Structural checks for the machine formats (no network, no schema download): the parts of SARIF 2.1.0 and
// JUnit XML that consumers (GitHub code scanning, CI dashboards) rely on.
import assert from 'node:assert/strict';

type Json = any;

const LEVELS = ['none', 'note', 'warning', 'error'];

function isPositiveInt(n: unknown): boolean {
  return Number.isInteger(n) && (n as number) >= 1;
}

function checkRegion(region: Json, where: string): void {
  assert.equal(typeof region, 'object', `${where}: region`);
  for (const k of Object.keys(region)) {
    assert.ok(['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'snippet'].includes(k), `${where}: unknown region key ${k}`);
  }
  assert.ok(isPositiveInt(region.startLine), `${where}: startLine`);
  assert.ok(isPositiveInt(region.startColumn), `${where}: startColumn`);
  assert.ok(isPositiveInt(region.endLine), `${where}: endLine`);
  assert.ok(isPositiveInt(region.endColumn), `${where}: endColumn`);
  assert.ok(region.endLine >= region.startLine, `${where}: endLine >= startLine`);
  if (region.endLine === region.startLine) assert.ok(region.endColumn >= region.startColumn, `${where}: endColumn >= startColumn`);
}

function checkArtifactLocation(loc: Json, where: string): void {
  assert.equal(typeof loc.uri, 'string', `${where}: uri`);
  assert.ok(!loc.uri.includes('\\'), `${where}: forward slashes only`);
  assert.ok(!/^[a-z]+:/i.test(loc.uri) && !loc.uri.startsWith('/'), `${where}: relative uri`);
  assert.doesNotThrow(() => new URL(loc.uri, 'file:///root/'), `${where}: valid URI reference`);
  assert.ok(!/[\s<>"{}|^`]/.test(loc.uri), `${where}: uri characters are encoded`);
}

function checkMessage(m: Json, where: string): void {
  assert.equal(typeof m?.text, 'string', `${where}: message.text`);
  assert.ok(m.text.length > 0, `${where}: message.text not empty`);
}

/** Throws when the log is not a structurally valid SARIF 2.1.0 log of the shape code scanning needs. */
export function validateSarif(log: Json): void {
  assert.equal(log.version, '2.1.0');
  assert.equal(typeof log.$schema, 'string');
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1, 'one run');
  const run = log.runs[0];
  const driver = run.tool?.driver;
  assert.equal(driver?.name, 'redaksi');
  assert.match(driver.version, /^\d+\.\d+\.\d+/);
  assert.doesNotThrow(() => new URL(driver.informationUri));
  assert.ok(Array.isArray(driver.rules));
  const ids = new Set<string>();
  driver.rules.forEach((r: Json, i: number) => {
    const where = `rules[${i}]`;
    assert.equal(typeof r.id, 'string', `${where}.id`);
    assert.ok(!ids.has(r.id), `${where}: one descriptor per rule`);
    ids.add(r.id);
    checkMessage(r.shortDescription, `${where}.shortDescription`);
    checkMessage(r.fullDescription, `${where}.fullDescription`);
    assert.doesNotThrow(() => new URL(r.helpUri), `${where}.helpUri`);
    assert.ok(r.helpUri.endsWith(`/docs/rules/${r.id}.md`), `${where}.helpUri points at the rule page`);
    assert.ok(LEVELS.includes(r.defaultConfiguration?.level), `${where}.defaultConfiguration.level`);
  });
  assert.equal(run.columnKind, 'utf16CodeUnits');
  if (run.originalUriBaseIds) {
    for (const [k, v] of Object.entries<Json>(run.originalUriBaseIds)) {
      assert.ok(v.uri.endsWith('/'), `originalUriBaseIds.${k} ends with /`);
      assert.doesNotThrow(() => new URL(v.uri));
    }
  }
  assert.ok(Array.isArray(run.results));
  run.results.forEach((res: Json, i: number) => {
    const where = `results[${i}]`;
    assert.equal(typeof res.ruleId, 'string', `${where}.ruleId`);
    assert.ok(Number.isInteger(res.ruleIndex) && res.ruleIndex >= 0 && res.ruleIndex < driver.rules.length, `${where}.ruleIndex`);
    assert.equal(driver.rules[res.ruleIndex].id, res.ruleId, `${where}: ruleIndex names the same rule`);
    assert.ok(LEVELS.includes(res.level), `${where}.level`);
    checkMessage(res.message, `${where}.message`);
    assert.ok(Array.isArray(res.locations) && res.locations.length >= 1, `${where}.locations`);
    for (const loc of res.locations) {
      checkArtifactLocation(loc.physicalLocation.artifactLocation, `${where}.location`);
      checkRegion(loc.physicalLocation.region, `${where}.region`);
    }
    for (const fix of res.fixes ?? []) {
      if (fix.description) checkMessage(fix.description, `${where}.fix.description`);
      assert.ok(Array.isArray(fix.artifactChanges) && fix.artifactChanges.length >= 1, `${where}.fix.artifactChanges`);
      for (const change of fix.artifactChanges) {
        checkArtifactLocation(change.artifactLocation, `${where}.fix.artifactLocation`);
        assert.ok(Array.isArray(change.replacements) && change.replacements.length >= 1, `${where}.fix.replacements`);
        for (const rep of change.replacements) {
          checkRegion(rep.deletedRegion, `${where}.fix.deletedRegion`);
          if (rep.insertedContent) assert.equal(typeof rep.insertedContent.text, 'string');
        }
      }
    }
  });
  for (const inv of run.invocations ?? []) {
    assert.equal(typeof inv.executionSuccessful, 'boolean');
    for (const n of inv.toolExecutionNotifications ?? []) {
      checkMessage(n.message, 'notification');
      assert.ok(LEVELS.includes(n.level));
    }
  }
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
// Characters allowed by XML 1.0.
const XML_CHAR = /^(?:[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

function decodeEntities(s: string, where: string): string {
  assert.ok(!s.includes('<'), `${where}: raw '<'`);
  return s.replace(/&([^;]*);?/g, (whole, body: string) => {
    assert.ok(whole.endsWith(';'), `${where}: unterminated entity ${whole}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[body] !== undefined) return named[body];
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    assert.ok(m, `${where}: unknown entity &${body};`);
    const cp = m[1] ? parseInt(m[1], 16) : Number(m[2]);
    const c = String.fromCodePoint(cp);
    assert.ok(XML_CHAR.test(c), `${where}: character reference to a forbidden character`);
    return c;
  });
}

/** A strict little XML 1.0 parser for well-formedness: one root, balanced tags, quoted attributes, valid entities and characters. */
export function parseXml(xml: string): XmlElement {
  assert.ok(XML_CHAR.test(xml), 'only XML 1.0 characters');
  let i = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/.exec(xml);
  assert.ok(decl, 'XML declaration');
  i = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    if (xml.startsWith('</', i)) {
      const m = /^<\/([A-Za-z_][\w.-]*)\s*>/.exec(xml.slice(i));
      assert.ok(m, `closing tag at ${i}`);
      const open = stack.pop();
      assert.equal(open?.name, m[1], `balanced tags at ${i}`);
      i += m[0].length;
    } else if (xml[i] === '<') {
      const rest = xml.slice(i + 1);
      const nm = NAME.exec(rest);
      assert.ok(nm, `tag name at ${i}`);
      const el: XmlElement = { name: nm[0], attrs: {}, children: [], text: '' };
      let j = i + 1 + nm[0].length;
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(j))![0];
        j += ws.length;
        if (xml.startsWith('/>', j) || xml[j] === '>') break;
        assert.ok(ws.length > 0, `whitespace before attribute at ${j}`);
        const am = /^([A-Za-z_][\w.-]*)="([^"]*)"/.exec(xml.slice(j));
        assert.ok(am, `attribute at ${j}: ${xml.slice(j, j + 30)}`);
        assert.ok(!(am[1] in el.attrs), `duplicate attribute ${am[1]}`);
        el.attrs[am[1]] = decodeEntities(am[2], `attribute ${am[1]}`);
        j += am[0].length;
      }
      const selfClosing = xml.startsWith('/>', j);
      i = j + (selfClosing ? 2 : 1);
      if (stack.length) stack[stack.length - 1].children.push(el);
      else {
        assert.equal(root, null, 'one root element');
        root = el;
      }
      if (!selfClosing) stack.push(el);
    } else {
      const next = xml.indexOf('<', i);
      const text = xml.slice(i, next < 0 ? xml.length : next);
      if (stack.length) stack[stack.length - 1].text += decodeEntities(text, 'text');
      else assert.match(text, /^\s*$/, 'no text outside the root');
      i = next < 0 ? xml.length : next;
    }
  }
  assert.equal(stack.length, 0, 'all tags closed');
  assert.ok(root, 'a root element');
  return root;
}

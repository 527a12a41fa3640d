// Editing a `.redaksi.json` from the editor ("Add to the dictionary", "Ignore this finding"): the change is
// made with jsonc-parser in the file's own indentation and line endings, so comments and order survive, and
// written through a temp file and a rename, so a crash never leaves half a config.
import * as fs from 'node:fs';
import type { FormattingOptions } from 'jsonc-parser';

/** The file's own indentation and line ending, for jsonc-parser's `modify`. */
export function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}

export type ConfigEditOutcome = { ok: true; added: boolean } | { ok: false; error: string };

/**
 * Applies `edit` to the file's text (undefined when the file does not exist yet); `edit` returns the new
 * text, or null when there is nothing to add.
 */
export function editConfigFile(file: string, edit: (text: string | undefined) => string | null): ConfigEditOutcome {
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, error: String(error) };
  }
  const next = edit(text);
  if (next === null) return { ok: true, added: false };
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, next, 'utf8');
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing left to clean
    }
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, added: true };
}

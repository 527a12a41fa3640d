// What `redaksi fix` does with each fixed draft: write it in place (atomically), print a diff (--dry-run) or
// print the text (--stdout). A file is written only when it was read, fully checked and changed.
import { FileChangedError, writeFileAtomic } from './atomic-write';
import { unifiedDiff } from './diff';
import { ioData } from './messages';
import type { FileOutcome, OutStream } from './report';

export type FixTarget = 'write' | 'diff' | 'stdout';

/** Applies the fix results; failures are added to the outcomes' errors. Returns fixes and files changed. */
export function applyFixResults(outcomes: readonly FileOutcome[], stdout: OutStream, target: FixTarget): { fixes: number; files: number } {
  let fixes = 0;
  let files = 0;
  for (const o of outcomes) {
    if (!o.read || !o.complete) {
      if (o.read) o.errors.push({ id: 'notFixedRuleCrash', data: { path: o.displayPath } });
      continue;
    }
    const changed = o.fixed !== undefined && o.original !== undefined && o.fixed !== o.original;
    if (target === 'stdout') {
      stdout.write(o.fixed ?? o.original ?? '');
    } else if (target === 'diff') {
      if (changed) stdout.write(unifiedDiff(o.original!, o.fixed!, o.displayPath));
    } else if (changed && o.absPath) {
      try {
        // Refused when the file no longer holds the bytes that were checked (someone saved it meanwhile).
        writeFileAtomic(o.absPath, Buffer.from(o.fixed!, 'utf8'), { expected: Buffer.from(o.original!, 'utf8') });
      } catch (error) {
        o.errors.push(
          error instanceof FileChangedError
            ? { id: 'fileChanged', data: { path: o.displayPath } }
            : { id: 'writeError', data: { path: o.displayPath, ...ioData(error) } },
        );
        continue;
      }
    }
    if (changed) {
      fixes += o.applied;
      files++;
    }
  }
  return { fixes, files };
}

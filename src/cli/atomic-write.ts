// Writing a fixed draft atomically: a temporary file in the same folder (same file system, so rename is
// atomic), flushed, given the original mode, then renamed over the original. Readers see the old file or
// the new one, never half of it; on any failure the temporary file is removed and the original is untouched.
import * as fs from 'node:fs';
import * as path from 'node:path';

export class FileChangedError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while being fixed`);
    this.name = 'FileChangedError';
  }
}

export interface AtomicWriteOptions {
  /** When given, the write is refused if the file no longer holds exactly these bytes. */
  expected?: Uint8Array;
}

/** The name of a temporary file beside `target` (hidden, unique, recognisably ours). */
export function tempPathFor(target: string): string {
  // Required here, not imported: loading node:crypto (with the stream machinery it pulls in) cost every
  // `redaksi check` start about 10 ms, and only writes need it (issue 11).
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  return path.join(path.dirname(target), `.${path.basename(target)}.redaksi-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `data` to `file` (created when missing, with the default mode; otherwise keeping its mode). */
export function writeFileAtomic(file: string, data: Uint8Array, options: AtomicWriteOptions = {}): void {
  // Follow a symlink so the link stays a link and its target gets the new text.
  let target: string;
  let stat: fs.Stats | null;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || options.expected) throw error;
    target = path.resolve(file);
    stat = null;
  }
  if (options.expected) {
    const current = fs.readFileSync(target);
    if (!Buffer.from(options.expected.buffer, options.expected.byteOffset, options.expected.byteLength).equals(current)) {
      throw new FileChangedError(file);
    }
  }
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', stat ? 0o600 : 0o666);
    let written = 0;
    while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
    if (stat) fs.fchmodSync(fd, stat.mode & 0o7777);
    if (stat && process.getuid && process.getuid() === 0) {
      try {
        fs.fchownSync(fd, stat.uid, stat.gid);
      } catch {
        // Keeping the owner is best effort (only root may change it).
      }
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the original error is the one to report
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // the temporary file may never have been created
    }
    throw error;
  }
}

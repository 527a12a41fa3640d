// The form list's line index kept in a file beside the list (forms.txt -> forms.txt.index), so that a process
// that loads the dictionary (each `redaksi check`, each CLI worker, the language server) reads the index instead
// of scanning the 4 MB list for line breaks: about 7 ms of every start (issue 11).
//
// The file is a header naming the list it indexes (its size and modification time, and the byte order of the
// numbers) followed by the Uint32 line starts. It is used only when the header matches and WordStore's own
// checks pass; anything else (no file, a stale or damaged one) scans the list as before and writes the file
// again, through a temporary file and a rename. A read-only install simply runs without it.
// REDAKSI_COMPILE_CACHE=off turns it off, with the code cache (src/node/code-cache.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import { WordStore } from './word-store';

const MAGIC = 'redaksi-word-index-1';

function headerOf(list: string, bytes: Uint8Array): Buffer {
  let mtime = 0;
  try {
    mtime = fs.statSync(list).mtimeMs;
  } catch {
    // the list was read: its stat cannot fail but for a race; the header then never matches a file
  }
  const text = `${MAGIC} ${bytes.length}:${mtime}:${os.endianness()}\n`;
  // Padded to a multiple of 4 bytes, so the numbers after it can be read in place.
  return Buffer.from(text.padEnd(Math.ceil(text.length / 4) * 4, ' '), 'latin1');
}

function readIndex(file: string, header: Buffer): Uint32Array | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length < header.length + 4 || (data.length - header.length) % 4 !== 0 || !data.subarray(0, header.length).equals(header)) return undefined;
  const offset = data.byteOffset + header.length;
  const count = (data.length - header.length) / 4;
  // Read in place when aligned (a file this size gets a buffer of its own), else copied.
  return offset % 4 === 0
    ? new Uint32Array(data.buffer, offset, count)
    : new Uint32Array(data.buffer.slice(offset, offset + count * 4));
}

function writeIndex(file: string, header: Buffer, starts: Uint32Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([header, Buffer.from(starts.buffer, starts.byteOffset, starts.byteLength)]));
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/** What became of the index file: read and used, written (or tried, as the list was scanned), or off. */
export type IndexUse = 'used' | 'written' | 'off';

/** The form list at `list` (its bytes already read), with its line index from the file beside it when it fits. */
export function wordStoreWithIndexFile(list: string, bytes: Uint8Array): { store: WordStore; index: IndexUse } {
  if (process.env.REDAKSI_COMPILE_CACHE === 'off') return { store: WordStore.fromBytes(bytes), index: 'off' };
  const file = `${list}.index`;
  const header = headerOf(list, bytes);
  const starts = readIndex(file, header);
  const indexed = starts ? WordStore.withLineIndex(bytes, starts) : undefined;
  if (indexed) return { store: indexed, index: 'used' };
  const store = WordStore.fromBytes(bytes);
  writeIndex(file, header, store.lineIndex());
  return { store, index: 'written' };
}

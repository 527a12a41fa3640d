// Turning bytes from disk or stdin into draft text: refuse binary files and invalid UTF-8 rather than guess.
// The BOM is kept as U+FEFF at offset 0, so offsets match the text exactly and writing it back keeps the BOM.

/** Why bytes are not a draft, as data (the CLI's message catalogue has a text for each id). */
export interface DecodeError {
  id: 'binaryFile' | 'notUtf8';
  data: { path: string; offset: number };
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: DecodeError };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte offset of the first invalid UTF-8 sequence (only called after the decoder refused the bytes). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= n) return i; // truncated sequence at the end
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a draft. A NUL byte means a binary file (or UTF-16, which newsrooms do not use for drafts);
 * anything that is not valid UTF-8 is refused with the byte offset, so the editor can find it.
 */
export function decodeDraft(bytes: Uint8Array, displayPath: string): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, error: { id: 'binaryFile', data: { path: displayPath, offset: nul } } };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, error: { id: 'notUtf8', data: { path: displayPath, offset: Math.max(0, firstInvalidUtf8(bytes)) } } };
  }
}

/** True for a file with nothing to check (no bytes, or only a BOM). */
export function isEmptyDraft(text: string): boolean {
  return text.length === 0 || text === '\uFEFF';
}

// The dictionary in the server: lazy loading of the Indonesian word list (DictionaryLoader, below) and
// "Add <word> to the dictionary": appends the word to the `dictionary` array of a `.redaksi.json`
// with jsonc-parser, so comments, order and indentation of the file survive.
import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import { editConfigFile, formattingOf, type ConfigEditOutcome } from './config-file';
import { installSpelling, spellingResources, type SpellingResources } from '../spelling/resources';

/** One word as the config schema wants it: no spaces, not empty, not absurdly long. */
export function isDictionaryWord(word: string): boolean {
  return word.length > 0 && word.length <= 100 && !/\s/.test(word);
}


/**
 * The config text with `word` added to `dictionary` (the array created when missing); null when the word
 * is already there. A missing file (undefined text) becomes a new small config.
 */
export function addWordToConfigText(text: string | undefined, word: string): string | null {
  if (text === undefined || text.trim() === '' || text.trim() === '\uFEFF') {
    return `{\n  "dictionary": [${JSON.stringify(word)}]\n}\n`;
  }
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const root = parseTree(body, [], { allowTrailingComma: true });
  const dictionary = root ? findNodeAtLocation(root, ['dictionary']) : undefined;
  if (dictionary?.type === 'array' && (dictionary.children ?? []).some((c) => c.value === word)) return null;
  if (dictionary?.type === 'array' && !/[\r\n]/.test(body.slice(dictionary.offset, dictionary.offset + dictionary.length))) {
    // A one-line array stays on one line: ["a", "b"] -> ["a", "b", "c"].
    const last = dictionary.children?.at(-1);
    const at = last ? last.offset + last.length : dictionary.offset + 1;
    return bom + body.slice(0, at) + (last ? ', ' : '') + JSON.stringify(word) + body.slice(at);
  }
  const formattingOptions = formattingOf(body);
  const edits = dictionary?.type === 'array'
    ? modify(body, ['dictionary', -1], word, { formattingOptions })
    : modify(body, ['dictionary'], [word], { formattingOptions });
  return bom + applyEdits(body, edits);
}

export type AddWordOutcome = ConfigEditOutcome;

/** Adds the word to the file on disk (created when missing). Writes through a temp file so a crash leaves no half file. */
export function addWordToConfigFile(file: string, word: string): AddWordOutcome {
  return editConfigFile(file, (text) => addWordToConfigText(text, word));
}

/**
 * Loads the Indonesian word list in the background once the first draft has been checked and published
 * (so first diagnostics never wait for it), installs it for the spelling rules and calls `loaded` (the
 * server then rechecks open drafts and re-publishes). Loads at most once per server.
 */
export class DictionaryLoader {
  private started = false;

  constructor(
    private readonly load: () => Promise<SpellingResources>,
    private readonly loaded: () => void,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** Starts loading after `firstCheck` settles (whatever its outcome). */
  after(firstCheck: Promise<unknown>): void {
    if (this.started || spellingResources()) return;
    this.started = true;
    void firstCheck.catch(() => undefined).then(() => this.load()).then((resources) => {
      installSpelling(resources);
      this.loaded();
    }, this.failed);
  }
}

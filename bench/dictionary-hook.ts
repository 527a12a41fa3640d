// The place in the benchmark for the spelling dictionary's figures (load time, heap, suggestions), measured by
// bench/spelling.ts (the spelling work). A measurement either returns its figures (they go into bench.json) or
// prints its own lines and returns nothing, as benchSpelling does today.
import { ROOT } from './corpora';
import { benchSpelling } from './spelling';

export interface DictionaryFigures {
  /** Words (or word forms) in the loaded dictionary. */
  words?: number;
  /** From nothing loaded to the first word checked. */
  loadMs: number;
  /** Heap the loaded dictionary holds (after a forced GC when --expose-gc is on). */
  heapMb: number;
  /** Time to check one word, warm. */
  lookupMedianUs?: number;
  /** Suggestions for a misspelt word, once the suggestion engine is loaded. */
  suggestMedianMs?: number;
  suggestP95Ms?: number;
  /** Anything the reader should know (which dictionary, lazy parts). */
  note?: string;
}

export type DictionaryMeasure = (options: { quick: boolean }) => DictionaryFigures | void | Promise<DictionaryFigures | void>;

export const dictionaryMeasure: DictionaryMeasure | null = ({ quick }) => benchSpelling(ROOT, quick);

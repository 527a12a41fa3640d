// The place in the benchmark for the spelling dictionary's figures (load time, heap, suggestions). The spelling
// work adds bench/spelling.ts exporting a function of this shape; wiring it is one line below, done on merge:
//   import { measureDictionary } from './spelling';   export const dictionaryMeasure: DictionaryMeasure | null = measureDictionary;
// Until then the table shows the row as "not wired" and the budget check skips it.

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

export type DictionaryMeasure = (options: { quick: boolean }) => DictionaryFigures | Promise<DictionaryFigures>;

export const dictionaryMeasure: DictionaryMeasure | null = null;

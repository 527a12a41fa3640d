// What the renderer needs to know about a finding: already localised, so the renderer never needs the
// rules' message tables. Built from core findings by toPreviewFindings (the server and the CLI use it).
import type { Category, Severity, TextEdit } from '../core/types';

export interface PreviewFix {
  title: string;
  safe: boolean;
  /** Absolute, non-overlapping edits on the draft the finding was computed on. */
  edits: TextEdit[];
}

export interface PreviewFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the draft text (a BOM counts as one). */
  start: number;
  end: number;
  message: string;
  docsUrl: string;
  fixes: PreviewFix[];
}

export type BlockKind = 'headline' | 'heading' | 'paragraph' | 'quote';

/** One rendered block of the article (a headline, a paragraph, a quote). */
export interface RenderedBlock {
  /** Offsets of the block's text in the draft (without the blank lines around it). */
  start: number;
  end: number;
  kind: BlockKind;
  /** True when artifact findings cover all of the block's text. */
  artifact: boolean;
  /**
   * The block's element. Offsets inside it (`data-o`) are relative to `start`, so a block whose text and
   * findings did not change renders to the same string after an edit above it (the panel reuses it).
   */
  html: string;
}

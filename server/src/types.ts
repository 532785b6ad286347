// Plain data shared by the engine, the CLI and the LSP layer. Shapes match LSP's so the
// server can pass them through unchanged, but nothing here depends on an editor.

/** 0-based line, character in UTF-16 code units (what LSP and JavaScript strings both count). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes need no judgement and are applied by fix-all / `--fix`; the others are offered one by one. */
  safe: boolean;
}

/**
 * At most this many related locations per finding. A text that concatenates many captures (or a log
 * repeating one failure for months) would otherwise link every failure line to every other: quadratic
 * in the input, and no editor shows more than a screenful anyway.
 */
export const MAX_RELATED = 20;

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
  /** Evidence elsewhere in the same text (config line <-> show output), for LSP relatedInformation. */
  related?: RelatedLocation[];
  /**
   * Configuration lines that fix the problem when the flagged text cannot be edited in place
   * (show outputs, logs): the editor copies them, the CLI prints them.
   */
  remedy?: string[];
}

export function range(line: number, start: number, end: number, endLine = line): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

// Folding ranges: each show-tech section from its prompt or banner to its last line, every config
// block that has sub-commands (tracked or not: `router bgp`, `line vty`, ACLs, nested
// `address-family`), banners, runs of `!` comments, and the indented blocks of show outputs
// (`Registration:` and its fields). An editor that gets ranges from the server stops folding by
// indentation on its own, so the indented blocks are given here too. One pass over the lines of
// each section, comparing indentation only: nothing is parsed again.
import { DeviceModel } from '../model/types';
import { TextLines } from '../parse/lines';
import { Section } from '../parse/sections';
import { sectionFirstLine, sectionLastLine } from './ranges';

/** Shaped like LSP's FoldingRange. */
export interface Fold {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

/** Folding ranges in line order, outer before inner; at most `limit` (the outermost first when there are more). */
export function foldingRanges(model: DeviceModel, limit = Number.POSITIVE_INFINITY): Fold[] {
  const { lines, sections } = model;
  const folds: Fold[] = [];
  const bannersBySection = new Map<Section, Map<number, number>>();
  for (const p of model.config.parsed) {
    const banners = new Map<number, number>();
    for (const b of p.banners) banners.set(b.startLine, b.endLine);
    bannersBySection.set(p.section, banners);
  }
  // A plain config file or a single paste is the whole document: folding it all hides nothing useful.
  const foldSections = sections.length > 1 || sections.some((s) => s.headerLine >= 0);
  for (const section of sections) {
    if (foldSections) {
      const first = sectionFirstLine(section);
      const last = sectionLastLine(lines, section);
      if (last > first) folds.push({ startLine: first, endLine: last });
    }
    const banners = bannersBySection.get(section);
    const config = section.kind === 'config' ? { banners: banners ?? new Map<number, number>() } : null;
    scanIndentation(lines, section.startLine, Math.min(section.endLine, lines.count), folds, config);
  }
  folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return outermostFolds(folds, limit);
}

/**
 * At most `limit` of these ranges (in line order, outer before inner), keeping the outer ones:
 * editors cap how many they take (VS Code: 5000), and a show-tech's sections matter more than
 * the thousandth interface counter block.
 */
export function outermostFolds(folds: Fold[], limit: number | undefined): Fold[] {
  if (limit === undefined || folds.length <= limit) return folds;
  const depths = new Int32Array(folds.length);
  const open: number[] = [];
  for (let i = 0; i < folds.length; i++) {
    while (open.length && folds[open[open.length - 1]].endLine < folds[i].startLine) open.pop();
    depths[i] = open.length;
    open.push(i);
  }
  const order = folds.map((_, i) => i).sort((a, b) => depths[a] - depths[b] || a - b);
  const kept = order.slice(0, Math.max(0, limit)).sort((a, b) => a - b);
  return kept.map((i) => folds[i]);
}

interface Open {
  line: number;
  indent: number;
}

/** In a config section, `!` lines are comments and banners' bodies are free text. */
interface ConfigContext {
  banners: Map<number, number>;
}

/**
 * Blocks by indentation: a line opens a block that runs to the last line indented deeper than it.
 * Blank lines belong to whatever surrounds them. Only characters are compared: this runs on every
 * line of a 50 MiB show-tech.
 */
function scanIndentation(lines: TextLines, from: number, to: number, folds: Fold[], config: ConfigContext | null): void {
  const text = lines.text;
  const stack: Open[] = [];
  let lastContent = -1;
  // Comments: runs of two or more `!` lines holding some words. Bare `!` lines only separate blocks.
  let runStart = -1;
  let runLast = -1;
  let runHasText = false;
  const endRun = () => {
    if (runStart >= 0 && runLast > runStart && runHasText) folds.push({ startLine: runStart, endLine: runLast, kind: 'comment' });
    runStart = -1;
    runHasText = false;
  };
  const close = (downTo: number) => {
    while (stack.length > downTo) {
      const open = stack.pop() as Open;
      if (lastContent > open.line) folds.push({ startLine: open.line, endLine: lastContent });
    }
  };
  for (let i = from; i < to; i++) {
    const start = lines.starts[i] + (i === 0 ? lines.bomLength : 0);
    const end = lines.ends[i];
    let col = start;
    let c = 0;
    while (col < end && ((c = text.charCodeAt(col)) === 32 || c === 9)) col++;
    if (col >= end) continue;
    const indent = col - start;
    if (config) {
      if (c === 33 /* ! */) {
        if (runStart < 0) runStart = i;
        runLast = i;
        if (!runHasText) {
          for (let p = col + 1; p < end; p++) {
            const d = text.charCodeAt(p);
            if (d !== 32 && d !== 9 && d !== 33) {
              runHasText = true;
              break;
            }
          }
        }
        continue;
      }
      endRun();
      if (c === 98 /* b */ && indent === 0) {
        const bannerEnd = config.banners.get(i);
        if (bannerEnd !== undefined && bannerEnd > i) {
          // A banner stands at the top level: it ends every open block, and its body is not indentation.
          close(0);
          folds.push({ startLine: i, endLine: bannerEnd, kind: 'region' });
          i = bannerEnd;
          continue;
        }
      }
    }
    if (c === 113 /* q */ && isQuit(text, col, end)) {
      // `  <tab>quit` ends a certificate's hex lines; its tab makes it look deeper than they are.
      let depth = stack.length;
      while (depth > 0 && stack[depth - 1].line === lastContent) depth--;
      close(depth);
      lastContent = i;
      continue;
    }
    let depth = stack.length;
    while (depth > 0 && stack[depth - 1].indent >= indent) depth--;
    close(depth);
    stack.push({ line: i, indent });
    lastContent = i;
  }
  close(0);
  endRun();
}

function isQuit(text: string, col: number, end: number): boolean {
  if (!text.startsWith('quit', col)) return false;
  for (let p = col + 4; p < end; p++) if (text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 9) return false;
  return true;
}

// JUnit XML for Jenkins (`junit` step) and CI dashboards: a <testsuite> per file, a <testcase> per
// finding. A finding at or above the file's failing severity is a <failure>; one below it passes
// with the finding in <system-out>, so the dashboard agrees with the exit status. A file without
// findings is one passing testcase, so clean files count as passed.
import { TOOL_NAME } from '../../engine';
import { SEVERITY_RANK } from '../../types';
import { Formatter } from '../report';

/**
 * Text for XML 1.0: the five special characters as entities, and the characters XML 1.0 cannot hold
 * at all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF) written as visible `\xNN`
 * / `\uNNNN`. Inside attributes tab, LF and CR become character references, which attribute-value
 * normalisation would otherwise turn into spaces.
 */
export function xmlEscape(s: string, attribute = false): string {
  return s.replace(/[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\t\n\r]/g, (c) => {
    switch (c) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      case "'": return '&apos;';
      case '\t': case '\n': case '\r': return attribute ? `&#${c.charCodeAt(0)};` : c;
      default: {
        const code = c.charCodeAt(0);
        return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
      }
    }
  });
}

export const junit: Formatter = (reports, ctx) => {
  const a = (s: string) => xmlEscape(s, true);
  let tests = 0;
  let failures = 0;
  for (const r of reports) {
    tests += Math.max(1, r.findings.length);
    failures += r.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[r.failOn]).length;
  }
  ctx.out('<?xml version="1.0" encoding="UTF-8"?>');
  ctx.out(`<testsuites name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0">`);
  for (const r of reports) {
    const failing = r.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[r.failOn]).length;
    ctx.out(`  <testsuite name="${a(r.path)}" tests="${Math.max(1, r.findings.length)}" failures="${failing}" errors="0" skipped="0">`);
    if (r.findings.length === 0) ctx.out(`    <testcase classname="${a(r.path)}" name="${TOOL_NAME}" file="${a(r.path)}"/>`);
    for (const f of r.findings) {
      const where = `${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const detail = xmlEscape(`${where} ${f.severity} ${f.message} ${f.ruleId}${f.remedy?.length ? `\n${f.remedy.map((l) => `    | ${l}`).join('\n')}` : ''}`);
      ctx.out(`    <testcase classname="${a(r.path)}" name="${a(`${f.ruleId} (line ${f.range.start.line + 1})`)}" file="${a(r.path)}" line="${f.range.start.line + 1}">`);
      if (SEVERITY_RANK[f.severity] >= SEVERITY_RANK[r.failOn]) ctx.out(`      <failure type="${a(f.ruleId)}" message="${a(`${f.severity}: ${f.message}`)}">${detail}</failure>`);
      else ctx.out(`      <system-out>${detail}</system-out>`);
      ctx.out('    </testcase>');
    }
    ctx.out('  </testsuite>');
  }
  ctx.out('</testsuites>');
};

// Issue 18: a pseudo-locale run. With locale `qps-ploc` every string that went through the catalogue
// comes out accented (⟦Ţĥíš …⟧, l10n/index.ts), so whatever English is left in what a user reads —
// finding messages, fix titles, related locations, remedy comments, hovers on every word of every
// example and fixture, completion details and documentation — is a string no translator would ever
// see. What stays English by design is taken out first: fenced code, `code`, "quoted" device text and
// commands, *italic* device messages, URLs.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { completionsAt } from '../../server/src/completion';
import { lint } from '../../server/src/engine';
import { hoverAt } from '../../server/src/hover';
import { setLocale } from '../../server/src/l10n';
import { decode } from '../../server/src/readText';
import { englishLeft } from './englishLeft';

const ROOT = join(__dirname, '..', '..');

interface Sample { file: string; text: string }

function samples(): Sample[] {
  const out: Sample[] = [];
  const add = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) add(p);
      else if (/\.(cfg|txt|log|conf)$/.test(e.name)) out.push({ file: p.slice(ROOT.length + 1), text: decode(readFileSync(p)).text });
    }
  };
  add(join(ROOT, 'examples'));
  add(join(ROOT, 'test', 'fixtures'));
  add(join(ROOT, 'test', 'precision'));
  // Real device text published by others (../shared/corpus), when it is beside the project.
  const corpus = join(ROOT, '..', 'shared', 'corpus');
  if (existsSync(corpus)) add(corpus);
  return out;
}

/** Every string a user of the editor or the CLI reads about one text. */
function userStrings(text: string): { what: string; value: string }[] {
  const out: { what: string; value: string }[] = [];
  const result = lint(text);
  for (const f of result.findings) {
    out.push({ what: `${f.ruleId} message`, value: f.message });
    for (const fix of f.fixes) out.push({ what: `${f.ruleId} fix title`, value: fix.title });
    for (const r of f.related ?? []) out.push({ what: `${f.ruleId} related`, value: r.message });
    for (const l of f.remedy ?? []) if (/^\s*!/.test(l)) out.push({ what: `${f.ruleId} remedy comment`, value: l.replace(/^\s*!\s*/, '') });
  }
  const lines = result.model.lines;
  for (let line = 0; line < lines.count; line++) {
    const lineText = lines.line(line);
    for (const m of lineText.matchAll(/\S+/g)) {
      const hover = hoverAt(result, { line, character: m.index! });
      if (hover) out.push({ what: `hover ${line + 1}:${m.index! + 1}`, value: hover });
    }
    for (const c of completionsAt(result.model, { line, character: lineText.length })) {
      out.push({ what: `completion ${c.label} detail`, value: c.detail });
      if (c.documentation) out.push({ what: `completion ${c.label}`, value: c.documentation });
    }
  }
  return out;
}

describe('pseudo-locale run (qps-ploc): no English sentence left', () => {
  before(() => setLocale('qps-ploc'));
  after(() => setLocale('en'));

  it('the detector finds English and passes accented text, commands and device output', () => {
    assert.deepEqual(englishLeft('Confirmed on lines 3 and 5.'), ['Confirmed on lines']);
    assert.deepEqual(englishLeft('⟦Çóñƒíŕɱéđ óñ ĺíñéš 3 áñđ 5.⟧'), []);
    assert.deepEqual(englishLeft('⟦Áđđ `clock calendar-valid` ţó "Fail to send out Call Home HTTP message" *Communication transport not available*⟧'), []);
    assert.deepEqual(englishLeft('```cisco\ncall-home\n profile "CiscoTAC-1"\n  active\n```'), []);
    assert.deepEqual(englishLeft('**service call-home**'), []);
    assert.deepEqual(englishLeft('**Status: OUT OF COMPLIANCE**'), []);
    assert.deepEqual(englishLeft('⟦Ŕéĝíšţŕáţíóñ ƒáíĺéđ⟧: "{"timestamp":["The device date is offset …": ⟦šéţ⟧'), []);
  });

  it('every example and fixture: messages, fix titles, related locations, remedies, hovers, completions', () => {
    const seen = new Map<string, string>();
    for (const s of samples()) {
      // Device output a message or related location echoes (a syslog text, `Trust Data NOT INSTALLED`)
      // is in the text itself: never translated, and not counted.
      const source = ` ${s.text.replace(/[^A-Za-z0-9]+/g, ' ')} `;
      for (const u of userStrings(s.text)) {
        for (const run of englishLeft(u.value)) if (!seen.has(run) && !source.includes(` ${run} `)) seen.set(run, `${s.file} ${u.what}: ${u.value.slice(0, 160).replace(/\n/g, '⏎')}`);
      }
    }
    const report = [...seen].slice(0, 60).map(([run, where]) => `  «${run}» in ${where}`).join('\n');
    assert.equal(seen.size, 0, `${seen.size} English phrases left in the pseudo-locale:\n${report}`);
  });
});

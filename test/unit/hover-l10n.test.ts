// Issue 18: a finding's hover is translated before its sentences are cut, so the cut works in every
// language: Latin scripts with accented capitals (the pseudo-locale's Ţĥé… stands in for German: its
// bundle is static, a test cannot add to it), and Chinese, whose sentences end in 。！？ with no space.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { hoverAt, whatTheDeviceDoes } from '../../server/src/hover';
import { setLocale } from '../../server/src/l10n';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

describe('hover sentences in other languages (issue 18)', () => {
  after(() => setLocale('en'));

  it('cuts Chinese after the last whole sentence that fits (。 with no space after)', () => {
    const sentence = '设备向思科发送的每条许可消息都通过此配置文件发送，因此它必须处于活动状态并使用超文本传输协议。';
    const text = `${sentence}${sentence.replace('设备', '交换机')}${sentence.replace('设备', '路由器')}请在配置模式下输入以下命令！`;
    const cut = whatTheDeviceDoes(text);
    assert.ok(cut.length < text.length, 'cut');
    assert.ok(cut.endsWith('。'), `ends on a whole sentence: ${cut}`);
    assert.ok(text.startsWith(cut));
    assert.ok(cut.length >= sentence.length, 'at least one sentence');
  });

  it('cuts German-like text before a capital that is not ASCII, and keeps English as it was', () => {
    const de = 'Über die Call-Home-Verbindung sendet das Gerät jede Lizenznachricht an Cisco, deshalb muss das Profil aktiv sein und HTTP verwenden. '
      + 'Überprüfen Sie anschließend mit dem Befehl den Status der Registrierung und der Autorisierung im Smart Account des Kunden. '
      + 'Änderungen werden erst nach dem Speichern der Konfiguration dauerhaft übernommen.';
    const cut = whatTheDeviceDoes(de);
    assert.ok(cut.endsWith('.') && de.startsWith(cut) && cut.length < de.length, cut);
    const en = 'Short. Enough.';
    assert.equal(whatTheDeviceDoes(en), en);
  });

  it('a translated finding hover keeps its code block, its rule id and one translated link', () => {
    setLocale('qps-ploc');
    const result = lint(readFileSync(join(EXAMPLES, 'iosxe-classic-http-destination.cfg'), 'utf8'));
    let checked = 0;
    for (const f of result.findings) {
      const hover = hoverAt(result, f.range.start) ?? '';
      const first = hover.split('\n---\n')[0];
      assert.match(first, new RegExp(`^\`${f.ruleId}\` ⟦`), first);
      assert.match(first, /\[⟦Ŕúĺé đóçúɱéñţáţíóñ⟧\]\(https?:/, first);
      assert.ok(!/Rule documentation/.test(hover), hover);
      const fence = /```cisco\n([\s\S]*?)\n```/.exec(first);
      if (fence) {
        assert.ok(!/[⟦⟧]/.test(fence[1]), `code is not translated: ${fence[1]}`);
        checked++;
      }
      // The cut ends on a whole (pseudo) sentence, before the link.
      assert.match(first.split('\n')[0], /[.:)*!?⟧] \[⟦/, first);
    }
    assert.ok(checked > 0, 'some hover had lines to type');
  });
});

// placeholder-in-config: a `<email>`-style placeholder left in a configuration line (issue 15.5). The
// editor's snippets and completions write placeholders that way, so tabbing out of a snippet early
// leaves `contact-email-addr <email>` or `https://<host>/…` behind; no device value is spelt `<…>`, and
// pasting such a line into a device fails (IOS-XE rejects `<` where a word is expected) or, worse,
// stores a destination that can never be reached.
//
// Precision: only command words of configuration lines. Never banner bodies, descriptions, remarks,
// aliases or comments (free text, where `<name>` is prose), and never the exec-mode `license smart
// register|trust idtoken <TOKEN>` lines a template keeps on purpose (idtoken-in-config's advice).
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { ConfigNode } from '../parse/config';
import { Finding, range } from '../types';
import { docsUrl, Rule } from './types';

const id = 'placeholder-in-config';

/** `<email>`, `<vrf-name>`, `<interface in Mgmt-vrf>`, `<TOKEN>`: a word in angle brackets, or one inside a URL. */
const PLACEHOLDER = /<[A-Za-z][\w.-]*(?: [\w.-]+){0,3}>/g;

/** Commands whose rest of line is free text (a device prints it back, never interprets it). */
const FREE_TEXT = /^(?:no\s+)?(?:banner|description|remark|alias|\S+\s+remark|snmp-server (?:contact|location)|title|motd)\b/i;
const EXEC_TOKEN = /^license smart (?:register|trust) idtoken\b/i;
/** Angle-bracket words devices print themselves (show outputs say `Smart Account: <none>`). */
const DEVICE_WORDS = new Set(['<none>', '<empty>', '<cr>', '<default>', '<unknown>', '<not set>']);

function inBanner(model: DeviceModel, line: number): boolean {
  return model.config.parsed.some((p) => p.banners.some((b) => line >= b.startLine && line <= b.endLine));
}

export const placeholderInConfig: Rule = {
  id,
  meta: {
    description: 'A <placeholder> (from a snippet or a template) was left in a configuration line.',
    defaultSeverity: 'warning',
    fixable: 'none',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'A word in angle brackets is a placeholder from a snippet, a completion or a template, not a value: pasted into',
      'a device, the line is rejected (*% Invalid input detected*) or stores an address nothing answers. Type the value',
      'the placeholder names: the address, interface, VRF or host of this device.',
      '',
      '```cisco',
      'call-home',
      ' contact-email-addr netops@example.com',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const out: Finding[] = [];
    const visit = (node: ConfigNode) => {
      if (FREE_TEXT.test(node.text) || EXEC_TOKEN.test(node.text)) return;
      if (!inBanner(model, node.line)) {
        for (const m of node.text.matchAll(PLACEHOLDER)) {
          if (DEVICE_WORDS.has(m[0].toLowerCase())) continue;
          const start = node.indent + m.index!;
          out.push({
            ruleId: id, severity: 'warning', range: range(node.line, start, start + m[0].length), fixes: [],
            message: t('Placeholder {placeholder} left in the config: type the real value. A device rejects the line, or stores a value nothing answers.', { placeholder: m[0] }),
          });
        }
      }
      if (node.lastLine > node.line) for (const c of node.children) visit(c);
    };
    // Only blocks whose text holds a "<" are walked: most of a large config is never read twice.
    for (const p of model.config.parsed) for (const r of p.rootsHolding('<')) visit(p.node(r));
    return out;
  },
};

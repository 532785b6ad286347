// idtoken-in-config: a registration or trust ID token stored in a file (SPEC §3.1 "the token is a
// secret tied to a Smart/Virtual Account", §3.3 `license smart trust idtoken`, §6). Change scripts
// and terminal captures keep the exec command; `show license history message` keeps the token in
// the trust request's JSON. The message quotes only the redacted form (four characters, enough to
// tell two tokens apart); correlate.ts redacts every other message as a second line of defence.
import { t } from '../l10n';
import { DeviceModel } from '../model/types';
import { redactToken } from '../secrets';
import { Finding, range } from '../types';
import { docsUrl, Rule } from './types';

const id = 'idtoken-in-config';

/**
 * Template stand-ins, not tokens: `<TOKEN>`, `{{ idtoken }}`, `${TOKEN}`, `XXXX`, `****`. Real tokens
 * are long base64 runs (often with URL-encoded `%0A`), never shorter than eight characters.
 */
function isPlaceholder(token: string): boolean {
  if (token.length < 8) return true;
  if (/^[<{[$(]/.test(token)) return true;
  if (/^(.)\1*$/.test(token)) return true;
  return /^(?:your[-_]?)?(?:id[-_]?)?token(?:[-_]?here)?$/i.test(token);
}


export const idtokenInConfig: Rule = {
  id,
  meta: {
    description: 'A registration or trust ID token is stored in a file.',
    defaultSeverity: 'warning',
    fixable: 'none',
    group: 'config',
    docsUrl: docsUrl(id),
    explanation: [
      'An ID token registers devices into your Smart Account and Virtual Account, and consumes its licences, until it expires or',
      'is revoked. It is needed once, when the command runs (`license smart register idtoken …` for registration,',
      '`license smart trust idtoken … all force` for the SLP trust code); a change script, terminal log or show-tech that keeps',
      'it leaks it to everyone the file reaches. Delete it from the file, then revoke the token in CSSM (Smart Software',
      'Licensing → Inventory → your Virtual Account → General) and create a new one. This linter prints tokens redacted only.',
      '',
      '```cisco',
      'license smart trust idtoken <TOKEN> all force',
      '```',
    ].join('\n'),
  },
  check(model: DeviceModel): Finding[] {
    const out: Finding[] = [];
    for (const tok of model.config.licenseSmart.idtokens) {
      if (isPlaceholder(tok.token.text)) continue;
      out.push({
        ruleId: id, severity: 'warning', range: range(tok.node.line, tok.token.start, tok.token.end),
        message: t('This file stores the ID token {token}, a secret that registers devices into your Smart Account: delete it and revoke it in CSSM.', { token: redactToken(tok.token.text) }),
        fixes: [],
      });
    }
    // Show text: history-message JSON (`"token":"…"`) and pasted exec commands, as the model records them.
    const seen = new Set<string>();
    for (const s of model.show.secrets) {
      if (isPlaceholder(s.token)) continue;
      const key = `${s.range.start.line}:${s.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        ruleId: id, severity: 'warning', range: s.range,
        message: t('This capture prints the ID token {token} in full, a secret that registers devices into your Smart Account: delete it and revoke it in CSSM.', { token: redactToken(s.token) }),
        fixes: [],
      });
    }
    return out;
  },
};

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { hoverAt } from '../../server/src/hover';
import { at, ruleTester, text } from './harness';

// Made-up stand-ins shaped like real tokens (base64 with URL-encoded line breaks).
const TOKEN = 'RXhhbXBsZS1vbmx5LW5vdC1hLXJlYWwtdG9rZW4tMDAwMS1jbGwtdGVzdA%0AZmFrZS1mYWtlLWZha2U%3D%0A';
const TOKEN2 = 'T3RoZXItZXhhbXBsZS1vbmx5LXRva2VuLTAwMDItY2xsLXRlc3Q%0A';

const changeScript = text(
  '! CHG0042 - install the trust code on ACC-SW-70', 'configure terminal', 'license smart transport smart', 'license smart url default', 'end',
  `license smart trust idtoken ${TOKEN} all force`, 'write memory',
);
const register = text('! classic registration', `license smart register idtoken ${TOKEN2} force`);
const registerCrlf = register.replace(/\n/g, '\r\n');
const localOnly = text(`license smart trust idtoken ${TOKEN} local`);
const execEcho = text(`ACC-SW-70#license smart trust idtoken ${TOKEN} all force`, 'ACC-SW-70#show license status', 'Smart Licensing Using Policy:', '  Status: ENABLED', '');
const history = text(
  'ACC-SW-70#show license history message', '', 'Message History (oldest to newest):', '====================================================', 'Trust Establishment:', '',
  'REQUEST: Jun 06 14:22:31 2024 UTC',
  `{"request":"{\\"header\\":{\\"request_type\\":\\"ID_TOKEN_TRUST\\"},\\"request_data\\":\\"{\\\\\\"hostname\\\\\\":\\\\\\"ACC-SW-70\\\\\\",\\\\\\"token\\\\\\":\\\\\\"${TOKEN}\\\\\\",\\\\\\"force\\\\\\":true}\\"}"}`,
  '', 'RESPONSE: Jun 06 14:22:38 2024 UTC',
  '{"response":"{\\"header\\":{\\"request_type\\":\\"ID_TOKEN_TRUST\\"},\\"status_code\\":\\"OK\\"}"}', '',
);
const both = changeScript + `license smart register idtoken ${TOKEN2}\n`;

ruleTester('idtoken-in-config', {
  valid: [
    { name: 'template placeholder <TOKEN>', text: text('license smart trust idtoken <TOKEN> all force') },
    { name: 'template placeholder <ID-TOKEN> (longer than eight)', text: text('license smart register idtoken <ID-TOKEN-HERE> force') },
    { name: 'placeholder XXXXXXXXXXXX', text: text('license smart register idtoken XXXXXXXXXXXX') },
    { name: 'Jinja / shell variables', text: text('license smart trust idtoken {{ idtoken }} all force', 'license smart register idtoken ${SL_TOKEN} force') },
    { name: 'the word TOKEN', text: text('license smart register idtoken your_token_here') },
    { name: 'commands without a token', text: text('license smart deregister', 'license smart renew auth', 'license smart transport smart', 'license smart url default') },
    { name: 'idtoken keyword with nothing after it', text: text('license smart trust idtoken') },
    { name: 'healthy SLP status without any token', text: text('ACC-SW-70#show license status', 'Smart Licensing Using Policy:', '  Status: ENABLED', 'Trust Code Installed: Jun 06 14:22:38 2024 UTC', '') },
  ],
  invalid: [
    {
      name: 'change script with a trust token',
      text: changeScript,
      findings: [{ ...at(changeScript, TOKEN), severity: 'warning', message: /ID token RXhh…<redacted>, a secret that registers devices/ }],
      output: null,
    },
    {
      name: 'classic registration token with force',
      text: register,
      findings: [{ ...at(register, TOKEN2), severity: 'warning', message: /This file stores the ID token/ }],
      output: null,
    },
    { name: 'CRLF: the range is the token only', text: registerCrlf, findings: [{ ...at(registerCrlf, TOKEN2), severity: 'warning' }], output: null },
    { name: 'trust token with local', text: localOnly, findings: [{ ...at(localOnly, TOKEN), severity: 'warning' }], output: null },
    { name: 'two tokens, two findings', text: both, findings: [{ line: 5, severity: 'warning' }, { line: 7, severity: 'warning' }] },
    {
      name: 'exec command echoed in a capture',
      text: execEcho,
      findings: [{ ...at(execEcho, TOKEN), severity: 'warning', message: /capture prints the ID token RXhh…<redacted>/ }],
      output: null,
    },
    {
      name: 'history-message JSON "token"',
      text: history,
      findings: [{ ...at(history, TOKEN), severity: 'warning' }],
      output: null,
    },
  ],
});

describe('idtoken-in-config never shows the token', () => {
  for (const [name, source] of [['change script', changeScript], ['exec echo', execEcho], ['history message', history], ['classic register', register]] as const) {
    it(`${name}: messages, related messages and hover`, () => {
      const r = lint(source);
      const mine = r.findings.filter((f) => f.ruleId === 'idtoken-in-config');
      assert.ok(mine.length > 0);
      const everything = JSON.stringify(r.findings.map((f) => ({ ...f, fixes: f.fixes.map((x) => x.title) })));
      for (const t of [TOKEN, TOKEN2]) {
        assert.ok(!everything.includes(t), everything);
        assert.ok(!everything.includes(t.slice(0, 16)), 'no long prefix either');
      }
      for (const f of mine) {
        for (const character of [f.range.start.character, f.range.end.character - 1, 0]) {
          const hover = hoverAt(r, { line: f.range.start.line, character }) ?? '';
          assert.match(hover, /idtoken-in-config/);
          assert.ok(!hover.includes(TOKEN) && !hover.includes(TOKEN2), hover);
          assert.ok(!hover.includes(TOKEN.slice(0, 16)) && !hover.includes(TOKEN2.slice(0, 16)), hover);
        }
      }
    });
  }
});

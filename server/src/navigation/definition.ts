// Go to definition: from a name used in a command to the block that defines it. Interfaces
// (`ip http client source-interface`, call-home `source-interface`, `ip domain lookup …
// source-interface`, any other `source-interface`), VRFs (`vrf forwarding`, `vrf member`, call-home
// `vrf`, `license smart vrf`, `use-vrf`, `ip name-server vrf`, `ip route vrf`, `ntp server vrf`…) and
// trustpoints (`crypto pki authenticate|enroll|import|export`, `crypto pki certificate chain`,
// `trustpoint X` references). Only a cursor on the name itself answers.
import { nodeAtLine } from '../hover';
import { interfaceKey } from '../model/interfaceNames';
import { DeviceModel } from '../model/types';
import { ConfigNode, unquote, Word } from '../parse/config';
import { Position, Range } from '../types';
import { blockRange, columnAfterWords, columnsRange } from './ranges';

export type DefinitionKind = 'interface' | 'vrf' | 'trustpoint';

/** Shaped like LSP's LocationLink, within the same document. */
export interface DefinitionLink {
  kind: DefinitionKind;
  name: string;
  /** The name under the cursor. */
  originSelectionRange: Range;
  /** The whole defining block. */
  targetRange: Range;
  /** The name on the defining line. */
  targetSelectionRange: Range;
}

interface NameUse {
  kind: DefinitionKind;
  /** Indexes of the first and last word of the name (an interface may be written `GigabitEthernet 0/0`). */
  first: number;
  last: number;
}

// `vrf` followed by one of these is a command, not a VRF name.
const VRF_KEYWORDS = new Set(['definition', 'context', 'forwarding', 'member', 'upgrade-cli', 'select', 'mode']);
// Words after which a trustpoint's name follows, wherever they stand (`ip http secure-trustpoint TP`,
// IKEv2 `pki trustpoint TP`, ISAKMP `ca trust-point TP`).
const TRUSTPOINT_MARKERS = new Set(['trustpoint', 'secure-trustpoint', 'trust-point']);
const PKI_COMMANDS_NAMING_TRUSTPOINT = new Set(['authenticate', 'enroll', 'import', 'export']);

/** `GigabitEthernet 0/0` (type, then number) is one name; otherwise the name is one word. */
function interfaceNameEnd(words: Word[], first: number): number {
  const w = words[first];
  const next = words[first + 1];
  if (next && /^[A-Za-z-]+$/.test(w.text) && /^\d/.test(next.text)) return first + 1;
  return first;
}

function isRoot(node: ConfigNode): boolean {
  return node.parent === null;
}

/** Every name this command uses, with the kind of definition it points at. */
function namesUsed(node: ConfigNode): NameUse[] {
  const words = node.words;
  const lower = words.map((w) => w.text.toLowerCase());
  const uses: NameUse[] = [];
  const root = isRoot(node);
  // The defining commands themselves name nothing to go to.
  if (root && lower[0] === 'interface') return uses;
  if (root && lower[0] === 'ip' && lower[1] === 'vrf' && words.length === 3) return uses;
  const definesTrustpoint = root && lower[0] === 'crypto' && lower[1] === 'pki' && lower[2] === 'trustpoint';

  if (root && lower[0] === 'crypto' && lower[1] === 'pki') {
    if (PKI_COMMANDS_NAMING_TRUSTPOINT.has(lower[2]) && words[3]) uses.push({ kind: 'trustpoint', first: 3, last: 3 });
    else if (lower[2] === 'certificate' && lower[3] === 'chain' && words[4]) uses.push({ kind: 'trustpoint', first: 4, last: 4 });
  }
  for (let j = 0; j + 1 < words.length; j++) {
    const w = lower[j];
    if (w === 'source-interface' || w === 'trap-source' || (w === 'source' && lower[0] === 'ntp' && j === 1)) {
      uses.push({ kind: 'interface', first: j + 1, last: interfaceNameEnd(words, j + 1) });
    } else if (w === 'use-vrf') {
      uses.push({ kind: 'vrf', first: j + 1, last: j + 1 });
    } else if (w === 'vrf' && !VRF_KEYWORDS.has(lower[j + 1])) {
      uses.push({ kind: 'vrf', first: j + 1, last: j + 1 });
    } else if ((w === 'forwarding' || w === 'member') && lower[j - 1] === 'vrf') {
      uses.push({ kind: 'vrf', first: j + 1, last: j + 1 });
    } else if (TRUSTPOINT_MARKERS.has(w) && !(definesTrustpoint && j === 2)) {
      uses.push({ kind: 'trustpoint', first: j + 1, last: j + 1 });
    }
  }
  return uses;
}

export function definitionAt(model: DeviceModel, position: Position): DefinitionLink | null {
  const node = nodeAtLine(model, position.line);
  if (!node) return null;
  const words = node.words;
  const ch = position.character;
  // The cursor touches a word from its first character to just past its last.
  const at = words.findIndex((w) => w.start <= ch && ch <= w.end);
  if (at < 0) return null;
  const use = namesUsed(node).find((u) => u.first <= at && at <= u.last);
  if (!use) return null;
  const origin = columnsRange(node, words[use.first].start, words[use.last].end);
  const config = model.config;
  const { lines } = model;
  if (use.kind === 'interface') {
    const name = words.slice(use.first, use.last + 1).map((w) => w.text).join('');
    const intf = config.interfaces.get(interfaceKey(name));
    if (!intf) return null;
    const nameAt = columnAfterWords(intf.node, 1);
    return {
      kind: 'interface', name: intf.name, originSelectionRange: origin,
      targetRange: blockRange(lines, intf.node),
      targetSelectionRange: columnsRange(intf.node, nameAt, intf.node.end),
    };
  }
  const name = unquote(words[use.first].text);
  if (use.kind === 'vrf') {
    const vrf = config.vrfs.get(name);
    const nameWord = vrf?.node.words[2];
    if (!vrf || !nameWord) return null;
    return {
      kind: 'vrf', name, originSelectionRange: origin,
      targetRange: blockRange(lines, vrf.node),
      targetSelectionRange: columnsRange(vrf.node, nameWord.start, nameWord.end),
    };
  }
  const trustpoint = config.trustpoints.get(name);
  const nameWord = trustpoint?.node.words[3];
  if (!trustpoint || !nameWord) return null;
  return {
    kind: 'trustpoint', name, originSelectionRange: origin,
    targetRange: blockRange(lines, trustpoint.node),
    targetSelectionRange: columnsRange(trustpoint.node, nameWord.start, nameWord.end),
  };
}

// Every licensing / call-home destination URL the text holds, read one way for the rules that judge
// URLs (SPEC §3.1–§3.3): IOS-XE `destination address http <url>` under a call-home profile, NX-OS
// `destination-profile <p> [index n] http <url>`, `license smart url [smart|cslu|utility] <url>`,
// and `HTTP address(es):` of `show call-home profile all`. A URL typed with quotes is read without
// them (columns point at the URL's own characters), and words typed after the URL on the same
// command are kept: a URL cut by a space (`https:// tools.cisco.com/…`, the XE seed's own copies).
import { ConfigNode, Word } from '../parse/config';
import { ShowProfile } from './show';
import { CallHomeProfile, DeviceModel, LicenseSmartUrl } from './types';

export type DestinationSource = 'call-home' | 'callhome' | 'license-smart-url' | 'show';

export interface Destination {
  source: DestinationSource;
  /** How messages name the command: `call-home profile "SSM-OnPrem"`, `license smart url cslu`. */
  label: string;
  /** The URL as the device reads it (quotes removed). */
  url: string;
  line: number;
  /** Columns of the URL's characters (inside the quotes when quoted). */
  start: number;
  end: number;
  /** The config command, for config destinations. */
  node?: ConfigNode;
  /** The URL was typed in quotes (columns exclude them). */
  quoted: boolean;
  /** Words after the URL on the same command: the URL was typed with a space in it. */
  tail: Word[];
  /** IOS-XE call-home profile holding the destination. */
  profile?: CallHomeProfile;
  /** NX-OS destination-profile name. */
  nxProfile?: string;
  /** `license smart url` keyword: '' (plain), `smart`, `cslu`, `utility`. */
  smartUrlKind?: LicenseSmartUrl['kind'] | 'utility';
  showProfile?: ShowProfile;
}

function fromWord(word: Word): { url: string; start: number; end: number; quoted: boolean } {
  let { text } = word;
  let start = word.start;
  let end = word.end;
  // An unterminated quote runs to the end of the line: drop the opening quote all the same.
  if (text.startsWith('"')) {
    text = text.slice(1);
    start++;
    if (text.endsWith('"')) {
      text = text.slice(0, -1);
      end--;
    }
  }
  return { url: text, start, end, quoted: word.text.startsWith('"') };
}

function configDestination(
  source: DestinationSource, label: string, node: ConfigNode, word: Word, extra: Partial<Destination> = {},
): Destination {
  const words = node.words;
  const at = words.indexOf(word);
  return { source, label, node, line: node.line, ...fromWord(word), tail: at >= 0 ? words.slice(at + 1) : [], ...extra };
}

/** A `license smart url` word that is a keyword, not a URL (`utility` on 17.x, anything with no `:`, `/` or `.`). */
function isKeyword(text: string): boolean {
  return /^[a-z-]+$/.test(text);
}

const cache = new WeakMap<DeviceModel, Destination[]>();

/** Every destination URL in the text, config ones first (in text order per kind), then show output. */
export function licensingDestinations(model: DeviceModel): Destination[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const out: Destination[] = [];
  for (const p of model.config.callHome?.profiles ?? []) {
    for (const d of p.httpDestinations) out.push(configDestination('call-home', `call-home profile "${p.name}"`, d.node, d.word, { profile: p }));
  }
  for (const p of model.config.nxCallhome?.profiles ?? []) {
    for (const d of p.httpDestinations) out.push(configDestination('callhome', `callhome destination-profile ${p.name}`, d.node, d.word, { nxProfile: p.name }));
  }
  for (const u of model.config.licenseSmart.urls) {
    if (u.kind === 'default' || !u.urlWord) continue;
    let word = u.urlWord;
    let kind: Destination['smartUrlKind'] = u.kind;
    if (u.kind === '' && word.text === 'utility') {
      // `license smart url utility <url>` (17.x): the model reads `utility` as the URL.
      const next = u.node.words[4];
      if (!next) continue;
      word = next;
      kind = 'utility';
    } else if (u.kind === '' && isKeyword(word.text)) continue;
    const label = `license smart url${kind ? ' ' + kind : ''}`;
    out.push(configDestination('license-smart-url', label, u.node, word, { smartUrlKind: kind }));
  }
  for (const p of model.show.profiles) {
    for (const a of p.httpAddresses) {
      out.push({
        source: 'show', label: `call-home profile "${p.name.value}" (show output)`, url: a.value, line: a.line,
        start: a.range.start.character, end: a.range.end.character, quoted: false, tail: [], showProfile: p,
      });
    }
  }
  cache.set(model, out);
  return out;
}

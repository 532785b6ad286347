// Which documents become Cisco ones (issue 15.1). The manifest claims only what is surely Cisco
// (`.ios`, `.nxos`, `*running-config*`, `*show-tech*`…, a first line only devices print); `.cfg` and
// `.conf` stay VS Code's Properties mode, since setup.cfg, haproxy.cfg and nginx.conf use them too.
// Those, and plain text, switch only when their content is plainly device text, or when the user
// associates a file pattern with a Cisco language. Plain logic, no VS Code types: unit-tested.

export type CiscoLanguage = 'cisco-config' | 'cisco-show';

/** Languages a document may be switched from: what VS Code gives `.cfg`, `.conf`, `.txt` and unknown files. */
export const SWITCHABLE_LANGUAGES = new Set(['properties', 'plaintext']);

// Each line here is printed by a device (or its CLI session) and not by the INI-like formats that
// share the extensions. Two distinct ones are needed before a document's mode is changed: the
// linter's own sniff (one signal) only decides whether to lint, which changes nothing on screen.
const CONFIG_SIGNALS = [
  /^(?:Building configuration\.\.\.|Current configuration : \d+ bytes|!Command: show (?:running|startup)-config)/m,
  /^version \d+\.\d+\S*\s*$/m,
  /^hostname [A-Za-z0-9][\w.-]*\s*$/m,
  /^interface (?:GigabitEthernet|TenGigabitEthernet|FortyGigabitEthernet|HundredGigE|TwentyFiveGigE|FastEthernet|Ethernet\d|Vlan\d|Loopback\d|Port-channel\d|mgmt\d)\S*\s*$/m,
  /^(?:service call-home|call-home|callhome|license smart \S+.*|ip name-server \S+.*|ntp server \S+.*|ip route \S+.*)\s*$/m,
  /^end\s*$/m,
];
const SHOW_SIGNALS = [
  /^\S{1,63}[#>]\s*sh(?:ow)? \S/m,
  /^-{6,} show .+ -{6,}\s*$/m,
  /^\s*Smart Licensing (?:Status|is ENABLED|Using Policy)/m,
  /%[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+:/,
  // The same mnemonic after a syslog timestamp (`*Mar  3 10:12:44.123: %SMART_LIC-…`, optionally numbered).
  /^(?:\d+: )?\*?[A-Z][a-z]{2} +\d{1,2} (?:\d{4} )?\d{2}:\d{2}:\d{2}(?:\.\d+)?(?: [A-Z]{2,5})?: %[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+:/m,
  /^\s*(?:Registration|License Authorization):\s*$/m,
];

const HEAD = 16384;

/** The Cisco language a document's text plainly is, or undefined (then it keeps its mode). */
export function detectCiscoLanguage(text: string): CiscoLanguage | undefined {
  const head = text.slice(0, HEAD);
  const show = SHOW_SIGNALS.filter((re) => re.test(head)).length;
  const config = CONFIG_SIGNALS.filter((re) => re.test(head)).length;
  if (show >= 2 || (show >= 1 && config >= 1)) return 'cisco-show';
  if (config >= 2) return 'cisco-config';
  return undefined;
}

/** `files.associations`-style glob: `*` and `?` within a name, `**` across folders, `{a,b}`. */
export function globMatcher(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{' && glob.indexOf('}', i) > i) {
      const close = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^$()|[\]\\?*]/g, '\\$&')).join('|')})`;
      i = close;
    } else re += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/**
 * The language `ciscoLicenseLint.files.associations` gives a path: a glob with `/` is matched against
 * the whole path, one without against the file name (as VS Code's `files.associations`). The last
 * matching entry wins; values other than the two Cisco languages are ignored.
 */
export function associatedLanguage(path: string, associations: Record<string, unknown> | undefined): CiscoLanguage | undefined {
  if (!associations) return undefined;
  const normalized = path.replace(/\\/g, '/');
  const name = normalized.slice(normalized.lastIndexOf('/') + 1);
  let found: CiscoLanguage | undefined;
  for (const [glob, language] of Object.entries(associations)) {
    if (language !== 'cisco-config' && language !== 'cisco-show') continue;
    if (!glob) continue;
    const re = globMatcher(glob);
    if (glob.includes('/') ? re.test(normalized) || re.test(normalized.replace(/^\/+/, '')) : re.test(name)) found = language;
  }
  return found;
}

/**
 * What a newly opened document should become: an association first, then content (only from the
 * modes VS Code gives `.cfg`/`.conf`/`.txt`, and only when detection is on). undefined: leave it.
 */
export function languageFor(doc: { path: string; languageId: string; text: () => string }, settings: { associations?: Record<string, unknown>; detect: boolean }): CiscoLanguage | undefined {
  const associated = associatedLanguage(doc.path, settings.associations);
  if (associated) return associated === doc.languageId ? undefined : associated;
  if (!settings.detect || !SWITCHABLE_LANGUAGES.has(doc.languageId)) return undefined;
  return detectCiscoLanguage(doc.text());
}

// The config's interfaces, read on demand. A PE router or an access stack has tens of thousands of
// interface blocks, and the rules ask about a few of them: the ones named as source interfaces, and
// those that take an address by DHCP or sit in the licensing VRF. The table keeps where each
// `interface` block stands (two numbers) and reads a block into an Interface the first time a
// question needs it; a question about all of them (DHCP, a VRF's members) first finds the blocks
// whose text holds the word it is about, then reads those alone.
//
// The answers are those of a Map from interfaceKey(name) to the last block of that name, in the order
// each name first appears (what reading every block into a Map gave): `readAll()` builds that Map, and
// the property tests compare both ways on generated configs.
import { ConfigNode, mayStartWithWord, ParsedConfig } from '../parse/config';
import { valued } from './callHome';
import { interfaceKey } from './interfaceNames';
import { Interface } from './types';

const INTERFACE_FACTS = ['vrf', 'ip', 'shutdown'];

/** `interface Gi1/0/1` -> `Gi1/0/1`; `interface Port-channel 10` -> `Port-channel10` (the words after the first, joined). */
function interfaceName(node: ConfigNode): string {
  const text = node.text;
  // Without quotes the words are the runs between spaces and tabs: drop those after the first word.
  if (text.indexOf('"') >= 0) return node.words.slice(1).map((w) => w.text).join('');
  let i = 0;
  while (i < text.length && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
  let name = '';
  let from = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (from >= 0) name += text.slice(from, i);
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) name += text.slice(from);
  return name;
}

/** An interface block read into its facts (VRF, addresses, DHCP, shutdown); null for `interface` with no name. */
function readInterface(node: ConfigNode): Interface | null {
  const name = interfaceName(node);
  if (!name) return null;
  const intf: Interface = { name, node, dhcp: false, addresses: [], shutdown: false };
  // Access ports are most of a large config and hold none of the lines read below.
  if (!node.mayHaveChildStartingWith(INTERFACE_FACTS)) return intf;
  const children = node.children;
  for (let c = 0; c < children.length; c++) {
    const child = children[c];
    const t = child.text;
    // Most interface lines (description, switchport…) are none of these: skip them before splitting words.
    const vrfLine = mayStartWithWord(t, 'vrf');
    const ipLine = mayStartWithWord(t, 'ip');
    if (!vrfLine && !ipLine && t !== 'shutdown') continue;
    if (vrfLine && (child.startsWith('vrf', 'forwarding') || child.startsWith('vrf', 'member'))) intf.vrf = valued(child, 2);
    else if (ipLine && child.startsWith('ip', 'vrf', 'forwarding')) intf.vrf = valued(child, 3);
    else if (ipLine && child.startsWith('ip', 'address')) {
      if (child.words[2]?.text === 'dhcp') intf.dhcp = true;
      intf.addresses.push(child);
    } else if (ipLine && child.startsWith('ipv6', 'address')) {
      if (child.words[2]?.text === 'dhcp' || child.words[2]?.text === 'autoconfig') intf.dhcp = true;
      intf.addresses.push(child);
    } else if (child.text === 'shutdown') intf.shutdown = true;
  }
  return intf;
}

/** JavaScript's \s within ASCII: what interfaceKey() drops from a name. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The part of a key after its type letters (`gigabitethernet1/0/1` -> `1/0/1`): what every spelling of the name ends with. */
function keyNumber(key: string): string {
  let k = 0;
  for (; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45)) break;
  }
  return key.slice(k);
}

/** Above this many candidate blocks, a question reads the whole table (placing each candidate walks the table). */
const MANY = 64;

export class InterfaceTable {
  /** Every `interface` block in text order: its config section and root index, and its lines. */
  // Typed arrays, grown by doubling: a JavaScript array of 87k object references cost 60 ns a push
  // (an NX-OS config's 87k ports: 5 ms of its lint). The sections are few: an index into them each.
  private readonly sections: ParsedConfig[] = [];
  private refSection = new Int32Array(64);
  private refRoot = new Int32Array(64);
  private refCount = 0;
  /** Blocks read so far (null: `interface` with no name). */
  private readonly read = new Map<number, Interface | null>();
  /** The whole Map, once something asked for every interface (or the model was built eagerly). */
  private all: Map<string, Interface> | null = null;
  private eager = false;
  /** Answers of get() so far. */
  private readonly found = new Map<string, Interface | undefined>();

  constructor(private readonly text: string) {}

  /** Records the `interface` block at root `root` of `parsed` (blocks come in text order). */
  add(parsed: ParsedConfig, root: number): void {
    if (this.refCount === this.refRoot.length) {
      const sections = new Int32Array(2 * this.refCount);
      const roots = new Int32Array(2 * this.refCount);
      sections.set(this.refSection);
      roots.set(this.refRoot);
      this.refSection = sections;
      this.refRoot = roots;
    }
    const last = this.sections.length - 1;
    if (last < 0 || this.sections[last] !== parsed) this.sections.push(parsed);
    this.refSection[this.refCount] = this.sections.length - 1;
    this.refRoot[this.refCount++] = root;
  }

  private at(ref: number): Interface | null {
    let intf = this.read.get(ref);
    if (intf === undefined) {
      intf = readInterface(this.sections[this.refSection[ref]].node(this.refRoot[ref]));
      this.read.set(ref, intf);
    }
    return intf;
  }

  /**
   * False only when block `ref` cannot have the key `key`: its name, spaces left out and in lower
   * case, must end with the key's number. Compared in place on the block's line, from its end.
   */
  private mayHaveKey(ref: number, number: string): boolean {
    const parsed = this.sections[this.refSection[ref]];
    const root = this.refRoot[ref];
    const text = this.text;
    const start = parsed.rootStart(root);
    // From the line's end: trailing blanks are skipped below like the blanks inside a name.
    let i = parsed.lines.ends[parsed.rootLines[root]] - 1;
    for (let k = number.length - 1; k >= 0; k--) {
      let c = text.charCodeAt(i);
      while (i >= start && isSpace(c)) c = text.charCodeAt(--i);
      if (i < start) return false;
      // Other characters may change length in lower case: let the full comparison decide.
      if (c >= 128) return true;
      if (c >= 65 && c <= 90) c += 32;
      if (c !== number.charCodeAt(k)) return false;
      i--;
    }
    // Before the number comes the type (letters or a hyphen), or the word `interface` itself when
    // the name is a number alone: anything else is a longer number (`…/0.1230` does not end `0`).
    let c = text.charCodeAt(i);
    while (i >= start && isSpace(c)) c = text.charCodeAt(--i);
    if (i < start) return false;
    if (c >= 65 && c <= 90) c += 32;
    return (c >= 97 && c <= 122) || c === 45 || c >= 128;
  }

  /** The interface blocks in text order, as (section, root index), until `visit` returns false. */
  forEachBlock(visit: (parsed: ParsedConfig, root: number) => boolean): void {
    for (let ref = 0; ref < this.refCount; ref++) if (!visit(this.sections[this.refSection[ref]], this.refRoot[ref])) return;
  }

  /** Reads every block into the Map, as the eager model did; every question is then answered from it. */
  readAll(): Map<string, Interface> {
    if (this.all === null) {
      const all = new Map<string, Interface>();
      for (let ref = 0; ref < this.refCount; ref++) {
        const intf = this.at(ref);
        if (intf) all.set(interfaceKey(intf.name), intf);
      }
      this.all = all;
    }
    return this.all;
  }

  /** Builds the whole Map now and answers from it alone (the reference the lazy reads are tested against). */
  readEagerly(): void {
    this.readAll();
    this.eager = true;
  }

  /** The interface whose key is `key` (interfaceKey), the last block of that name. */
  get(key: string): Interface | undefined {
    if (this.all) return this.all.get(key);
    if (this.found.has(key)) return this.found.get(key);
    const number = keyNumber(key);
    let result: Interface | undefined;
    for (let ref = this.refCount - 1; ref >= 0; ref--) {
      if (!this.mayHaveKey(ref, number)) continue;
      const intf = this.at(ref);
      if (intf && interfaceKey(intf.name) === key) {
        result = intf;
        break;
      }
    }
    this.found.set(key, result);
    return result;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Is there no named interface at all? (No block is read: a name is any text after `interface`.) */
  get isEmpty(): boolean {
    if (this.all) return this.all.size === 0;
    for (let ref = 0; ref < this.refCount; ref++) {
      const parsed = this.sections[this.refSection[ref]];
      const root = this.refRoot[ref];
      if (parsed.rootEnd(root) - parsed.rootStart(root) > 'interface'.length) return false;
    }
    return true;
  }

  /** How many interfaces (distinct names): reads every block. */
  get size(): number {
    return this.readAll().size;
  }

  /** Every interface, in the order names first appear: reads every block (navigation, completion). */
  values(): IterableIterator<Interface> {
    return this.readAll().values();
  }

  keys(): IterableIterator<string> {
    return this.readAll().keys();
  }

  [Symbol.iterator](): IterableIterator<[string, Interface]> {
    return this.readAll()[Symbol.iterator]();
  }

  /**
   * The interfaces that `test` accepts among those whose block holds `needle` (a word every
   * accepted interface's lines must contain), in the Map's order. Only blocks holding the needle
   * are read.
   */
  private where(needles: (string | RegExp)[], test: (i: Interface) => boolean): Interface[] {
    if (this.all && this.eager) return [...this.all.values()].filter(test);
    if (needles.includes('')) return [...this.readAll().values()].filter(test);
    const lines = this.sections[0]?.lines;
    if (!lines) return [];
    const text = this.text;
    const refs = new Set<number>();
    const hit = (at: number) => {
      const ref = this.refAtLine(lines.lineAt(at));
      if (ref >= 0) refs.add(ref);
    };
    for (const needle of needles) {
      if (typeof needle === 'string') {
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) hit(at);
      } else {
        const re = new RegExp(needle.source, 'g');
        for (let m = re.exec(text); m; m = re.exec(text)) hit(m.index);
      }
    }
    // Many blocks to read: reading them all once costs less than placing each.
    if (refs.size > MANY) return [...this.readAll().values()].filter(test);
    const found: { intf: Interface; order: number }[] = [];
    for (const ref of refs) {
      const intf = this.at(ref);
      if (!intf || !test(intf)) continue;
      const key = interfaceKey(intf.name);
      // A later block of the same name replaces this one; the Map kept the place of the first.
      if (this.get(key) !== intf) continue;
      found.push({ intf, order: this.firstRef(key) });
    }
    return found.sort((a, b) => a.order - b.order).map((f) => f.intf);
  }

  /** The block whose lines hold `line`, or -1. */
  private refAtLine(line: number): number {
    let lo = 0;
    let hi = this.refCount - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sections[this.refSection[mid]].rootLines[this.refRoot[mid]] <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && line <= this.sections[this.refSection[found]].rootLast[this.refRoot[found]] ? found : -1;
  }

  /** The first block named `key`. */
  private firstRef(key: string): number {
    const number = keyNumber(key);
    for (let ref = 0; ref < this.refCount; ref++) {
      if (!this.mayHaveKey(ref, number)) continue;
      const intf = this.at(ref);
      if (intf && interfaceKey(intf.name) === key) return ref;
    }
    return -1;
  }

  /** Interfaces that take an address by DHCP (or IPv6 autoconfig): their lines say `dhcp` or `autoconfig`. */
  withDhcp(): Interface[] {
    return this.where(['dhcp', 'autoconfig'], (i) => i.dhcp);
  }

  /** Interfaces in VRF `vrf`: their lines hold its name. */
  inVrf(vrf: string): Interface[] {
    return this.where([vrf], (i) => i.vrf?.value === vrf);
  }

  /**
   * Interfaces on a route processor's CPU (`MgmtEth0/RP0/CPU0/0`), which only IOS-XR has. A name is
   * the block's words joined, so `CPU` may stand split by spaces on the line: the lines are read in
   * place for C, P, U with nothing but spaces between them, and only those blocks are read.
   */
  onRouteProcessor(): Interface[] {
    const test = (i: Interface) => /\/CPU\d+\//.test(i.name);
    if (this.all && this.eager) return [...this.all.values()].filter(test);
    const text = this.text;
    const found: Interface[] = [];
    // The next `C` in the text, found by indexOf (far quicker than reading every character).
    let nextC = -1;
    for (let ref = 0; ref < this.refCount; ref++) {
      const parsed = this.sections[this.refSection[ref]];
      const root = this.refRoot[ref];
      const from = parsed.rootStart(root) + 9;
      if (nextC < from) {
        nextC = text.indexOf('C', from);
        if (nextC < 0) break;
      }
      const end = parsed.rootEnd(root);
      if (nextC >= end) continue;
      for (let i = nextC; i < end; i++) {
        if (text.charCodeAt(i) !== 67 /* C */) continue;
        let j = i + 1;
        while (j < end && isBlank(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) !== 80 /* P */) continue;
        j++;
        while (j < end && isBlank(text.charCodeAt(j))) j++;
        if (j >= end || text.charCodeAt(j) !== 85 /* U */) continue;
        const intf = this.at(ref);
        if (intf && test(intf) && this.get(interfaceKey(intf.name)) === intf) found.push(intf);
        break;
      }
    }
    return found;
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

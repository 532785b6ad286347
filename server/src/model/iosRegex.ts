// The regular expressions of `show … | include|exclude|section <regex>` (issue 12, point 1). A filter
// is user text: compiled as a JavaScript RegExp, `(.|.|.)*Q` backtracks for ever and hangs the CLI and
// the server. Here the pattern is read with the IOS grammar and run as a Thompson NFA: time is
// O(pattern × line), whatever the pattern. What IOS regex does not have, or this reader does not
// know, gives `undefined`: the caller then treats the filter as one that may hide anything.
//
// IOS grammar (Cisco "Regular Expressions" in the IOS Terminal Services guide): `.` any character,
// `[…]` / `[^…]` a class with ranges, `*` `+` `?` repeats, `^` `$` the start and end of the line, `_`
// a delimiter (comma, braces, parentheses, space, or the start or end of the line), `|` alternatives,
// `( )` grouping, `\` quotes the next character. NX-OS filters read the same patterns.

/** Patterns longer than this are not compiled (no device filter is this long; it bounds the state count). */
const MAX_PATTERN = 512;

type Assertion = 'bol' | 'eol' | 'edge';

type Ast =
  | { t: 'char'; test: (c: number) => boolean }
  | { t: 'assert'; kind: Assertion }
  | { t: 'cat'; items: Ast[] }
  | { t: 'alt'; items: Ast[] }
  | { t: 'rep'; min: 0 | 1; max: 1 | typeof Infinity; item: Ast };

class Unsupported extends Error {}

const isDelimiter = (c: number) => c === 44 /* , */ || c === 123 || c === 125 /* { } */ || c === 40 || c === 41 /* ( ) */ || c === 32 || c === 9;

function parse(src: string): Ast {
  let i = 0;
  const alt = (): Ast => {
    const items = [cat()];
    while (src[i] === '|') {
      i++;
      items.push(cat());
    }
    return items.length === 1 ? items[0] : { t: 'alt', items };
  };
  const cat = (): Ast => {
    const items: Ast[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(repeat());
    return { t: 'cat', items };
  };
  const repeat = (): Ast => {
    let item = atom();
    for (;;) {
      const q = src[i];
      if (q === '*') item = { t: 'rep', min: 0, max: Infinity, item };
      else if (q === '+') item = { t: 'rep', min: 1, max: Infinity, item };
      else if (q === '?') item = { t: 'rep', min: 0, max: 1, item };
      else if (q === '{') throw new Unsupported('bounded repeat');
      else return item;
      i++;
    }
  };
  const atom = (): Ast => {
    const c = src[i++];
    switch (c) {
      case '(': {
        const inner = alt();
        if (src[i] !== ')') throw new Unsupported('unbalanced (');
        i++;
        return inner;
      }
      case '[': return charClass();
      case '.': return { t: 'char', test: () => true };
      case '^': return { t: 'assert', kind: 'bol' };
      case '$': return { t: 'assert', kind: 'eol' };
      case '_': return { t: 'alt', items: [{ t: 'char', test: isDelimiter }, { t: 'assert', kind: 'edge' }] };
      case '*': case '+': case '?': throw new Unsupported('repeat of nothing');
      case '\\': {
        if (i >= src.length) throw new Unsupported('trailing backslash');
        const q = src.charCodeAt(i++);
        return { t: 'char', test: (x) => x === q };
      }
      default: {
        const code = c.charCodeAt(0);
        return { t: 'char', test: (x) => x === code };
      }
    }
  };
  const charClass = (): Ast => {
    const negate = src[i] === '^';
    if (negate) i++;
    const ranges: Array<[number, number]> = [];
    let first = true;
    while (i < src.length && (src[i] !== ']' || first)) {
      first = false;
      let lo = src.charCodeAt(i++);
      if (lo === 92 /* \ */ && i < src.length) lo = src.charCodeAt(i++);
      let hi = lo;
      if (src[i] === '-' && i + 1 < src.length && src[i + 1] !== ']') {
        i++;
        hi = src.charCodeAt(i++);
        if (hi === 92 && i < src.length) hi = src.charCodeAt(i++);
        if (hi < lo) throw new Unsupported('reversed range');
      }
      ranges.push([lo, hi]);
    }
    if (src[i] !== ']') throw new Unsupported('unclosed [');
    i++;
    const inClass = (x: number) => ranges.some(([lo, hi]) => x >= lo && x <= hi);
    return { t: 'char', test: negate ? (x) => !inClass(x) : inClass };
  };
  const ast = alt();
  if (i < src.length) throw new Unsupported('unbalanced )');
  return ast;
}

/** NFA states: a character test, an assertion, a fork (two ε-edges) or the match. */
interface State {
  kind: 'char' | 'assert' | 'split' | 'match';
  test?: (c: number) => boolean;
  assertion?: Assertion;
  out: number;
  out2: number;
}

function compile(ast: Ast): State[] {
  const states: State[] = [{ kind: 'match', out: -1, out2: -1 }];
  const add = (s: State) => states.push(s) - 1;
  /** The start state of `node` followed by the state `next` (continuation-passing construction). */
  const build = (node: Ast, next: number): number => {
    switch (node.t) {
      case 'char': return add({ kind: 'char', test: node.test, out: next, out2: -1 });
      case 'assert': return add({ kind: 'assert', assertion: node.kind, out: next, out2: -1 });
      case 'cat': {
        let start = next;
        for (let k = node.items.length - 1; k >= 0; k--) start = build(node.items[k], start);
        return start;
      }
      case 'alt': {
        let start = build(node.items[node.items.length - 1], next);
        for (let k = node.items.length - 2; k >= 0; k--) start = add({ kind: 'split', out: build(node.items[k], next), out2: start });
        return start;
      }
      case 'rep': {
        if (node.max === 1) return add({ kind: 'split', out: build(node.item, next), out2: next });
        const loop = add({ kind: 'split', out: -1, out2: next });
        const body = build(node.item, loop);
        states[loop].out = body;
        return node.min === 0 ? loop : body;
      }
    }
  };
  const start = build(ast, 0);
  // The start state goes last so the simulation knows where to begin.
  states.push({ kind: 'split', out: start, out2: start });
  return states;
}

/** A compiled filter pattern: `test(line)` as `RegExp.prototype.test` would answer, in linear time. */
export interface IosPattern {
  test(line: string): boolean;
}

/** The pattern as IOS reads it, or undefined when it is not one this reader can run safely. */
export function compileIosRegex(source: string): IosPattern | undefined {
  if (source.length === 0 || source.length > MAX_PATTERN) return undefined;
  let states: State[];
  try {
    states = compile(parse(source));
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  const start = states.length - 1;
  return {
    test(line: string): boolean {
      const n = line.length;
      const seen = new Int32Array(states.length).fill(-1);
      let current: number[] = [];
      let next: number[] = [];
      /** Adds `s` and its ε-closure at position `pos`; true when the match state is reached. */
      const close = (list: number[], s: number, pos: number, mark: number): boolean => {
        const stack = [s];
        while (stack.length) {
          const k = stack.pop()!;
          if (k < 0 || seen[k] === mark) continue;
          seen[k] = mark;
          const st = states[k];
          if (st.kind === 'match') return true;
          if (st.kind === 'split') stack.push(st.out2, st.out);
          else if (st.kind === 'assert') {
            const ok = st.assertion === 'bol' ? pos === 0 : st.assertion === 'eol' ? pos === n : pos === 0 || pos === n;
            if (ok) stack.push(st.out);
          } else list.push(k);
        }
        return false;
      };
      for (let pos = 0; ; pos++) {
        // An unanchored search: a match may start at every position.
        if (close(current, start, pos, pos)) return true;
        if (pos === n) return false;
        const c = line.charCodeAt(pos);
        next.length = 0;
        for (const k of current) {
          const st = states[k];
          if (st.test!(c) && close(next, st.out, pos + 1, pos + 1)) return true;
        }
        [current, next] = [next, current];
      }
    },
  };
}

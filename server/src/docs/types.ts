// Shared shape of the hover knowledge in this folder (commands, states, failure reasons, syslogs).
// The modules here are plain data: facts from the seed articles (XE, NX, SLP) and Cisco's command
// references (ref), in the project's own words. Never put a real-looking ID token in them: `<TOKEN>`.

export interface TopicDoc {
  /** Heading for the hover, e.g. the command's syntax or the state as printed. */
  title: string;
  /** Markdown body: what it does / means, what goes wrong without it, timers, the exact commands to type. */
  markdown: string;
  /** Where the facts come from: 'XE' | 'NX' | 'SLP' | 'ref' (Cisco command reference). */
  sources: Array<'XE' | 'NX' | 'SLP' | 'ref'>;
}

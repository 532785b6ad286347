// What a pseudo-locale run may leave in English, and how English is recognised (issue 18). Shared by
// the engine's run (pseudo.test.ts) and the CLI's (test/cli/locale.test.ts).
import { VERBATIM } from '../../server/src/l10n';

const STOP_WORDS = new Set(('the a an and or to of in on for with is are was were be been not no this that these those from by it its at as ' +
  'when which after before then than has have had must can cannot does do did will would should if but so into out only one each ' +
  'every there here what who how why all any same other line lines see use set add check run type').split(' '));

/**
 * The runs of plain English words left in `text` once what stays English by design is taken out
 * (fenced code, `code`, "quoted" device text and commands, *italic* device messages, URLs): a run
 * counts when it holds a function word and is long enough to be a phrase, not a name.
 */
export function englishLeft(text: string): string[] {
  const stripped = text
    .replace(/```[\s\S]*?```/g, ' ')
    // A quoted device reason that is itself JSON with quotes inside ("{"timestamp":["The device date …").
    .replace(/"\{"[^\n]*?(?:…|\})"/g, ' ')
    .replace(VERBATIM, ' ')
    .replace(/(?<![*\w])\*(?!\*)[^*\n]+\*(?!\*)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const runs: string[] = [];
  let run: string[] = [];
  const close = () => {
    // A run of capitals is what a device prints (`OUT OF COMPLIANCE`, `REGISTERING - REGISTRATION IN PROGRESS`).
    if (run.every((w) => /^[A-Z]+$/.test(w))) run = [];
    if (run.length >= 2 && run.some((w) => STOP_WORDS.has(w.toLowerCase())) && run.length + run.filter((w) => STOP_WORDS.has(w.toLowerCase())).length >= 4) runs.push(run.join(' '));
    run = [];
  };
  for (const raw of stripped.split(/\s+/)) {
    const word = raw.replace(/^[(*_'‘“]+|[)*_.,;:!?'’”]+$/g, '');
    if (/^[A-Za-z]+$/.test(word)) run.push(word);
    else close();
    if (/[.;:!?]$/.test(raw)) close();
  }
  close();
  return runs;
}


// The output formats by name. Each is one function taking every file's report (report.ts).
import { Formatter } from '../report';
import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { text } from './text';

export const FORMATS = { text, json, sarif, gitlab, junit, github } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

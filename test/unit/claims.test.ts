// Never claim what the text does not show (issue 13, point 3): a "*" on a clock says it was not
// authoritative, not why.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { showOutputHover } from '../../server/src/showHover';

describe('the clock hover claims only what a "*" shows', () => {
  it('not authoritative, not "no NTP"', () => {
    // The clock line carries a clock-offset finding, so hover shows that; the clock's own topic is this.
    const h = showOutputHover(lint(['SW#show clock', '*11:42:09.331 UTC Tue Jun 11 2024', ''].join('\n')).model, { line: 1, character: 5 }) ?? '';
    const clockPart = h.slice(h.indexOf('**Device clock**'));
    assert.match(clockPart, /not authoritative/);
    assert.doesNotMatch(clockPart, /no NTP|not marked valid/);
  });
});

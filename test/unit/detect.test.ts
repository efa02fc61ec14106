/**
 * Which `.txt` files are checked in the 政府工作报告 mode (core/detect.ts). Whole reports, and chapters or
 * excerpts of reports (the user's samples 000–002 are such excerpts), are; other Chinese text is not. The
 * excerpts are generated: windows of every real report in ../shared/corpus and corpus-more, so the class is
 * tested, not the five samples.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyDraft, draftSignals } from '../../server/src/core/detect';
import { corpusDir, corpusMoreDir, fixturesDir, repoRoot, samplesDir } from '../support/paths';

function texts(dir: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => [n, readFileSync(join(dir, n), 'utf8')]);
}

const reports = [...texts(corpusDir()), ...texts(corpusMoreDir())];

/** The body before the explanation section: an excerpt is of the report's prose. */
function body(text: string): string {
  const notes = /^[\s※*【\[]*名\s*词\s*(?:解\s*释|注\s*释)/m.exec(text);
  return notes ? text.slice(0, notes.index) : text;
}

/** `count` windows of about `size` characters of the body, each starting at a line, evenly spread. */
function windows(text: string, count: number, size: number): string[] {
  const prose = body(text);
  const out: string[] = [];
  for (let k = 1; k <= count; k++) {
    let start = Math.floor((prose.length * k) / (count + 1));
    start = prose.lastIndexOf('\n', start) + 1;
    const window = prose.slice(start, start + size);
    if (window.replace(/\s/g, '').length > size / 2) out.push(window);
  }
  return out;
}

describe('draft detection', () => {
  it('checks every corpus report; those with the title or the address and their headings as whole reports', () => {
    assert.ok(reports.length >= 27, `only ${reports.length} reports found`);
    const missed = reports.filter(([, text]) => classifyDraft(text) === 'none').map(([name, text]) => `${name} ${JSON.stringify(draftSignals(text))}`);
    assert.deepEqual(missed, []);
    const whole = reports.filter(([, text]) => classifyDraft(text) === 'report').length;
    assert.ok(whole >= reports.length - 3, `${whole} of ${reports.length} read as whole reports`);
  });

  it('checks each of the user’s samples (000–002 are excerpts without a title)', () => {
    const kinds = texts(samplesDir()).map(([name, text]) => [name, classifyDraft(text)]);
    assert.ok(kinds.length >= 5);
    for (const [name, kind] of kinds) assert.notEqual(kind, 'none', name);
  });

  it('reads windows of 1,500 characters from the middle of every report as excerpts (≥ 95 %)', () => {
    const all = reports.flatMap(([name, text]) => windows(text, 4, 1500).map((w, i): [string, string] => [`${name}#${i + 1}`, w]));
    assert.ok(all.length > 200, `only ${all.length} windows`);
    const missed = all.filter(([, w]) => classifyDraft(w) === 'none');
    const rate = 1 - missed.length / all.length;
    console.log(`      excerpts recognised: ${all.length - missed.length}/${all.length} (${(100 * rate).toFixed(1)}%)`);
    assert.ok(rate >= 0.95, missed.slice(0, 10).map(([name, w]) => `${name} ${JSON.stringify(draftSignals(w))}`).join('\n'));
  });

  it('leaves other Chinese text alone: a novel, a recipe, a README, a chat, poems, program messages', () => {
    const negatives = texts(fixturesDir('detect'));
    // Chinese documentation that ships with the dependencies, when installed.
    for (const file of ['node_modules/nzh/README.md', 'node_modules/opencc-js/README-zh-CN.md']) {
      const path = join(repoRoot(), file);
      if (existsSync(path)) negatives.push([file, readFileSync(path, 'utf8')]);
    }
    assert.ok(negatives.length >= 5);
    for (const [name, text] of negatives) assert.equal(classifyDraft(text), 'none', `${name} ${JSON.stringify(draftSignals(text))}`);
  });

  it('reads only the first 64 KB', () => {
    const start = performance.now();
    classifyDraft('推进高质量发展。'.repeat(1_000_000));
    assert.ok(performance.now() - start < 500);
  });
});

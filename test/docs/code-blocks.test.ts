import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';

/*
 * Every code block of the README and the guides is checked where it is shown, or says that it is not:
 * the line before its fence is one of
 *   <!-- examples/<file>.ts -->              each paragraph of the block is in that example file (imports
 *                                            anywhere in it, other lines consecutive), and the examples app
 *                                            compiles and synthesizes (test/examples.test.ts)
 *   <!-- test/python/examples/<file>.py -->  the block is that file, which the Python suite runs
 *   <!-- compiled by jsii-rosetta ... -->    README only: a `ts` block that the build compiles with its fixture
 *   <!-- illustrative -->                    a fragment or a command, checked by no test
 */
const REPO = resolve(__dirname, '../..');
const DOCS = ['README.md', ...readdirSync(join(REPO, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

interface Block { readonly doc: string; readonly line: number; readonly marker: string; readonly fence: string; readonly body: string }

function blocksOf(doc: string): Block[] {
  const lines = readFileSync(join(REPO, doc), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('```')) continue;
    const end = lines.findIndex((line, j) => j > i && line === '```');
    blocks.push({ doc, line: i + 1, marker: lines[i - 1] ?? '', fence: lines[i].slice(3), body: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

const ALL = DOCS.flatMap(blocksOf);
const trimmed = (text: string) => text.split('\n').map((line) => line.trim());
const exampleLines = (file: string) => trimmed(readFileSync(join(REPO, file), 'utf8').replace(/'\.\.\/src'/g, "'cdktf-cloudflare-api-tokens'"));

describe('code blocks in README.md and docs/', () => {
  test('every block is checked or marked illustrative', () => {
    const unmarked = ALL.filter((b) => !/^<!-- (illustrative|examples\/[\w-]+\.ts|test\/python\/examples\/\w+\.py|compiled by jsii-rosetta .*) -->$/.test(b.marker));
    expect(unmarked.map((b) => `${b.doc}:${b.line}`)).toEqual([]);
    expect(ALL.length).toBeGreaterThan(20);
  });

  test('a TypeScript quote of an example is in its file', () => {
    const quotes = ALL.filter((b) => b.marker.startsWith('<!-- examples/'));
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const block of quotes) {
      const file = /<!-- (\S+) -->/.exec(block.marker)![1];
      const source = exampleLines(file);
      const joined = `\n${source.join('\n')}\n`;
      for (const paragraph of block.body.split(/\n\s*\n/)) {
        const lines = trimmed(paragraph);
        const imports = lines.filter((line) => line.startsWith('import '));
        const rest = lines.filter((line) => !line.startsWith('import '));
        for (const line of imports) expect({ at: `${block.doc}:${block.line}`, file, line, found: source.includes(line) }).toMatchObject({ found: true });
        if (rest.length > 0) expect({ at: `${block.doc}:${block.line}`, file, rest, found: joined.includes(`\n${rest.join('\n')}\n`) }).toMatchObject({ found: true });
      }
    }
  });

  test('a Python quote is its example file, word for word', () => {
    const quotes = ALL.filter((b) => b.marker.startsWith('<!-- test/python/examples/'));
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    for (const block of quotes) {
      const file = /<!-- (\S+) -->/.exec(block.marker)![1];
      expect({ at: `${block.doc}:${block.line}`, body: `${block.body}\n` }).toEqual({ at: `${block.doc}:${block.line}`, body: readFileSync(join(REPO, file), 'utf8') });
    }
  });

  test('a jsii-rosetta block is in the README, fenced ts with a fixture that exists', () => {
    for (const block of ALL.filter((b) => b.marker.startsWith('<!-- compiled by jsii-rosetta'))) {
      expect(block.doc).toBe('README.md');
      const fixture = /^ts fixture=(\S+)$/.exec(block.fence)?.[1];
      expect(existsSync(join(REPO, 'rosetta', `${fixture}.ts-fixture`))).toBe(true);
    }
  });
});

describe('README.md and docs/', () => {
  test('the README is a package page of at most 300 lines', () => {
    expect(readFileSync(join(REPO, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(300);
  });

  test('every link to a file of the repository leads to one', () => {
    const base = 'https://github.com/maintainers/cdktf-cloudflare-api-tokens/blob/main/';
    const missing: string[] = [];
    for (const doc of [...DOCS, 'CONTRIBUTING.md']) {
      const text = readFileSync(join(REPO, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^(https?:|mailto:)/.test(target) && !target.startsWith(base)) continue;
        const path = target.startsWith(base) ? join(REPO, target.slice(base.length)) : join(REPO, dirname(doc), target);
        if (!existsSync(path)) missing.push(`${doc}: ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { reExportedModules, writeLazyIndex } from '../../scripts/lazy-index';

/** A compiled package: src/index.ts re-exports ./a, ./b and ./nested/c; each module records its loading. */
function fixturePackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lazy-index-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'lib', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'src', 'index.ts'), "// the public surface\nexport * from './a';\n\nexport * from './b';\nexport * from './nested/c';\n");
  const module = (name: string, body: string) =>
    `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n(globalThis.loaded ??= []).push(${JSON.stringify(name)});\n${body}\n`;
  writeFileSync(join(dir, 'lib', 'a.js'), module('a', 'class A {}\nexports.A = A;\nexports.shared = "from a";'));
  writeFileSync(join(dir, 'lib', 'b.js'), module('b', 'exports.B = function B() { return "b"; };\nexports.shared = "from b";'));
  writeFileSync(join(dir, 'lib', 'nested', 'c.js'), module('c', 'exports.C = Object.freeze({ X: "x" });'));
  writeFileSync(join(dir, 'lib', 'index.js'), '"use strict";\nthrow new Error("the eager index must be replaced");\n');
  return dir;
}

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
}

describe('the lazy entry point (scripts/lazy-index.ts)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fixturePackage();
    writeLazyIndex(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('requiring the package loads no module; touching an export loads only its module', () => {
    const index = join(dir, 'lib', 'index.js');
    const out = node(['-e', `
      const lib = require(${JSON.stringify(index)});
      const before = [...(globalThis.loaded ?? [])];
      const b = lib.B();
      console.log(JSON.stringify({ before, b, after: globalThis.loaded }));`]);
    expect(JSON.parse(out)).toEqual({ before: [], b: 'b', after: ['b'] });
  });

  test('the exports are the eager ones: same names in the same order, the first module wins a shared name', () => {
    const out = node(['-e', `
      const lib = require(${JSON.stringify(join(dir, 'lib', 'index.js'))});
      console.log(JSON.stringify({ keys: Object.keys(lib), shared: lib.shared, c: lib.C, esModule: lib.__esModule }));`]);
    expect(JSON.parse(out)).toEqual({ keys: ['A', 'shared', 'B', 'C'], shared: 'from a', c: { X: 'x' }, esModule: true });
  });

  // Node.js reads every export of a CommonJS module when an ES module imports it, so there all load.
  test('an ES module imports the names: Node.js finds them statically', () => {
    const url = `file://${join(dir, 'lib', 'index.js')}`;
    const out = node(['--input-type=module', '-e', `
      import { B, shared } from ${JSON.stringify(url)};
      console.log(JSON.stringify({ b: B(), shared, loaded: globalThis.loaded }));`]);
    expect(JSON.parse(out)).toEqual({ b: 'b', shared: 'from a', loaded: ['a', 'b', 'c'] });
  });

  test('a second run gives the same file (an incremental compile that kept lib/index.js changes nothing)', () => {
    const first = readFileSync(join(dir, 'lib', 'index.js'), 'utf8');
    writeLazyIndex(dir);
    expect(readFileSync(join(dir, 'lib', 'index.js'), 'utf8')).toBe(first);
  });
});

describe('src/index.ts for the lazy entry point', () => {
  test("this package's index only re-exports modules", () => {
    const modules = reExportedModules(readFileSync(join(__dirname, '..', '..', 'src', 'index.ts'), 'utf8'));
    expect(modules).toContain('./tokens/account-api-token');
  });

  test('any other statement is refused with the form to use', () => {
    expect(() => reExportedModules("export * from './a';\nexport { B } from './b';\n")).toThrow(
      /src\/index.ts: "export \{ B \} from '.\/b';" is not `export \* from '.\/module';`/,
    );
    expect(() => reExportedModules('// nothing\n')).toThrow('src/index.ts re-exports no module');
  });
});

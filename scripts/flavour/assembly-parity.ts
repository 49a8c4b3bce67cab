/**
 * The two flavours' jsii assemblies describe the same library: the same types with the same members,
 * signatures and docs, where the only allowed difference is the framework's name (cdktf / cdktn, the package
 * and Python module names, the framework's types such as `cdktf.TerraformStack` / `cdktn.TerraformStack`).
 *
 *   ts-node scripts/flavour/assembly-parity.ts <cdktf .jsii> <cdktn .jsii>
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { CDKTF, CDKTN, FrameworkNames } from './rewrite';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Assembly {
  readonly name: string;
  readonly types: Record<string, Json>;
}

/** Every string of `value` with the `from` flavour's names spelled as the `to` flavour's. */
function renamed(value: Json, from: FrameworkNames, to: FrameworkNames): Json {
  if (typeof value === 'string') {
    return value
      .split(from.packageName).join(to.packageName)
      .split(from.pythonModule).join(to.pythonModule)
      .replace(new RegExp(`\\b${from.framework}\\b`, 'g'), to.framework);
  }
  if (Array.isArray(value)) return value.map((v) => renamed(v, from, to));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [renamed(k, from, to) as string, renamed(v, from, to)]));
  }
  return value;
}

function renamedDocs(value: Json): Json {
  if (Array.isArray(value)) return value.map(renamedDocs);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'docs' ? renamed(v, CDKTF, CDKTN) : renamedDocs(v)]));
  }
  return value;
}

/** The differences between the assemblies beyond the framework's name; empty when they are on par. */
export function parityDifferences(cdktf: Assembly, cdktn: Assembly): string[] {
  const problems: string[] = [];
  if (cdktf.name !== CDKTF.packageName) problems.push(`first assembly is ${cdktf.name}, expected ${CDKTF.packageName}`);
  if (cdktn.name !== CDKTN.packageName) problems.push(`second assembly is ${cdktn.name}, expected ${CDKTN.packageName}`);
  // Docs of the cdktn flavour may still name cdktf where the name is prose (renamed on both sides); every
  // type reference, name and signature must be the cdktn one.
  const expected = renamed(cdktf.types as Json, CDKTF, CDKTN) as Record<string, Json>;
  const actual = renamedDocs(cdktn.types as Json) as Record<string, Json>;
  for (const fqn of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (!(fqn in actual)) problems.push(`${fqn}: missing from ${CDKTN.packageName}`);
    else if (!(fqn in expected)) problems.push(`${fqn}: only in ${CDKTN.packageName}`);
    else if (!isDeepStrictEqual(expected[fqn], actual[fqn])) problems.push(`${fqn}: ${firstDifference(expected[fqn], actual[fqn])}`);
  }
  return problems;
}

function firstDifference(want: Json, have: Json, path = ''): string {
  if (want !== null && have !== null && typeof want === 'object' && typeof have === 'object' && Array.isArray(want) === Array.isArray(have)) {
    const w = want as Record<string, Json>;
    const h = have as Record<string, Json>;
    for (const key of new Set([...Object.keys(w), ...Object.keys(h)])) {
      if (!isDeepStrictEqual(w[key], h[key])) return firstDifference(w[key], h[key], `${path}.${key}`);
    }
  }
  return `${path || '(type)'}: ${JSON.stringify(want)} in cdktf (renamed), ${JSON.stringify(have)} in cdktn`;
}

if (require.main === module) {
  const [cdktfFile, cdktnFile] = process.argv.slice(2);
  const load = (file: string): Assembly => JSON.parse(readFileSync(file, 'utf8'));
  const cdktf = load(cdktfFile);
  const cdktn = load(cdktnFile);
  const problems = parityDifferences(cdktf, cdktn);
  if (problems.length > 0) {
    console.error(`assembly parity: ${problems.length} difference(s) beyond the framework's name:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const members = Object.values(cdktn.types).reduce<number>((n, t) => {
    const type = t as Record<string, Json[] | undefined>;
    return n + (type.properties?.length ?? 0) + (type.methods?.length ?? 0) + (type.members?.length ?? 0);
  }, 0);
  console.log(`assembly parity: ${Object.keys(cdktn.types).length} types and ${members} members, same in both flavours but for the framework's name`);
}

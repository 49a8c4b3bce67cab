/** Finds the provider module's doc pages and reads their "Accepted Permissions" lists. */
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { TypeKind } from './derive-row';

/** The module path and the pseudo-version that is the provider's 5.24.0 release. */
export const PROVIDER_MODULE = 'github.com/cloudflare/terraform-provider-cloudflare';
export const PROVIDER_MODULE_VERSION = 'v0.0.0-20260824180050-4f360d592a7d';

/** One doc page's facts. */
export interface DocPage {
  readonly type: string;
  readonly kind: TypeKind;
  readonly source: string;
  readonly accepted: readonly string[] | null;
}

/** The module directory in the Go module cache, or undefined when it is not there. */
export function findModuleDir(): string | undefined {
  try {
    const cache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim();
    const dir = join(cache, `${PROVIDER_MODULE}@${PROVIDER_MODULE_VERSION}`);
    return existsSync(join(dir, 'docs')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** The module directory, downloaded through the Go module proxy when the cache does not have it. */
export function downloadModuleDir(): string {
  const out = execFileSync('go', ['mod', 'download', '-json', `${PROVIDER_MODULE}@${PROVIDER_MODULE_VERSION}`], { encoding: 'utf8' });
  return (JSON.parse(out) as { Dir: string }).Dir;
}

const TITLE = /^page_title: "(cloudflare_[a-z0-9_]+) (Resource|Data Source) - Cloudflare"$/m;
const LIST = /^Accepted Permissions\n\n((?:- `[^`]+`\n)+)/m;

/** Reads one page: its type from the title, its list from the body (the front matter repeats it flattened). */
export function parsePage(text: string, source: string, kind: TypeKind): DocPage {
  const title = TITLE.exec(text);
  if (!title) throw new Error(`${source}: no page_title naming a cloudflare_ type`);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const list = LIST.exec(body);
  const accepted = list ? [...list[1].matchAll(/^- `([^`]+)`$/gm)].map((m) => m[1]) : null;
  return { type: title[1], kind, source, accepted };
}

/** Every page under docs/resources and docs/data-sources, sorted by kind then type. */
export function readPages(moduleDir: string): DocPage[] {
  const pages: DocPage[] = [];
  for (const [folder, kind] of [['resources', 'resource'], ['data-sources', 'data-source']] as const) {
    for (const file of readdirSync(join(moduleDir, 'docs', folder)).filter((f) => f.endsWith('.md')).sort()) {
      const source = `docs/${folder}/${file}`;
      pages.push(parsePage(readFileSync(join(moduleDir, source), 'utf8'), source, kind));
    }
  }
  return pages;
}

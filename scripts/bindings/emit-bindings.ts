import { rmSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } from '@cdktf/commons';
import { CodeMaker, TerraformProviderGenerator } from '@cdktf/provider-generator';
import { EMITTED_PROVIDERS } from './emitted-types';
import { ProviderSchemas } from './schema-subset';

/**
 * Writes the TypeScript bindings of `schemas` into `outdir` (emptied first) the way `cdktf get` does:
 * one `providers/<name>/` folder per provider, constrained to the exact version the schema came from.
 * The generator's per-type README files are left out (they only link to the registry).
 */
export async function emitBindings(schemas: ProviderSchemas, outdir: string): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  // One generator per provider, as `cdktf get` does: the generator's parser keeps the names it gave out.
  for (const provider of EMITTED_PROVIDERS) {
    const version = schemas.provider_versions[provider.fqpn];
    const constraint = new TerraformProviderConstraint(`${provider.source}@${version}`);
    const generator = new TerraformProviderGenerator(new CodeMaker(), schemas as any);
    generator.generate(new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT));
    await generator.save(outdir);
  }
  removeReadmes(outdir);
}

function removeReadmes(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeReadmes(path);
    else if (entry.name === 'README.md') unlinkSync(path);
  }
}

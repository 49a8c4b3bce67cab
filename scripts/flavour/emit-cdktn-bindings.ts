/**
 * The cdktn flavour's provider bindings: the same committed schemas (data/provider-schemas.json) and the same
 * emitted types as src/bindings/generated/, written by `@cdktn/provider-generator` 0.24.0 (the code behind
 * `cdktn get`) instead of `@cdktf/provider-generator` 0.21.0. The generator is loaded from the flavour's own
 * tools (flavours/cdktn/node_modules), where it finds cdktn and its constructs.
 */
import { readdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { EMITTED_PROVIDERS } from '../bindings/emitted-types';
import { ProviderSchemas } from '../bindings/schema-subset';

export async function emitCdktnBindings(toolsDir: string, schemas: ProviderSchemas, outdir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (name: string) => require(require.resolve(name, { paths: [toolsDir] }));
  // The generator's helpers read the Terraform CLI configuration when they load; the generator needs none.
  const saved = process.env.TF_CLI_CONFIG_FILE;
  process.env.TF_CLI_CONFIG_FILE = '/dev/null';
  try {
    const { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } = load('@cdktn/commons');
    const { CodeMaker, TerraformProviderGenerator } = load('@cdktn/provider-generator');
    rmSync(outdir, { recursive: true, force: true });
    // One generator per provider, as `cdktn get` does: the generator's parser keeps the names it gave out.
    for (const provider of EMITTED_PROVIDERS) {
      const version = schemas.provider_versions[provider.fqpn];
      const constraint = new TerraformProviderConstraint(`${provider.source}@${version}`);
      const generator = new TerraformProviderGenerator(new CodeMaker(), schemas);
      generator.generate(new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT));
      await generator.save(outdir);
    }
  } finally {
    if (saved === undefined) delete process.env.TF_CLI_CONFIG_FILE;
    else process.env.TF_CLI_CONFIG_FILE = saved;
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

import { EMITTED_PROVIDERS } from './emitted-types';

/** The part of `terraform providers schema -json` the generator reads, plus the version of each provider. */
export interface ProviderSchemas {
  format_version: string;
  provider_schemas: Record<string, ProviderSchema>;
  provider_versions: Record<string, string>;
}

interface ProviderSchema {
  provider?: unknown;
  resource_schemas?: Record<string, unknown>;
  data_source_schemas?: Record<string, unknown>;
}

/**
 * Keeps the provider blocks and the emitted types of the emitted providers, and nothing else. Fails when a
 * provider or a type is missing: bindings for a type the provider does not have would be made up.
 */
export function schemaSubset(
  full: { format_version: string; provider_schemas?: Record<string, ProviderSchema> },
  versions: Record<string, string>,
): ProviderSchemas {
  const subset: ProviderSchemas = { format_version: full.format_version, provider_schemas: {}, provider_versions: {} };
  for (const emitted of EMITTED_PROVIDERS) {
    const provider = full.provider_schemas?.[emitted.fqpn];
    if (!provider) throw new Error(`The schema has no provider ${emitted.fqpn} (it has: ${Object.keys(full.provider_schemas ?? {}).join(', ')}).`);
    const version = versions[emitted.fqpn];
    if (!version) throw new Error(`No version given for ${emitted.fqpn}.`);
    subset.provider_schemas[emitted.fqpn] = {
      provider: provider.provider,
      resource_schemas: pick(provider.resource_schemas, emitted.resources, `${emitted.fqpn} resource`),
      data_source_schemas: pick(provider.data_source_schemas, emitted.dataSources, `${emitted.fqpn} data source`),
    };
    subset.provider_versions[emitted.fqpn] = version;
  }
  return subset;
}

function pick(schemas: Record<string, unknown> | undefined, names: string[], what: string): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) {
    const schema = schemas?.[name];
    if (schema === undefined) throw new Error(`The schema has no ${what} ${name}.`);
    picked[name] = schema;
  }
  return picked;
}

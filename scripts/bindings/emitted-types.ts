/**
 * The Terraform types the library writes, per provider: the only ones its generated bindings cover.
 * A type added here needs `npm run bindings:generate` (which reads it from the built providers).
 */
export interface EmittedProvider {
  /** The provider's address as `terraform providers schema -json` keys it. */
  readonly fqpn: string;
  /** The source a configuration's required_providers names. */
  readonly source: string;
  readonly resources: string[];
  readonly dataSources: string[];
}

export const EMITTED_PROVIDERS: EmittedProvider[] = [
  {
    fqpn: 'registry.terraform.io/cloudflare/cloudflare',
    source: 'cloudflare/cloudflare',
    resources: ['cloudflare_account_token', 'cloudflare_api_token'],
    dataSources: ['cloudflare_account_api_token_permission_groups_list', 'cloudflare_api_token_permission_groups_list'],
  },
  {
    fqpn: 'registry.terraform.io/hashicorp/time',
    source: 'hashicorp/time',
    resources: ['time_rotating', 'time_static'],
    dataSources: [],
  },
];

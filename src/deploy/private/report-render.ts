import { TOKEN_MINTING_GROUP_IDS } from './minting-groups';
import { GroupNeed, placeKey, StackNeeds } from './stack-needs';

/** The JSON report of one stack (deploy-permissions.json). */
export interface ReportJson {
  readonly stack: string;
  readonly table: string;
  readonly places: { place: string; groups: { id: string; name: string; deploy: boolean; plan: boolean; mintsTokens: boolean; types: string[] }[] }[];
  readonly unknownTypes: { type: string; kind: string; reason: string; paths: string[] }[];
  readonly unsureTypes: { type: string; kind: string; reason: string; source: string }[];
}

const TABLE = 'data/deploy-permissions.json of cdktf-cloudflare-api-tokens (from the Cloudflare Terraform provider 5.24.0 docs)';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The report as data, sorted so that it is the same on every synth. */
export function reportJson(needs: StackNeeds): ReportJson {
  const byPlace = new Map<string, GroupNeed[]>();
  for (const need of needs.needs) {
    const key = placeKey(need.place);
    byPlace.set(key, [...(byPlace.get(key) ?? []), need]);
  }
  const places = [...byPlace.entries()].sort((a, b) => byText(a[0], b[0])).map(([place, list]) => ({
    place,
    groups: list
      .map((n) => ({
        id: n.group.id,
        name: n.group.name,
        deploy: n.deploy,
        plan: n.plan,
        mintsTokens: TOKEN_MINTING_GROUP_IDS.has(n.group.id),
        types: [...n.types].sort(byText),
      }))
      .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id)),
  }));
  return {
    stack: needs.stack.node.id,
    table: TABLE,
    places,
    unknownTypes: needs.unknown.map((u) => ({ ...u, paths: [...u.paths].sort(byText) })).sort((a, b) => byText(`${a.kind}:${a.type}`, `${b.kind}:${b.type}`)),
    unsureTypes: [...needs.unsure].sort((a, b) => byText(`${a.kind}:${a.type}`, `${b.kind}:${b.type}`)),
  };
}

/** A readable summary of the report (deploy-permissions.txt, and the synth annotation). */
export function reportText(report: ReportJson): string {
  const lines = [`Deploy permissions of stack "${report.stack}" (table: ${report.table})`];
  if (report.places.length === 0) lines.push('  no permission group derived');
  for (const place of report.places) {
    lines.push(`  ${place.place}`);
    for (const g of place.groups) {
      const purposes = [g.deploy ? 'deploy' : '', g.plan ? 'plan' : ''].filter(Boolean).join('+');
      lines.push(`    ${g.name} [${purposes}]${g.mintsTokens ? ' MINTS TOKENS' : ''}  for ${g.types.join(', ')}`);
    }
  }
  for (const u of report.unknownTypes) lines.push(`  UNKNOWN ${u.kind} ${u.type} (${u.paths.join(', ')}): ${u.reason}`);
  for (const u of report.unsureTypes) lines.push(`  unsure ${u.kind} ${u.type}: ${u.reason} (${u.source})`);
  return lines.join('\n') + '\n';
}

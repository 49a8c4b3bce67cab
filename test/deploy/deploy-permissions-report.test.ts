import { mkdtempSync, readFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DnsRecord } from '@cdktf/provider-cloudflare/lib/dns-record';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { Zone } from '@cdktf/provider-cloudflare/lib/zone';
import { App, TerraformResource, TerraformStack } from 'cdktf';
import { AccountApiToken, DeployPermissionsReport } from '../../src';
import { ACCOUNT_ID } from '../support/synth';

const ZONE_ID = 'fedcba9876543210fedcba9876543210';

function synthApp(build: (app: App) => void): string {
  const outdir = mkdtempSync(join(tmpdir(), 'deploy-report-'));
  const app = new App({ outdir });
  build(app);
  DeployPermissionsReport.forEveryStack(app);
  app.synth();
  return outdir;
}

const readReport = (outdir: string, stack: string) => JSON.parse(readFileSync(join(outdir, 'stacks', stack, 'deploy-permissions.json'), 'utf8'));
const group = (report: any, place: string, name: string) =>
  report.places.find((p: any) => p.place === place)?.groups.find((g: any) => g.name === name);

function cloudflareStack(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new CloudflareProvider(stack, 'cloudflare', { apiToken: 'x'.repeat(40) });
  return stack;
}

describe('DeployPermissionsReport', () => {
  test('lists the groups each place needs, separately for deploy and plan', () => {
    const outdir = synthApp((app) => {
      const stack = cloudflareStack(app, 'app');
      new R2Bucket(stack, 'bucket', { accountId: ACCOUNT_ID, name: 'b' });
      new DnsRecord(stack, 'www', { zoneId: ZONE_ID, name: 'www', type: 'A', content: '192.0.2.1', ttl: 1 });
      new AccountApiToken(stack, 'token', { accountId: ACCOUNT_ID, name: 't', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { [`com.cloudflare.api.account.zone.${ZONE_ID}`]: '*' } }] });
    });
    const report = readReport(outdir, 'app');
    expect(report.stack).toBe('app');
    expect(group(report, `account:${ACCOUNT_ID}`, 'Workers R2 Storage Write')).toMatchObject({ deploy: true, plan: false, types: ['cloudflare_r2_bucket'] });
    expect(group(report, `account:${ACCOUNT_ID}`, 'Workers R2 Storage Read')).toMatchObject({ deploy: false, plan: true, types: ['cloudflare_r2_bucket'] });
    expect(group(report, `account:${ACCOUNT_ID}`, 'Account API Tokens Write')).toMatchObject({ deploy: true, plan: false, mintsTokens: true });
    expect(group(report, `account:${ACCOUNT_ID}`, 'Account API Tokens Read')).toMatchObject({ deploy: false, plan: true, mintsTokens: false });
    expect(group(report, `zone:${ZONE_ID}`, 'DNS Write')).toMatchObject({ deploy: true, plan: false });
    expect(group(report, `zone:${ZONE_ID}`, 'DNS Read')).toMatchObject({ deploy: false, plan: true });
    expect(report.unknownTypes).toEqual([]);
    const text = readFileSync(join(outdir, 'stacks', 'app', 'deploy-permissions.txt'), 'utf8');
    expect(text).toContain(`account:${ACCOUNT_ID}`);
    expect(text).toContain('Account API Tokens Write [deploy] MINTS TOKENS');
  });

  test('a zone id that is a token is keyed by its Terraform expression, the same on every synth', () => {
    const build = (app: App) => {
      const stack = cloudflareStack(app, 'dns');
      const zone = new Zone(stack, 'zone', { account: { id: ACCOUNT_ID }, name: 'example.com' });
      new DnsRecord(stack, 'www', { zoneId: zone.id, name: 'www', type: 'A', content: '192.0.2.1', ttl: 1 });
    };
    const report = readReport(synthApp(build), 'dns');
    expect(report.places.map((p: any) => p.place)).toEqual(['zone:ref(cloudflare_zone.zone.id)', `zones-of-account:${ACCOUNT_ID}`]);
    expect(group(report, `zones-of-account:${ACCOUNT_ID}`, 'Zone Write')).toMatchObject({ deploy: true, types: ['cloudflare_zone'] });
    expect(readReport(synthApp(build), 'dns')).toEqual(report);
  });

  test('a reference to an argument the stack sets to a literal is that literal (Terraform keeps configured values)', () => {
    const outdir = synthApp((app) => {
      const stack = cloudflareStack(app, 'app');
      const bucket = new R2Bucket(stack, 'bucket', { accountId: ACCOUNT_ID, name: 'b' });
      new AccountApiToken(stack, 'token', { accountId: bucket.accountId, name: 't', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }] });
    });
    expect(readReport(outdir, 'app').places.map((p: any) => p.place)).toEqual([`account:${ACCOUNT_ID}`]);
  });

  test('types missing from the table are named as unknown, never left out', () => {
    const outdir = synthApp((app) => {
      const stack = cloudflareStack(app, 'app');
      new TerraformResource(stack, 'made-up', { terraformResourceType: 'cloudflare_made_up' });
      new TerraformResource(stack, 'tie', { terraformResourceType: 'cloudflare_tiered_cache' });
    });
    const report = readReport(outdir, 'app');
    expect(report.unknownTypes).toEqual([
      { type: 'cloudflare_made_up', kind: 'resource', reason: 'the Cloudflare provider 5.24.0 docs have no page for this type', paths: ['app/made-up'] },
      expect.objectContaining({ type: 'cloudflare_tiered_cache', kind: 'resource', paths: ['app/tie'] }),
    ]);
    expect(readFileSync(join(outdir, 'stacks', 'app', 'deploy-permissions.txt'), 'utf8')).toContain('UNKNOWN resource cloudflare_made_up (app/made-up)');
  });

  test('rows the rule is unsure about are reported as unsure', () => {
    const outdir = synthApp((app) => {
      const stack = cloudflareStack(app, 'zones');
      new Zone(stack, 'zone', { account: { id: ACCOUNT_ID }, name: 'example.com' });
    });
    expect(readReport(outdir, 'zones').unsureTypes).toEqual([expect.objectContaining({ type: 'cloudflare_zone', kind: 'resource', source: 'docs/resources/zone.md' })]);
  });

  test('stacks without Cloudflare types get no report', () => {
    const outdir = synthApp((app) => void new TerraformStack(app, 'empty'));
    expect(existsSync(join(outdir, 'stacks', 'empty', 'deploy-permissions.json'))).toBe(false);
  });
});

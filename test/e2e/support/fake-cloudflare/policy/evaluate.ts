import { R2_GROUPS } from '../catalog';
import { StoredToken } from '../types';
import { ipInAny } from './request-ip';
import { R2Target, resourcesCover } from './resources';

export type R2Action = 'read' | 'write';

export interface EvaluationContext {
  readonly target: R2Target;
  readonly action: R2Action;
  /** Normalized peer address. */
  readonly ip: string;
  readonly now: Date;
}

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * A Write group grants reads too. Cloudflare's R2 docs (developers.cloudflare.com/r2/api/tokens/,
 * "Permission groups"): Workers R2 Storage Bucket Item Write "Can read, write, and list objects in
 * buckets"; Workers R2 Storage Write "Can create, delete, and list buckets, edit bucket configuration,
 * and read, write, and list objects" (dashboard: "Object Read & Write", "Admin Read & Write").
 */
const READS = [R2_GROUPS.storageRead, R2_GROUPS.storageWrite, R2_GROUPS.bucketItemRead, R2_GROUPS.bucketItemWrite];
const READ_ONLY = [R2_GROUPS.storageRead, R2_GROUPS.bucketItemRead];
const WRITE = [R2_GROUPS.storageWrite, R2_GROUPS.bucketItemWrite];
/** Bucket-level operations on the account (ListBuckets) need the account-level groups. */
const ACCOUNT_READ = [R2_GROUPS.storageRead, R2_GROUPS.storageWrite];

function groupsThatAllow(ctx: EvaluationContext): readonly string[] {
  if (ctx.target.bucket === undefined) return ctx.action === 'read' ? ACCOUNT_READ : [R2_GROUPS.storageWrite];
  return ctx.action === 'write' ? WRITE : READS;
}

/** A deny policy removes exactly the actions its groups name (denying Write does not deny reads). */
function groupsThatDeny(ctx: EvaluationContext): readonly string[] {
  return ctx.action === 'write' ? WRITE : READ_ONLY;
}

/** Token-level checks: status, validity window, request_ip condition. */
export function checkTokenUsable(token: StoredToken, ip: string, now: Date): Decision {
  if (token.status !== 'active') return { allowed: false, reason: `token is ${token.status}` };
  if (token.not_before && now.getTime() < Date.parse(token.not_before)) return { allowed: false, reason: 'token is not valid yet (not_before)' };
  if (token.expires_on && now.getTime() >= Date.parse(token.expires_on)) return { allowed: false, reason: 'token has expired (expires_on)' };
  const cond = token.condition?.request_ip;
  if (cond?.in && cond.in.length > 0 && !ipInAny(ip, cond.in)) return { allowed: false, reason: `client IP ${ip} is not in condition.request_ip.in` };
  if (cond?.not_in && ipInAny(ip, cond.not_in)) return { allowed: false, reason: `client IP ${ip} is in condition.request_ip.not_in` };
  return { allowed: true };
}

/** Full decision for an R2 request: token checks, then deny policies, then allow policies. */
export function evaluateR2Access(token: StoredToken, ctx: EvaluationContext): Decision {
  const usable = checkTokenUsable(token, ctx.ip, ctx.now);
  if (!usable.allowed) return usable;
  if (token.owner.kind === 'account' && token.owner.accountId !== ctx.target.accountId) {
    return { allowed: false, reason: `account owned token of another account (${token.owner.accountId})` };
  }
  const denyGroups = groupsThatDeny(ctx);
  const allowGroups = groupsThatAllow(ctx);
  for (const p of token.policies) {
    if (p.effect !== 'deny') continue;
    if (p.permission_groups.some((g) => denyGroups.includes(g.id)) && resourcesCover(p.resources, ctx.target)) {
      return { allowed: false, reason: `denied by policy ${p.id}` };
    }
  }
  for (const p of token.policies) {
    if (p.effect !== 'allow') continue;
    if (p.permission_groups.some((g) => allowGroups.includes(g.id)) && resourcesCover(p.resources, ctx.target)) return { allowed: true };
  }
  const what = ctx.target.bucket === undefined ? `R2 storage of account ${ctx.target.accountId}` : `bucket ${ctx.target.bucket}`;
  return { allowed: false, reason: `no policy allows ${ctx.action} on ${what}` };
}

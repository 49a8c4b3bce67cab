import { PermissionGroupCatalog, isUsableOnAccountToken } from '../catalog';
import { ApiError, apiError } from '../envelope';
import { newId } from '../ids';
import { isValidCidr } from '../policy/request-ip';
import { checkAccountTokenResources, parseResources, ResourcesError } from '../policy/resources';
import { StoredPolicy, TokenCondition, TokenOwner, TokenStatus } from '../types';

/** Code Cloudflare uses for token validation failures (e.g. "Failed common permission check ..."). */
export const VALIDATION_CODE = 1001;

export interface TokenInput {
  readonly name: string;
  readonly policies: StoredPolicy[];
  readonly status?: TokenStatus;
  readonly not_before?: string;
  readonly expires_on?: string;
  readonly condition?: TokenCondition;
}

function bad(message: string): ApiError {
  return apiError(400, VALIDATION_CODE, message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function optionalTime(body: Record<string, unknown>, field: string): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !RFC3339.test(v) || Number.isNaN(Date.parse(v))) {
    throw bad(`${field} must be an RFC 3339 date-time, got ${JSON.stringify(v)}`);
  }
  return v;
}

function parseCondition(raw: unknown): TokenCondition | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) throw bad('condition must be an object');
  const ipRaw = raw.request_ip;
  if (ipRaw === undefined || ipRaw === null) return {};
  if (!isObject(ipRaw)) throw bad('condition.request_ip must be an object');
  const out: { in?: string[]; not_in?: string[] } = {};
  for (const field of ['in', 'not_in'] as const) {
    const list = ipRaw[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list) || list.some((e) => typeof e !== 'string')) throw bad(`condition.request_ip.${field} must be a list of CIDR strings`);
    for (const e of list as string[]) {
      if (!isValidCidr(e)) throw bad(`condition.request_ip.${field}: '${e}' is not a valid IPv4/IPv6 address or CIDR`);
    }
    out[field] = [...(list as string[])];
  }
  return { request_ip: out };
}

function parsePolicies(raw: unknown, owner: TokenOwner, catalog: PermissionGroupCatalog): StoredPolicy[] {
  if (!Array.isArray(raw) || raw.length === 0) throw bad('policies must be a non-empty list');
  return raw.map((p: unknown, i: number): StoredPolicy => {
    const where = `policies[${i}]`;
    if (!isObject(p)) throw bad(`${where} must be an object`);
    const effect = p.effect;
    if (effect !== 'allow' && effect !== 'deny') throw bad(`${where}.effect must be "allow" or "deny", got ${JSON.stringify(effect)}`);
    const groupsRaw = p.permission_groups;
    if (!Array.isArray(groupsRaw) || groupsRaw.length === 0) throw bad(`${where}.permission_groups must be a non-empty list`);
    const permissionGroups = groupsRaw.map((g: unknown, j: number) => {
      if (!isObject(g) || typeof g.id !== 'string' || g.id === '') throw bad(`${where}.permission_groups[${j}] must be an object with an "id"`);
      const known = catalog.get(g.id);
      if (!known) throw bad(`Permission group '${g.id}' does not exist (${where}.permission_groups[${j}].id)`);
      if (owner.kind === 'account' && !isUsableOnAccountToken(known)) {
        throw bad(`Permission group '${g.id}' (${known.name}) cannot be used on account owned tokens`);
      }
      const meta = isObject(g.meta) ? { key: String(g.meta.key ?? ''), value: String(g.meta.value ?? '') } : undefined;
      return meta ? { id: known.id, name: known.name, meta } : { id: known.id, name: known.name };
    });
    // Resources arrive as a JSON object; a string (e.g. an un-decoded jsonencode()) is refused like any other non-object.
    let resources;
    try {
      resources = parseResources(p.resources, where);
      if (owner.kind === 'account') checkAccountTokenResources(resources, owner.accountId, where);
    } catch (e) {
      if (e instanceof ResourcesError) throw bad(e.message);
      throw e;
    }
    const id = typeof p.id === 'string' && /^[0-9a-f]{32}$/.test(p.id) ? p.id : newId();
    return { id, effect, permission_groups: permissionGroups, resources };
  });
}

const STATUSES: readonly TokenStatus[] = ['active', 'disabled', 'expired'];

/** Validates a create (POST) or update (PUT) body. */
export function parseTokenInput(body: unknown, owner: TokenOwner, catalog: PermissionGroupCatalog): TokenInput {
  if (!isObject(body)) throw bad('request body must be a JSON object');
  const name = body.name;
  if (typeof name !== 'string' || name.trim() === '') throw bad('name is required');
  if (name.length > 120) throw bad('name must be at most 120 characters');
  let status: TokenStatus | undefined;
  if ('status' in body) {
    if (!STATUSES.includes(body.status as TokenStatus)) throw bad(`status must be one of ${STATUSES.join(', ')}, got ${JSON.stringify(body.status)}`);
    status = body.status as TokenStatus;
  }
  const notBefore = optionalTime(body, 'not_before');
  const expiresOn = optionalTime(body, 'expires_on');
  if (notBefore && expiresOn && Date.parse(expiresOn) <= Date.parse(notBefore)) throw bad('expires_on must be after not_before');
  return {
    name,
    policies: parsePolicies(body.policies, owner, catalog),
    status,
    not_before: notBefore,
    expires_on: expiresOn,
    condition: parseCondition(body.condition),
  };
}

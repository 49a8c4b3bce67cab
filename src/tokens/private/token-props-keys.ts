import { propertyNames } from '../../validation/unknown-properties';
import { AccountApiTokenProps, RequestIpCondition, TokenCondition, TokenOptions, UserApiTokenProps } from '../api-token-props';

/** The properties every token construct takes (`TokenOptions`). */
export const TOKEN_OPTIONS: Record<keyof TokenOptions, true> = {
  notBefore: true,
  expiresOn: true,
  rotation: true,
  condition: true,
  status: true,
  createOutputs: true,
  adoptTokenId: true,
};

/**
 * The token options of `props`, picked by the keys of `TOKEN_OPTIONS`: a construct that forwards them to a
 * token cannot drop one, since the compiler makes `TOKEN_OPTIONS` name every option.
 */
export function pickTokenOptions(props: TokenOptions): TokenOptions {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(TOKEN_OPTIONS)) picked[key] = props[key as keyof TokenOptions];
  return picked as TokenOptions;
}

const API_TOKEN = { ...TOKEN_OPTIONS, name: true, policies: true, resolvePermissionGroupsAtPlanTime: true } as const;

/** The properties of `UserApiTokenProps`. */
export const USER_TOKEN_PROPS = propertyNames<UserApiTokenProps>(API_TOKEN);
/** The properties of `AccountApiTokenProps`. */
export const ACCOUNT_TOKEN_PROPS = propertyNames<AccountApiTokenProps>({ ...API_TOKEN, accountId: true });
/** The properties of `TokenCondition`. */
export const CONDITION_PROPS = propertyNames<TokenCondition>({ requestIp: true });
/** The properties of `RequestIpCondition`. */
export const REQUEST_IP_PROPS = propertyNames<RequestIpCondition>({ in: true, notIn: true });

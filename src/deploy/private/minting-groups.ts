/**
 * Permission groups that create API tokens. A token that holds one can mint a token with any permission
 * its owner has, so it is as powerful as the account (or user) itself.
 */
export const TOKEN_MINTING_GROUP_IDS: ReadonlySet<string> = new Set([
  '5bc3f8b21c554832afc660159ab75fa4', // Account API Tokens Write
  '686d18d5ac6c441c867cbf6771e58a0a', // API Tokens Write (user)
]);

/** Why a token-minting group matters, for warnings. */
export const TOKEN_MINTING_WHY =
  'a token that may create tokens can mint one with every permission of the account, so it is root-equivalent on the account: keep it out of pull-request CI, restrict it by IP, and give it a short expiry or a rotation';

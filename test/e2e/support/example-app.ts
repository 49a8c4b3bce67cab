/** The examples app (examples/main.ts) as the end-to-end scenarios deploy it. */

/** Its stacks, in the order the app defines them. */
export const EXAMPLE_STACKS = ['readonly-token', 'r2-presigned-urls', 'restricted-token', 'account-token', 'r2-bucket-preset', 'r2-consumer', 'rotated-r2-reader'];

/** The stacks with Cloudflare resources: every one but r2-consumer, which only reads another stack's outputs. */
export const STACKS_WITH_CLOUDFLARE = EXAMPLE_STACKS.filter((name) => name !== 'r2-consumer');

/** The stack whose bucket the other stacks' grants name: destroyed last, once its bucket is emptied. */
export const BUCKET_STACK = 'r2-presigned-urls';

/** The other stacks, destroyed before it. */
export const STACKS_BEFORE_BUCKET = EXAMPLE_STACKS.filter((name) => name !== BUCKET_STACK);

/** The names of the account tokens the examples create, sorted; the rotated reader keeps two, current and previous. */
export const EXAMPLE_TOKEN_NAMES = [
  'Account R2 Token',
  'R2 Access Token',
  'R2 read archive',
  'R2 read archive',
  'R2 read reports',
  'Readonly Zone Token',
  'Restricted Access Token',
];

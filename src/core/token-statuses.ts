/**
 * The statuses the library gives a token: the public names are `TokenStatus`'s (tokens/), and the rotation
 * (a layer below) sets them too, so the values live here, once.
 */
export const ACTIVE_STATUS = 'active';
export const DISABLED_STATUS = 'disabled';

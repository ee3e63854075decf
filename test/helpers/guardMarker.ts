/** What the network guard (noNetwork.ts) writes on stderr for each refused attempt; a module of its own so that
 * importing it does not install the guard. */
export const MARKER = 'CROSSCHECK-NETWORK-GUARD';

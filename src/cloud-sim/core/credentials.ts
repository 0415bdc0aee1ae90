/** The fixed, documented Sandbox key pair: not a secret, it only opens the local Sandbox. */
import type { Credentials } from './service';

/**
 * Access key id and secret every Sandbox accepts (and nothing else). Not
 * frozen: the SDK annotates credential objects it is given.
 */
export const SANDBOX_CREDENTIALS: Readonly<Credentials> = {
  accessKeyId: 'AKIASANDBOXHAARCH001',
  secretAccessKey: 'sandbox/ha-architect/not-a-secret/000001',
};

/** The fixed, documented Sandbox key pair: not a secret, it only opens the local Sandbox. */
import type { Credentials } from './service';

/** Access key id and secret every Sandbox accepts (and nothing else). */
export const SANDBOX_CREDENTIALS: Credentials = Object.freeze({
  accessKeyId: 'AKIASANDBOXHAARCH001',
  secretAccessKey: 'sandbox/ha-architect/not-a-secret/000001',
});

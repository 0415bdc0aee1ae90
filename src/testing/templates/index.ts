/** The shipped templates by file name (resources/templates/<name>.ha.json), built from code so they stay valid. */
import type { Design } from '../../model';
import { ecommerceHa } from './ecommerce';
import { fragileStarter } from './fragile';
import { multiRegionActiveActive } from './multi-region';

/** Template file stem → builder. */
export const TEMPLATES: Readonly<Record<string, () => Design>> = {
  'ecommerce-ha': ecommerceHa,
  'multi-region-active-active': multiRegionActiveActive,
  'fragile-starter': fragileStarter,
};

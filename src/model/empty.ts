/** A new, empty design. */
import { SCHEMA_VERSION, type Design } from './design';

/** Creates an empty design with the given id and name. */
export function emptyDesign(id: string, name = 'Untitled design'): Design {
  return { schemaVersion: SCHEMA_VERSION, id, name, description: '', objectives: { rtoSeconds: {}, rpoSeconds: {} }, availabilityOverrides: {}, nodes: [], edges: [] };
}

// Writes resources/templates/*.ha.json from src/testing/templates (run: npx tsx scripts/gen-templates.ts).
import { writeFileSync } from 'node:fs';
import { parseDesignValue, serializeDesign } from '../src/model';
import { TEMPLATES } from '../src/testing/templates';

for (const [name, build] of Object.entries(TEMPLATES)) {
  const parsed = parseDesignValue(JSON.parse(JSON.stringify(build())));
  if (!parsed.ok) throw new Error(`template ${name}: ${parsed.problem.path}: ${parsed.problem.message}`);
  const file = new URL(`../resources/templates/${name}.ha.json`, import.meta.url);
  writeFileSync(file, serializeDesign(parsed.design));
  console.log(`wrote ${file.pathname} (${parsed.design.nodes.length} nodes, ${parsed.design.edges.length} edges)`);
}

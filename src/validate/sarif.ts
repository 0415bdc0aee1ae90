/** SARIF 2.1.0 output for GitHub code scanning: rule descriptors with help, one result per finding, located in the design file. */
import { RULES } from './registry';
import type { Finding, Severity, ValidationResult } from './types';

/** Where the findings point: the design file (repository-relative path, percent-encoded here) and its text (to find node lines). */
export interface SarifSource {
  readonly uri: string;
  readonly text?: string;
  readonly toolVersion?: string;
}

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** 1-based line of `"id": "<id>"` in the stable serialisation, per node id. */
function nodeLines(text: string | undefined): Map<string, number> {
  const lines = new Map<string, number>();
  if (!text) return lines;
  const re = /"id":\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    if (!lines.has(m[1]!)) lines.set(m[1]!, line);
  }
  return lines;
}

function fingerprint(f: Finding): string {
  let h = 2166136261;
  for (const ch of `${f.rule}|${f.resources.join(',')}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Converts a validation result to a SARIF 2.1.0 log (a plain JSON object). */
export function toSarif(result: ValidationResult, source: SarifSource): Record<string, unknown> {
  const lines = nodeLines(source.text);
  const uri = source.uri.split('/').map(encodeURIComponent).join('/');
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: { text: `${r.help}\n\nReferences: ${r.references.join('; ') || 'none'}.`, markdown: `${r.help}\n\n**References:** ${r.references.join('; ') || 'none'}.` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['reliability', 'high-availability', 'aws'], references: [...r.references] },
  }));
  const results = result.findings.map((f) => {
    const first = f.resources.find((id) => lines.has(id));
    return {
      ruleId: f.rule,
      ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule)! } : {}),
      level: LEVEL[f.severity],
      message: { text: `${f.message} Fix: ${f.fix}` },
      locations: [{
        physicalLocation: { artifactLocation: { uri }, region: { startLine: first ? lines.get(first)! : 1 } },
        logicalLocations: f.resources.map((id) => ({ name: id, fullyQualifiedName: `nodes/${id}`, kind: 'resource' })),
      }],
      partialFingerprints: { 'haArchitect/v1': fingerprint(f) },
      properties: { resources: [...f.resources], fix: f.fix, ...(f.references ? { references: [...f.references] } : {}) },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'ha-architect', ...(source.toolVersion ? { version: source.toolVersion } : {}), rules } },
      artifacts: [{ location: { uri }, roles: ['analysisTarget'] }],
      results,
      properties: { estimates: result.estimates },
    }],
  };
}

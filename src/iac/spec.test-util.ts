// Checks a CloudFormation template against the resource specification database of @aws-cdk/aws-service-spec (test time only).
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

type Db = ReturnType<typeof loadAwsServiceSpecSync>;
type Prop = { type: { type: string; reference?: { $ref: string }; element?: unknown; types?: unknown[] }; required?: boolean };
let db: Db | undefined;

function spec(): Db {
  db ??= loadAwsServiceSpecSync();
  return db;
}

const isIntrinsic = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && /^(Ref|Fn::)/.test(Object.keys(v)[0]!);

function checkValue(type: Prop['type'], value: unknown, path: string, problems: string[]): void {
  if (isIntrinsic(value)) return;
  if (type.type === 'ref' && type.reference && value && typeof value === 'object' && !Array.isArray(value)) {
    const def = spec().get('typeDefinition', type.reference.$ref) as unknown as { properties: Record<string, Prop> };
    checkProps(def.properties, value as Record<string, unknown>, path, problems);
  } else if (type.type === 'array' && Array.isArray(value)) {
    value.forEach((v, i) => checkValue(type.element as Prop['type'], v, `${path}[${i}]`, problems));
  }
}

function checkProps(props: Record<string, Prop>, value: Record<string, unknown>, path: string, problems: string[]): void {
  for (const [k, v] of Object.entries(value)) {
    const p = props[k];
    if (!p) problems.push(`${path}.${k}: unknown property (known: ${Object.keys(props).sort().join(', ')})`);
    else checkValue(p.type, v, `${path}.${k}`, problems);
  }
  for (const [k, p] of Object.entries(props)) if (p.required && !(k in value)) problems.push(`${path}.${k}: required property missing`);
}

/** Every problem of a parsed template: unknown resource types, unknown properties (nested too), missing required properties. */
export function specProblems(template: { Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }> }): string[] {
  const problems: string[] = [];
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    const found = spec().lookup('resource', 'cloudFormationType', 'equals', r.Type);
    if (found.length !== 1) {
      problems.push(`${id}: unknown resource type ${r.Type}`);
      continue;
    }
    checkProps(found[0]!.properties as unknown as Record<string, Prop>, r.Properties ?? {}, `${id}(${r.Type})`, problems);
  }
  return problems;
}

/** Writes a CloudFormation template as YAML with the short intrinsic tags (!Ref, !GetAtt, !Sub, !Select …). */
import { Document, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

function toNode(v: unknown): Node {
  if (Array.isArray(v)) {
    const seq = new YAMLSeq();
    for (const x of v) seq.items.push(toNode(x));
    return seq;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 1) {
      const [key, inner] = entries[0]!;
      if (key === 'Ref' || key.startsWith('Fn::')) {
        const short = key === 'Ref' ? 'Ref' : key.slice(4);
        // !GetAtt takes the dotted scalar form, the one people write by hand.
        const node = short === 'GetAtt' && Array.isArray(inner) ? new Scalar(inner.join('.')) : toNode(inner);
        node.tag = `!${short}`;
        if (node instanceof YAMLSeq && node.items.every((i) => i instanceof Scalar || (i instanceof YAMLSeq && i.items.length < 3))) node.flow = true;
        return node;
      }
    }
    const map = new YAMLMap();
    for (const [k, x] of entries) if (x !== undefined) map.set(k, toNode(x));
    return map;
  }
  const scalar = new Scalar(v);
  // YAML 1.1 readers (and people) take 2010-09-09 for a date; CloudFormation wants the string.
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) scalar.type = Scalar.QUOTE_SINGLE;
  return scalar;
}

/** Renders a template object as YAML, with `comment` lines at the top. */
export function renderTemplateYaml(template: Record<string, unknown>, comment?: string): string {
  const doc = new Document();
  doc.contents = toNode(template) as never;
  if (comment) doc.commentBefore = comment.split('\n').map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

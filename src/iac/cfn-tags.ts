/** CloudFormation's YAML short-form intrinsic tags (!Ref, !GetAtt, !Sub …) for the yaml parser, resolved to the JSON long form. */
import type { ScalarTag, CollectionTag } from 'yaml';
import { YAMLMap, YAMLSeq } from 'yaml';

const FUNCTIONS = ['Ref', 'Condition', 'GetAtt', 'Sub', 'Select', 'GetAZs', 'Join', 'Split', 'Cidr', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap', 'Base64', 'ImportValue', 'Transform', 'Length', 'ToJsonString', 'ForEach'];

const key = (name: string) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);

/** Custom tags for `yaml.parse` that turn `!Ref X` into `{ Ref: 'X' }`, `!GetAtt A.B` into `{ 'Fn::GetAtt': ['A', 'B'] }`, etc. */
export const CFN_YAML_TAGS: (ScalarTag | CollectionTag)[] = FUNCTIONS.flatMap((name): (ScalarTag | CollectionTag)[] => [
  {
    tag: `!${name}`,
    resolve: (value: string) => {
      if (name === 'GetAtt') {
        const dot = value.indexOf('.');
        return { [key(name)]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
      }
      return { [key(name)]: value };
    },
  },
  { tag: `!${name}`, collection: 'seq', nodeClass: YAMLSeq, resolve: (seq) => ({ [key(name)]: (seq as YAMLSeq).toJSON() }) } as CollectionTag,
  { tag: `!${name}`, collection: 'map', nodeClass: YAMLMap, resolve: (map) => ({ [key(name)]: (map as YAMLMap).toJSON() }) } as CollectionTag,
]);

// The import rules of ARCHITECTURE.md, checked on every import of every file.
// Each file belongs to a zone (by folder); each import resolves to a zone or a
// package; the table below says which of those a zone may import. Type-only
// imports are always allowed: they vanish at build time and cross no boundary.
import path from 'node:path';
import { builtinModules } from 'node:module';

const PURE = ['src/model', 'src/validate', 'src/graph', 'src/iac', 'src/layout', 'src/ipc'];
const NODE_TIER = ['src/provision', 'src/discover', 'src/health'];
const ALL_SRC = [...PURE, ...NODE_TIER, 'src/cli', 'src/cloud-sim'];
const PURE_PACKAGES = ['zod', 'yaml', 'elkjs'];
const UI_PACKAGES = ['react', 'react-dom', '@xyflow/react', 'zustand', 'aws-icons'];
const UI_BANNED = ['react', 'react-dom', '@xyflow/react', 'zustand', 'electron'];

/** Zones in match order (longest prefix first). */
const ZONES = [
  'main/electron/preload.ts', 'main/electron', 'main',
  ...ALL_SRC, 'src/testing', 'renderer',
];

/** What each zone may import: folders (zones), packages (names or '*'), node builtins. */
const POLICY = {
  'src/model': { zones: ['src/model'], packages: ['zod'], node: false },
  ...Object.fromEntries(PURE.filter((z) => z !== 'src/model').map((z) => [z, { zones: PURE, packages: PURE_PACKAGES, node: false }])),
  ...Object.fromEntries(NODE_TIER.map((z) => [z, { zones: [...PURE, ...NODE_TIER], packages: '*', bannedPackages: [...UI_BANNED], node: true }])),
  'src/cloud-sim': { zones: ['src/cloud-sim'], packages: '*', bannedPackages: [...UI_BANNED, '@aws-sdk/*'], node: true },
  'src/cli': { zones: ALL_SRC, packages: '*', bannedPackages: UI_BANNED, node: true },
  'src/testing': { zones: [...ALL_SRC, 'src/testing'], packages: '*', bannedPackages: UI_BANNED, node: true },
  'main/electron/preload.ts': { zones: [], packages: ['electron'], node: false },
  'main/electron': { zones: [...ALL_SRC, 'main', 'main/electron'], packages: '*', bannedPackages: UI_BANNED.filter((p) => p !== 'electron'), node: true },
  main: { zones: [...ALL_SRC, 'main'], packages: '*', bannedPackages: UI_BANNED, node: true },
  renderer: { zones: [...PURE, 'renderer'], packages: [...UI_PACKAGES, ...PURE_PACKAGES], node: false },
};

const BUILTINS = new Set(builtinModules);

function zoneOf(rel) {
  return ZONES.find((z) => rel === z || rel.startsWith(z + '/'));
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function packageAllowed(policy, name) {
  const matches = (p) => p === name || (p.endsWith('/*') && name.startsWith(p.slice(0, -1)));
  if ((policy.bannedPackages ?? []).some(matches)) return false;
  return policy.packages === '*' || policy.packages.some(matches);
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specs = node.specifiers ?? [];
  return specs.length > 0 && specs.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the folder import rules of ARCHITECTURE.md' },
    schema: [],
    messages: { banned: '{{zone}} must not import {{what}} (ARCHITECTURE.md, "Which folder may import which").' },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const zone = zoneOf(file);
    if (!zone) return {};
    const policy = POLICY[zone];

    function check(node) {
      if (!node.source || typeof node.source.value !== 'string' || isTypeOnly(node)) return;
      const spec = node.source.value;
      let what = null;
      if (spec.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(context.filename), spec)).split(path.sep).join('/');
        const targetZone = zoneOf(target) ?? target;
        if (targetZone !== zone && !policy.zones.includes(targetZone)) what = targetZone;
      } else if (spec.startsWith('node:') || BUILTINS.has(packageName(spec))) {
        if (!policy.node) what = `Node built-in "${spec}"`;
      } else if (!packageAllowed(policy, packageName(spec))) {
        what = `package "${spec}"`;
      }
      if (what) context.report({ node: node.source, messageId: 'banned', data: { zone, what } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (n) => check({ source: n.source }) };
  },
};

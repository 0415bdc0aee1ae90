// Lint: correctness rules for TypeScript plus the layering of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layering from './eslint-rules/layering.js';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/*.test-util.ts', 'e2e/**', 'bench/**', 'scripts/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { local: { rules: { layering } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: ['src/**/*.{ts,tsx}', 'main/**/*.ts', 'renderer/**/*.{ts,tsx}'], ignores: TESTS, rules: { 'local/layering': 'error' } },
  {
    // Raw IPC is allowed only in the two typed wrappers.
    files: ['main/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['main/electron/ipc.ts', 'main/electron/preload.ts', ...TESTS],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[object.name=/^ipc(Main|Renderer)$/]", message: 'Use the typed IPC wrappers (main/electron/ipc.ts, preload.ts), not raw ipcMain/ipcRenderer.' },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
);

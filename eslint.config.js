// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * Import direction (see docs/architecture.md): each zone lists what its files may NOT import.
 * Test files may also import the shared fixtures in src/test.
 */
const zonesFor = (allowTestFixtures) => {
  const extra = allowTestFixtures ? ['./test'] : [];
  const zones = [
  // domain is pure: it imports only domain.
  { target: './src/domain', from: './src', except: ['./domain', ...extra], message: 'domain/ imports only domain/ (pure code: no React, storage, state or browser).' },
  // storage imports domain only.
  { target: './src/storage', from: './src', except: ['./domain', './storage', ...extra], message: 'storage/ imports only domain/.' },
  // state imports domain and storage (and lib adapters).
  { target: './src/state', from: './src', except: ['./domain', './storage', './state', './lib', ...extra], message: 'state/ imports domain/, storage/ and lib/ only.' },
  // charts are presentational: domain types only.
  { target: './src/charts', from: './src', except: ['./domain', './charts', './i18n', ...extra], message: 'charts/ are presentational: props in, SVG out.' },
  // features never touch storage directly.
  { target: './src/features', from: './src/storage', message: 'features/ use state/ actions, never storage/.' },
  { target: './src/features', from: './src/state/repository.ts', message: 'features/ call store actions, not the repository.' },
  { target: './src/components', from: './src', except: ['./components', './domain', './i18n', './lib'], message: 'components/ui are shared primitives.' },
  { target: './src/lib', from: './src', except: ['./lib'], message: 'lib/ holds tiny adapters with no app imports.' },
];
  for (const f of featureNames) {
    zones.push({
      target: `./src/features/${f}`,
      from: './src/features',
      except: [`./${f}`],
      message: 'No cross-feature imports: move shared code to components/, domain/ or state/.',
    });
  }
  return zones;
};
const featureNames = ['home', 'questionnaire', 'results', 'new-assessment', 'about', 'report', 'data-transfer', 'device', 'benchmark', 'planning'];

export default tseslint.config(
  { ignores: ['shot-tmp.mjs', 'dist', 'dist-e2e*', 'dist-bench', 'node_modules', 'test-results*', 'playwright-report', 'artifacts', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser }, ecmaVersion: 2022, sourceType: 'module' },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: zonesFor(false) }],
      'import-x/no-cycle': 'error',
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message: 'Use lib/clock.ts now(): time is injected.',
      }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    files: ['src/lib/clock.ts', 'e2e/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'scripts/**', 'src/test/**'],
    rules: {
      'max-lines': 'off',
      'max-lines-per-function': 'off',
      'import-x/no-restricted-paths': ['error', { zones: zonesFor(true) }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
    // Playwright fixtures call `use`, which is not React's hook.
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);

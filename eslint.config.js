import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const coreBan = [
  {
    group: ['@actions/*'],
    message: 'core code must not import @actions/*; take it through the host interface'
  },
  {
    group: ['@docker/actions-toolkit', '@docker/actions-toolkit/*'],
    message:
      'the core and the CLI must not use @docker/actions-toolkit (it imports @actions/* and writes temp folders)'
  }
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'build/', 'coverage/', 'examples/', '.tools/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error (and, in an action, the step's result).
    files: ['src/**/*.ts', '__tests__/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }]
    }
  },
  {
    // The core never talks to the runner: only adapters may import @actions/*.
    files: [
      'src/go/**',
      'src/oci/**',
      'src/image/**',
      'src/scan/**',
      'src/release/**',
      'src/config/**',
      'src/model/**',
      'src/util/**',
      'src/runtime/**',
      'src/stages/**'
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: coreBan }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'core code takes typed options, not process.env' }
      ]
    }
  },
  {
    // The CLI is an adapter, but it must not pull the runner toolkit in either.
    files: ['src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: coreBan.slice(1) }] }
  }
)

import js from '@eslint/js'
import tseslint from 'typescript-eslint'

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
    // The core never talks to the runner: only adapters may import @actions/*.
    files: [
      'src/go/**',
      'src/oci/**',
      'src/image/**',
      'src/scan/**',
      'src/release/**',
      'src/config/**',
      'src/model/**',
      'src/util/**'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'core code must not import @actions/*; take it through the host interface'
            }
          ]
        }
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'core code takes typed options, not process.env' }
      ]
    }
  }
)

// Foreign text never starts a workflow command: one-line escaping and the detector the action logger uses.
import { mayStartCommand, oneLine, quoteLines } from '../../src/util/log-safe.js'
import { ConsoleLogger } from '../../src/util/logger.js'

test('control characters become visible escapes', () => {
  expect(oneLine('feat: x\r::add-mask::y\nz\u001b[31m')).toBe('feat: x\\r::add-mask::y\\nz\\u001b[31m')
  expect(oneLine('tabs\tstay')).toBe('tabs\tstay')
})

test.each([
  ['::warning::x', true],
  ['ok\r::set-output name=a::b', true],
  ['ok\n   ::stop-commands::t', true],
  ['a :: b', false],
  ['plain', false]
])('%j may start a command: %s', (text, expected) => {
  expect(mayStartCommand(text)).toBe(expected)
})

test('quoted output: one escaped line per line, none able to start a command', () => {
  const q = quoteLines('go: go.mod requires go >= 1.99\n::warning::x\rmore\n\n')
  expect(q).toBe('> go: go.mod requires go >= 1.99\n> ::warning::x\\rmore')
  expect(mayStartCommand(q)).toBe(false)
})

test('the CLI logger fences text that could start a workflow command (the CLI may run in a workflow step)', () => {
  const lines: string[] = []
  const logger = new ConsoleLogger(false, l => lines.push(l))
  logger.info('plain line')
  logger.error('docker buildx build failed:\n::warning::injected\nmore')
  expect(lines[0]).toBe('plain line')
  const token = /^::stop-commands::(gantry-[0-9a-f]{24})$/.exec(lines[1])?.[1]
  expect(token).toBeDefined()
  expect(lines[2]).toBe('error: docker buildx build failed:\n::warning::injected\nmore')
  expect(lines[3]).toBe(`::${token}::`)
})

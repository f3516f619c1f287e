import { configOptions, parseConfig } from '../../src/config/file.js'
import { stageByName } from '../../src/stages/index.js'

describe('gantry.yml', () => {
  test('a stage section wins over defaults; lists become lines', () => {
    const cfg = parseConfig(
      'defaults:\n  working-directory: app\n  targets: default\nplan:\n  targets: [linux/amd64, linux/arm64]\n',
      'gantry.yml'
    )
    expect(configOptions(cfg, stageByName('plan')!)).toEqual({
      'working-directory': 'app',
      targets: 'linux/amd64\nlinux/arm64'
    })
  })
  test('an unknown key is a UserError naming the file and the key', () => {
    expect(() => parseConfig('plan:\n  tragets: all\n', 'gantry.yml')).toThrow(
      /gantry.yml: .*plan: unknown key "tragets"/
    )
  })
  test('bad YAML is a UserError', () => {
    expect(() => parseConfig('plan: [\n', 'gantry.yml')).toThrow(/gantry.yml: is not valid YAML/)
  })
  test('an empty file is fine', () => {
    expect(configOptions(parseConfig('', 'gantry.yml'), stageByName('plan')!)).toEqual({})
  })
})

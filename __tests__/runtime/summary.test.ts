// Summaries render escaped: a label or commit header can never inject markup into the job summary.
import { renderHtml, renderText } from '../../src/runtime/summary.js'
import { encodeOutputs, outputsObject } from '../../src/runtime/outputs.js'

const model = {
  title: 'gantry <tag>',
  table: { columns: ['a', 'b'], rows: [[{ bold: '1.0.0' }, [{ code: 'v1<x>' }, ': made & pushed']]] },
  facts: [{ label: 'digest', value: { code: 'sha256:ab' } }],
  paragraphs: ['<script>alert(1)</script>'],
  notes: ['note "quoted"']
}

test('HTML: every text escaped, cells as bold/code runs', () => {
  const html = renderHtml(model)
  expect(html).toContain('<h3>gantry &lt;tag&gt;</h3>')
  expect(html).toContain(
    '<tr><th>a</th><th>b</th></tr><tr><td><b>1.0.0</b></td><td><code>v1&lt;x&gt;</code>: made &amp; pushed</td></tr>'
  )
  expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
  expect(html).toContain('<blockquote>note &quot;quoted&quot;</blockquote>')
  expect(html).not.toContain('<script>')
})

test('text: aligned columns and plain cells', () => {
  expect(renderText(model).split('\n')).toEqual([
    'gantry <tag>',
    '  a      b',
    '  1.0.0  v1<x>: made & pushed',
    'digest sha256:ab',
    '<script>alert(1)</script>',
    'note: note "quoted"'
  ])
})

test('sections follow the summary, rendered and escaped alike', () => {
  const outer = { title: 'release', facts: [{ label: 'v', value: '1' }], sections: [model] }
  const html = renderHtml(outer)
  expect(html.indexOf('<h3>release</h3>')).toBeLessThan(html.indexOf('<h3>gantry &lt;tag&gt;</h3>'))
  expect(html).not.toContain('<script>')
  expect(renderText(outer).split('\n').slice(0, 4)).toEqual(['release', 'v 1', '', 'gantry <tag>'])
})

test('outputs: each encoding, and the CLI object nests JSON', () => {
  const specs = {
    j: { encode: 'json', description: '' },
    l: { encode: 'lines', description: '' },
    c: { encode: 'csv', description: '' },
    b: { encode: 'bool', description: '' },
    t: { encode: 'text', description: '' },
    u: { encode: 'text', description: '' }
  } as const
  const values = { j: { a: [1] }, l: ['x', 'y'], c: ['p', 'q'], b: false, t: 'v', u: undefined }
  expect(encodeOutputs(specs, values)).toEqual([
    ['j', '{"a":[1]}'],
    ['l', 'x\ny'],
    ['c', 'p,q'],
    ['b', 'false'],
    ['t', 'v']
  ])
  expect(outputsObject(specs, values)).toEqual({ j: { a: [1] }, l: 'x\ny', c: 'p,q', b: 'false', t: 'v' })
})

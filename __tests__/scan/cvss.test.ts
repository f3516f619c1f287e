// CVSS base scores against published results. The table rows are taken from the test vectors of
// github.com/RedHatProductSecurity/cvss (tests/vectors_simple4: every base v4.0 vector scored with FIRST's
// reference calculator; tests/vectors_simple31 and vectors_simple3: every base v3.x vector), one row in 40 or
// 200 so the table stays readable, plus named examples: FIRST's CVSS v3.1 examples document (CVE-2014-0160
// "Heartbleed" 7.5, CVE-2014-6271 "Shellshock" 9.8), NVD's score for CVE-2021-38561 (GHSA-ppp9-7jff-5vj2,
// the GHSA alias of GO-2021-0113) and FIRST's v4.0 calculator default vector (9.3).
import { parseCvssVector, scoreCvss, severityOfScore } from '../../src/scan/cvss.js'

const PUBLISHED: [string, number][] = [
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L', 9.2],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:H/VI:L/VA:N/SC:H/SI:N/SA:N', 8.3],
  ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:L/VA:N/SC:H/SI:N/SA:N', 4.9],
  ['CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:N/VC:L/VI:H/VA:L/SC:H/SI:L/SA:H', 7.2],
  ['CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:A/VC:N/VI:N/VA:L/SC:H/SI:L/SA:H', 5.3],
  ['CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:P/VC:N/VI:L/VA:H/SC:H/SI:L/SA:N', 6.9],
  ['CVSS:4.0/AV:N/AC:H/AT:P/PR:L/UI:A/VC:H/VI:H/VA:L/SC:L/SI:L/SA:N', 7.3],
  ['CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:P/VC:L/VI:H/VA:H/SC:H/SI:L/SA:N', 8.4],
  ['CVSS:4.0/AV:A/AC:L/AT:N/PR:L/UI:A/VC:H/VI:L/VA:N/SC:N/SI:N/SA:H', 6.7],
  ['CVSS:4.0/AV:A/AC:L/AT:P/PR:N/UI:P/VC:N/VI:H/VA:N/SC:L/SI:N/SA:L', 5.9],
  ['CVSS:4.0/AV:A/AC:L/AT:P/PR:H/UI:P/VC:N/VI:H/VA:N/SC:H/SI:H/SA:H', 6.0],
  ['CVSS:4.0/AV:A/AC:H/AT:N/PR:L/UI:P/VC:H/VI:N/VA:H/SC:N/SI:H/SA:N', 5.7],
  ['CVSS:4.0/AV:A/AC:H/AT:P/PR:N/UI:P/VC:L/VI:L/VA:L/SC:H/SI:H/SA:H', 5.5],
  ['CVSS:4.0/AV:A/AC:H/AT:P/PR:H/UI:N/VC:H/VI:H/VA:N/SC:N/SI:L/SA:L', 7.2],
  ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:H/VI:H/VA:N/SC:L/SI:L/SA:H', 8.4],
  ['CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:P/VC:H/VI:L/VA:L/SC:L/SI:N/SA:L', 5.8],
  ['CVSS:4.0/AV:L/AC:L/AT:P/PR:H/UI:P/VC:N/VI:L/VA:H/SC:H/SI:L/SA:L', 5.8],
  ['CVSS:4.0/AV:L/AC:H/AT:N/PR:L/UI:P/VC:L/VI:H/VA:N/SC:L/SI:L/SA:L', 4.3],
  ['CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:N/VC:N/VI:L/VA:L/SC:L/SI:L/SA:N', 2.1],
  ['CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:N/VC:H/VI:N/VA:N/SC:N/SI:H/SA:L', 6.8],
  ['CVSS:4.0/AV:P/AC:L/AT:N/PR:L/UI:N/VC:L/VI:L/VA:L/SC:H/SI:L/SA:H', 4.5],
  ['CVSS:4.0/AV:P/AC:L/AT:N/PR:H/UI:A/VC:L/VI:H/VA:N/SC:H/SI:H/SA:H', 7.1],
  ['CVSS:4.0/AV:P/AC:L/AT:P/PR:L/UI:A/VC:H/VI:H/VA:N/SC:N/SI:N/SA:L', 5.3],
  ['CVSS:4.0/AV:P/AC:H/AT:N/PR:N/UI:N/VC:H/VI:N/VA:L/SC:H/SI:L/SA:N', 5.7],
  ['CVSS:4.0/AV:P/AC:H/AT:N/PR:L/UI:A/VC:L/VI:N/VA:N/SC:H/SI:N/SA:N', 1.8],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:N/UI:A/VC:H/VI:L/VA:N/SC:N/SI:N/SA:N', 4.3],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:N/VC:N/VI:H/VA:N/SC:H/SI:H/SA:N', 5.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H', 10.0],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:U/C:L/I:N/A:N', 3.5],
  ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:L', 7.1],
  ['CVSS:3.1/AV:N/AC:H/PR:H/UI:R/S:C/C:L/I:L/A:H', 6.8],
  ['CVSS:3.1/AV:A/AC:L/PR:L/UI:N/S:U/C:N/I:L/A:N', 3.5],
  ['CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:L', 5.9],
  ['CVSS:3.1/AV:A/AC:H/PR:H/UI:N/S:C/C:N/I:H/A:H', 7.3],
  ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:N', 8.4],
  ['CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:L/I:L/A:L', 4.0],
  ['CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:C/C:N/I:N/A:H', 5.3],
  ['CVSS:3.1/AV:P/AC:L/PR:N/UI:R/S:C/C:H/I:N/A:N', 5.1],
  ['CVSS:3.1/AV:P/AC:L/PR:H/UI:N/S:U/C:N/I:H/A:L', 4.6],
  ['CVSS:3.1/AV:P/AC:H/PR:L/UI:N/S:U/C:H/I:L/A:H', 5.9],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:H/A:L', 9.9],
  ['CVSS:3.0/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:N/A:N', 2.7],
  ['CVSS:3.0/AV:N/AC:H/PR:L/UI:R/S:C/C:N/I:N/A:H', 5.8],
  ['CVSS:3.0/AV:A/AC:L/PR:L/UI:N/S:C/C:H/I:L/A:L', 8.2],
  ['CVSS:3.0/AV:A/AC:H/PR:N/UI:N/S:U/C:L/I:H/A:N', 5.9],
  ['CVSS:3.0/AV:A/AC:H/PR:H/UI:R/S:C/C:N/I:H/A:H', 7.0],
  ['CVSS:3.0/AV:L/AC:L/PR:L/UI:R/S:U/C:N/I:N/A:L', 2.8],
  ['CVSS:3.0/AV:L/AC:H/PR:L/UI:N/S:U/C:H/I:L/A:N', 5.3],
  ['CVSS:3.0/AV:P/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:H', 6.5],
  ['CVSS:3.0/AV:P/AC:L/PR:H/UI:R/S:U/C:N/I:H/A:L', 4.5],
  ['CVSS:3.0/AV:P/AC:H/PR:H/UI:N/S:C/C:N/I:N/A:N', 0.0]
]

describe('scoreCvss', () => {
  test.each(PUBLISHED)('%s scores %d', (vector, score) => {
    const s = scoreCvss(vector)
    expect(s?.score).toBe(score)
    expect(s?.severity).toBe(severityOfScore(score))
    expect(s?.version).toBe(vector.slice(5, 8))
  })

  test('the base score ignores threat, environmental and supplemental metrics', () => {
    const base = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'
    expect(scoreCvss(`${base}/E:U/CR:L/MAV:P/S:P/U:Red`)?.score).toBe(9.3)
    expect(scoreCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N/E:U/RL:O/RC:R/MAV:P')?.score).toBe(7.5)
    // metrics in another order are the same vector
    expect(scoreCvss('CVSS:3.1/S:U/C:H/I:N/A:N/AV:N/AC:L/PR:N/UI:N')?.score).toBe(7.5)
  })

  test.each([
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N', // a base metric missing
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N/A:H', // twice
    'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', // a value the metric does not have
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N/ZZ:Q', // an unknown metric
    'CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:N/A:N', // a v4 metric in a v3 vector
    'CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P', // a version gantry does not score
    'AV:N/AC:L/Au:N/C:P/I:P/A:P',
    'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N', // SA missing
    'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N', // S only in MSI/MSA
    '',
    'CVSS:3.1/',
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N\n::error::x'
  ])('%j is not a valid vector', vector => {
    expect(parseCvssVector(vector)).toBeUndefined()
    expect(scoreCvss(vector)).toBeUndefined()
  })
})

describe('severityOfScore', () => {
  test.each([
    [0, 'LOW'],
    [0.1, 'LOW'],
    [3.9, 'LOW'],
    [4.0, 'MEDIUM'],
    [6.9, 'MEDIUM'],
    [7.0, 'HIGH'],
    [8.9, 'HIGH'],
    [9.0, 'CRITICAL'],
    [10, 'CRITICAL']
  ])('%d is %s', (score, severity) => expect(severityOfScore(score)).toBe(severity))
})

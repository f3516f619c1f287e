// What the one-step release tells its user: the outputs of every step under the root action's names, and one
// summary — a row per step (what it did, or why it did not run), the facts a release is about (version,
// image digest and platforms, findings by severity, where it went), then the scan's own findings table.

import type { Cell, SummaryModel } from '../runtime/summary.js'
import type { OutputValues } from '../runtime/outputs.js'
import type { PlanResult } from '../go/plan.js'
import type { TagResult } from '../release/tag.js'
import type { ImageResult } from '../image/spec.js'
import type { ReleaseResult } from '../release/github-release.js'
import { formatBytes } from '../util/format.js'
import { labelLines } from '../release/tag.js'
import type { BuildStageResult } from './go-build.js'
import { buildStage } from './go-build.js'
import { imageStage } from './image.js'
import { scanStage, type ScanStageResult } from './scan.js'
import type { PushResult } from './push.js'
import { RELEASE_STEPS, type releaseOutputs } from './release-spec.js'
import type { ReleaseRunResult } from './release.js'

interface Steps {
  plan?: PlanResult
  tag?: TagResult
  build?: BuildStageResult
  image?: ImageResult
  scan?: ScanStageResult
  push?: PushResult
  gitTag?: TagResult
  imageTags?: PushResult
  release?: ReleaseResult
}

function steps(r: ReleaseRunResult): Steps {
  const get = <T>(name: string): T | undefined => r.pipeline.results.get(name) as T | undefined
  return {
    plan: get('plan'),
    tag: get('tag'),
    build: get('build'),
    image: get('image'),
    scan: get('scan'),
    push: get('push'),
    gitTag: get('git-tag'),
    imageTags: get('image-tags'),
    release: get('github-release')
  }
}

export function releaseOutputValues(r: ReleaseRunResult): OutputValues<typeof releaseOutputs> {
  const s = steps(r)
  const build = s.build ? buildStage.output(s.build) : undefined
  const image = s.image ? imageStage.output(s.image) : undefined
  const scan = s.scan ? scanStage.output(s.scan) : undefined
  const tag = s.gitTag ?? s.tag
  return {
    version: tag?.version,
    'previous-version': tag?.previousVersion,
    tag: tag?.tag,
    'tag-created': s.gitTag?.created ?? false,
    tags: tag?.tags,
    'tag-names': tag?.tagNames,
    labels: tag ? labelLines(tag) : undefined,
    changelog: tag?.changelog,
    targets: s.plan?.platforms,
    artifacts: build?.artifacts,
    dist: build?.dist,
    checksums: build?.checksums,
    digest: image?.digest ?? '',
    platforms: image?.platforms ?? {},
    'oci-layout': s.image?.layout ?? '',
    refs: s.imageTags?.refs ?? [],
    pushed: !!s.imageTags,
    findings: scan?.findings,
    counts: scan?.counts,
    report: scan?.report,
    sarif: scan?.sarif,
    sbom: scan?.sbom,
    passed: scan?.passed,
    'release-url': s.release?.url ?? '',
    skipped: Object.fromEntries(r.pipeline.skipped.map(x => [x.step, x.reason]))
  }
}

function codes(list: readonly string[], max = 6): Cell {
  const shown: Cell[] = list
    .slice(0, max)
    .flatMap((x, k): Cell[] => (k ? [', ', { code: x }] : [{ code: x }]))
  return list.length > max ? [...shown, ` and ${list.length - max} more`] : shown
}

/** What each step did, one cell. */
function done(step: string, s: Steps): Cell | undefined {
  switch (step) {
    case 'plan':
      return s.plan && `${s.plan.platforms.length} targets: ${s.plan.platforms.join(', ')}`
    case 'tag':
      return (
        s.tag && [
          { bold: s.tag.version },
          ` (${s.tag.reason}); `,
          { code: s.tag.tag },
          `: ${s.tag.tagAction}`
        ]
      )
    case 'build': {
      const m = s.build?.manifest
      if (!m) return undefined
      const count = (k: string): number => m.artifacts.filter(a => a.kind === k).length
      return [`${count('binary')} binaries, ${count('archive')} archives in `, { code: s.build!.dist }]
    }
    case 'image':
      return (
        s.image && [
          { code: s.image.digest },
          ` (${s.image.platforms.map(p => `${p.platform} ${formatBytes(p.size)}`).join(', ')})`,
          ...(s.image.layout ? [' in ', { code: s.image.layout }] : [])
        ]
      )
    case 'scan':
      return s.scan && scanCell(s.scan)
    case 'push':
      return s.push && ['by digest to ', codes(s.push.refs)]
    case 'git-tag':
      return s.gitTag && [{ code: s.gitTag.tag }, `: ${s.gitTag.tagAction}`]
    case 'image-tags':
      return s.imageTags && codes(s.imageTags.refs)
    case 'github-release':
      return (
        s.release && [
          s.release.url || `#${s.release.id}`,
          ` (${s.release.created ? 'created' : 'updated'}; ${s.release.uploaded.length} uploaded, ${s.release.kept.length} kept)`
        ]
      )
  }
  return undefined
}

function scanCell(r: ScanStageResult): Cell {
  const counts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => `${n} ${sev}`)
  const found = r.report.findings.length
  return `${found ? `${found} findings (${counts.join(', ')})` : 'no findings'}${r.gate ? ': the gate failed' : ''}`
}

export function releaseReport(r: ReleaseRunResult): SummaryModel {
  const s = steps(r)
  const stop = r.pipeline.stopped
  const rows: Cell[][] = []
  for (const step of RELEASE_STEPS) {
    const cell = done(step, s)
    const skipped = r.pipeline.skipped.find(x => x.step === step)
    if (cell) rows.push([step, cell])
    else if (skipped) rows.push([step, `skipped: ${skipped.reason}`])
    else if (stop) rows.push([step, `not run: the ${stop.step} gate failed`])
  }
  const version = (s.gitTag ?? s.tag)?.version
  const facts: { label: string; value: Cell }[] = []
  if (s.imageTags?.refs.length) facts.push({ label: 'pushed:', value: codes(s.imageTags.refs, 10) })
  else if (s.image) facts.push({ label: 'pushed:', value: 'nothing (the image is in the OCI layout only)' })
  const notes = r.pipeline.reports.flatMap(x => (x.step === 'scan' ? [] : (x.report.notes ?? [])))
  if (stop) notes.unshift(`${stop.gate.message} Nothing was pushed, and no git tag or image tag was written.`)
  const scanReport = r.pipeline.reports.find(x => x.step === 'scan')?.report
  return {
    title: `gantry release${version ? ` ${version}` : ''}`,
    table: { columns: ['step', 'result'], rows },
    facts,
    ...(notes.length ? { notes } : {}),
    ...(scanReport ? { sections: [scanReport] } : {})
  }
}

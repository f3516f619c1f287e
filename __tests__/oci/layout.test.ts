// Images as values written to and read from OCI layouts (a folder and a tar of one): one reader for both,
// exact platform matching, and every blob and manifest checked against its digest.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile, readdir, rename, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildLayer } from '../../src/oci/layer.js'
import { appendConfig, newImage, newIndex, type ImageValue } from '../../src/oci/image.js'
import { nodeOf, writeLayout } from '../../src/oci/publish.js'
import { LayoutSource } from '../../src/oci/source.js'
import { describeImage, parseImageLocation, resolvePlatforms } from '../../src/oci/reader.js'
import { parsePlatform } from '../../src/model/target.js'
import { DigestMismatchError } from '../../src/util/digest.js'
import { UserError } from '../../src/util/errors.js'
import { MEDIA } from '../../src/oci/types.js'

const created = '2026-01-02T03:04:05Z'
const tmp = (p: string): Promise<string> => mkdtemp(path.join(os.tmpdir(), `gantry-${p}-`))

async function image(platform: string, text: string): Promise<ImageValue> {
  const layer = await buildLayer([{ path: '/usr/local/bin/app', mode: 0o755, content: Buffer.from(text) }], {
    mtime: new Date(created),
    dir: await tmp('layer')
  })
  const config = appendConfig(undefined, {
    platform: parsePlatform(platform),
    created,
    layers: [{ layer, createdBy: 'COPY app /usr/local/bin/app' }],
    user: '65532',
    entrypoint: ['/usr/local/bin/app'],
    labels: { b: '2', a: '1' }
  })
  return newImage({ config, layers: [layer], annotations: { 'org.example': 'x' } })
}

async function readAll(s: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of s) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

describe('image values and OCI layouts', () => {
  test('a 3-platform index written as a layout reads back the same through the folder and a tar of it', async () => {
    const images = [
      await image('linux/amd64', 'amd'),
      await image('linux/arm/v7', 'arm7'),
      await image('linux/arm64', 'arm64')
    ]
    const index = newIndex(images)
    expect(index.index.manifests.map(m => m.platform)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      { os: 'linux', architecture: 'arm64' }
    ])
    expect(images[0].config).toMatchObject({
      created,
      architecture: 'amd64',
      os: 'linux',
      config: {
        User: '65532',
        Entrypoint: ['/usr/local/bin/app'],
        Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        Labels: { a: '1', b: '2' }
      },
      rootfs: { type: 'layers', diff_ids: [expect.stringMatching(/^sha256:/)] }
    })
    expect(images[0].manifest.annotations).toEqual({ 'org.example': 'x' })

    const dir = await tmp('layout')
    await writeLayout(dir, nodeOf(index), { tags: ['1.2.3', 'latest'] })
    const top = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'))
    expect(
      top.manifests.map(
        (m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name']
      )
    ).toEqual(['1.2.3', 'latest'])
    expect((await readdir(path.join(dir, 'blobs/sha256'))).length).toBe(3 * 3 + 1)

    const tarFile = path.join(await tmp('tar'), 'layout.tar')
    // An OS tool named by path: the hermetic unit tier's PATH holds only node.
    execFileSync('/usr/bin/tar', ['-cf', tarFile, '-C', dir, '.'])
    for (const source of [await LayoutSource.open(dir, 'base'), await LayoutSource.open(tarFile, 'base')]) {
      const d = await describeImage(source, 'latest')
      expect(d.digest).toBe(index.digest)
      expect(d.platforms.map(p => [p.platform, p.digest])).toEqual(
        images.map(i => [
          `${i.platform.os}/${i.platform.architecture}${i.platform.variant ? `/${i.platform.variant}` : ''}`,
          i.digest
        ])
      )
      const [arm] = await resolvePlatforms(source, '1.2.3', [parsePlatform('linux/arm/v7')], 'base')
      expect(arm.digest).toBe(images[1].digest)
      expect(arm.config.architecture).toBe('arm')
      expect(arm.layers.map(l => l.digest)).toEqual(images[1].layers.map(l => l.digest))
      const got = await readAll(await arm.layers[0].open())
      expect(got.equals(await readAll(await images[1].layers[0].open()))).toBe(true)
      // arm64/v8 is arm64; arm/v6 is not arm/v7: a UserError listing what the image has.
      const [arm64] = await resolvePlatforms(source, 'latest', [parsePlatform('linux/arm64/v8')], 'base')
      expect(arm64.digest).toBe(images[2].digest)
      await expect(
        resolvePlatforms(source, 'latest', [parsePlatform('linux/arm/v6')], 'base')
      ).rejects.toThrow(/has no linux\/arm\/v6 image; it has linux\/amd64, linux\/arm\/v7, linux\/arm64/)
    }
  })

  test('a layout blob whose bytes are not its digest is refused; a corrupt layout is a UserError', async () => {
    const img = await image('linux/amd64', 'amd')
    const dir = await tmp('layout')
    await writeLayout(dir, nodeOf(img))
    const source = await LayoutSource.open(dir, 'base')
    const [p] = await resolvePlatforms(source, undefined, [parsePlatform('linux/amd64')], 'base')
    const file = path.join(dir, 'blobs/sha256', p.layers[0].digest.slice(7))
    const bytes = await readFile(file)
    bytes[bytes.length - 5] ^= 0xff
    await writeFile(file, bytes)
    await expect(readAll(await p.layers[0].open())).rejects.toBeInstanceOf(DigestMismatchError)
    // A manifest changed in place: refused when it is read.
    const mfile = path.join(dir, 'blobs/sha256', img.digest.slice(7))
    await writeFile(mfile, (await readFile(mfile, 'utf8')).replace('"schemaVersion":2', '"schemaVersion": 2'))
    await expect(describeImage(source)).rejects.toBeInstanceOf(DigestMismatchError)
    // A blob folder that is a symlink out of the layout is refused, whatever it holds.
    const elsewhere = await tmp('elsewhere')
    await rename(path.join(dir, 'blobs'), path.join(elsewhere, 'blobs'))
    await symlink(path.join(elsewhere, 'blobs'), path.join(dir, 'blobs'))
    await expect(describeImage(await LayoutSource.open(dir, 'base'))).rejects.toThrow(
      /^base: .* is not a regular file inside the layout/
    )
    // No index.json; not a layout at all.
    await writeFile(path.join(dir, 'index.json'), '{not json')
    await expect(describeImage(source)).rejects.toThrow(/layout .* is corrupt: index.json is not JSON/)
    const empty = await tmp('empty')
    await expect(LayoutSource.open(empty, 'base')).rejects.toThrow(UserError)
    await expect(LayoutSource.open(path.join(empty, 'nope'), 'base')).rejects.toThrow(/does not exist/)
    const notTar = path.join(empty, 'x.tar')
    await writeFile(notTar, Buffer.alloc(2048, 7))
    await expect(LayoutSource.open(notTar, 'base')).rejects.toThrow(/not a tar of an OCI image layout/)
  })

  test('Docker media types: a Docker manifest drops annotations; both families read back', async () => {
    const img = await image('linux/amd64', 'x')
    const docker = newImage({
      config: img.config,
      layers: img.layers,
      family: 'docker',
      annotations: { a: 'b' }
    })
    expect(docker.mediaType).toBe(MEDIA.dockerManifest)
    expect(docker.manifest.config.mediaType).toBe(MEDIA.dockerConfig)
    expect(docker.manifest.layers[0].mediaType).toBe(MEDIA.dockerLayerGzip)
    expect(docker.manifest.annotations).toBeUndefined()
    const list = newIndex([docker], { family: 'docker', annotations: { a: 'b' } })
    expect(list.mediaType).toBe(MEDIA.dockerList)
    expect(list.index.annotations).toBeUndefined()
    const dir = await tmp('layout')
    await writeLayout(dir, nodeOf(list))
    const [p] = await resolvePlatforms(
      await LayoutSource.open(dir, 'base'),
      undefined,
      [parsePlatform('linux/amd64')],
      'base'
    )
    expect(p.mediaType).toBe(MEDIA.dockerManifest)
    expect(p.digest).toBe(docker.digest)
  })

  test('image locations: scratch, registry refs, oci-layout:// paths; newlines are refused', () => {
    expect(parseImageLocation('scratch', 'base', '/w')).toEqual({ kind: 'scratch' })
    expect(parseImageLocation('ghcr.io/org/base', 'base', '/w')).toMatchObject({
      kind: 'registry',
      ref: { registry: 'ghcr.io', path: 'org/base', tag: 'latest' }
    })
    expect(parseImageLocation('oci-layout://out/base:1.0', 'base', '/w')).toMatchObject({
      kind: 'layout',
      path: '/w/out/base',
      reference: '1.0'
    })
    expect(parseImageLocation(`oci-layout:///abs/x@sha256:${'a'.repeat(64)}`, 'base', '/w')).toMatchObject({
      path: '/abs/x',
      reference: `sha256:${'a'.repeat(64)}`
    })
    expect(() => parseImageLocation('alpine\nRUN x', 'base', '/w')).toThrow(/not one image reference/)
  })
})

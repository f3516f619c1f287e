// Where images are read from: one interface over a registry repository, an OCI image layout folder and a
// tar of a layout. Each gives the root manifest or index for a reference, verified against its digest, and
// blobs as BlobRefs whose streams are verified as they are read. Layout paths are confined: a blob is only
// ever blobs/sha256/<64 hex digits>, a regular file (no symlinks out of the layout).

import { createReadStream } from 'node:fs'
import { lstat, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { DigestMismatchError, SHA256_DIGEST, sha256Digest } from '../util/digest.js'
import { UserError } from '../util/errors.js'
import { repositoryName, type Repository } from '../model/image-ref.js'
import { readBlobFile, verified, type BlobRef } from './blob.js'
import { MAX_MANIFEST_BYTES, type FetchedManifest, type RegistryClient } from './registry.js'
import { indexTar, type TarEntry } from './tar-index.js'
import { ANNOTATION, INDEX_TYPES, MANIFEST_TYPES, MEDIA, type Descriptor, type Index } from './types.js'

export interface ImageSource {
  /** For messages: `127.0.0.1:5000/rig/busybox`, `oci-layout:///tmp/x`. */
  readonly name: string
  /** The registry repository, for sources that are one (publishers mount blobs from it). */
  readonly repository?: Repository
  /**
   * The root manifest or index: by digest, by tag, or (reference undefined) a layout's only image.
   * Verified against the digest it was asked for.
   */
  manifest(reference?: string): Promise<FetchedManifest>
  /** A blob this source holds (a config, a layer, a child manifest). */
  blob(d: Pick<Descriptor, 'mediaType' | 'digest' | 'size'> & Partial<Descriptor>): BlobRef
}

export class RegistrySource implements ImageSource {
  readonly name: string
  constructor(
    private readonly client: RegistryClient,
    readonly repository: Repository
  ) {
    this.name = repositoryName(repository)
  }
  manifest(reference = 'latest'): Promise<FetchedManifest> {
    return this.client.getManifest(this.repository, reference)
  }
  blob(d: Descriptor): BlobRef {
    return {
      mediaType: d.mediaType,
      digest: d.digest,
      size: d.size,
      urls: d.urls,
      annotations: d.annotations,
      origin: this.repository,
      open: () => this.client.openBlob(this.repository, d.digest, d.size)
    }
  }
}

/** How a layout stores its files: a folder, or the entries of a tar. */
interface LayoutFiles {
  read(name: string, limit: number): Promise<Buffer | undefined>
  stream(name: string, size: number, digest: string): Promise<Readable>
}

function blobPath(digest: string, where: string, input: string): string {
  if (!SHA256_DIGEST.test(digest))
    throw new UserError(`${where} refers to "${digest.slice(0, 80)}", which is not a sha256 digest.`, {
      input,
      fix: 'the layout is corrupt or not an OCI image layout; write it again.'
    })
  return `blobs/sha256/${digest.slice(7)}`
}

export class LayoutSource implements ImageSource {
  readonly name: string
  private constructor(
    readonly location: string,
    private readonly files: LayoutFiles,
    private readonly input: string
  ) {
    this.name = `oci-layout://${location}`
  }

  /** Open a layout folder, or a tar of one (a file). `input` is named in errors. */
  static async open(location: string, input: string): Promise<LayoutSource> {
    const st = await lstat(location).catch(() => undefined)
    if (!st)
      throw new UserError(`${location} does not exist.`, {
        input,
        fix: 'point it at an OCI image layout (a folder with index.json and blobs/) or a tar of one.'
      })
    let files: LayoutFiles
    if (st.isDirectory()) files = folderFiles(location, input)
    else if (st.isFile()) {
      let index: Map<string, TarEntry>
      try {
        index = await indexTar(location)
      } catch (err) {
        throw new UserError(`${location} is not a tar of an OCI image layout: ${(err as Error).message}.`, {
          input,
          fix: 'give a layout folder, or an uncompressed tar of one (as skopeo copy oci-archive: writes).'
        })
      }
      files = tarFiles(location, index)
    } else
      throw new UserError(`${location} is neither a folder nor a file.`, {
        input,
        fix: 'point it at an OCI image layout folder or a tar of one.'
      })
    const layout = await files.read('oci-layout', 4096)
    let version: string | undefined
    try {
      version = layout
        ? (JSON.parse(layout.toString('utf8')) as { imageLayoutVersion?: string }).imageLayoutVersion
        : undefined
    } catch {
      /* reported below */
    }
    if (!version)
      throw new UserError(`${location} is not an OCI image layout (no valid oci-layout file).`, {
        input,
        fix: 'write it with gantry, skopeo copy oci:…, crane or buildx --output type=oci.'
      })
    return new LayoutSource(location, files, input)
  }

  private corrupt(what: string): UserError {
    return new UserError(`the OCI layout ${this.location} is corrupt: ${what}.`, {
      input: this.input,
      fix: 'write the layout again (it was changed or truncated after it was written).'
    })
  }

  /** index.json, parsed. */
  async index(): Promise<{ index: Index; bytes: Buffer }> {
    const bytes = await this.files.read('index.json', MAX_MANIFEST_BYTES)
    if (!bytes) throw this.corrupt('it has no index.json')
    let index: Index
    try {
      index = JSON.parse(bytes.toString('utf8')) as Index
    } catch {
      throw this.corrupt('index.json is not JSON')
    }
    if (!Array.isArray(index.manifests)) throw this.corrupt('index.json has no manifests list')
    return { index, bytes }
  }

  async manifest(reference?: string): Promise<FetchedManifest> {
    let d: Descriptor | undefined
    if (reference?.startsWith('sha256:')) {
      d = { mediaType: '', digest: reference, size: -1 }
    } else {
      const { index, bytes } = await this.index()
      const entries = index.manifests.filter(
        m => INDEX_TYPES.includes(m.mediaType) || MANIFEST_TYPES.includes(m.mediaType)
      )
      if (reference !== undefined) {
        d = entries.find(m => {
          const name = m.annotations?.[ANNOTATION.refName]
          return name === reference || name?.endsWith(`:${reference}`)
        })
        if (!d)
          throw new UserError(`the OCI layout ${this.location} has no image tagged "${reference}".`, {
            input: this.input,
            fix: `use one of its names (${
              entries
                .map(m => m.annotations?.[ANNOTATION.refName])
                .filter(Boolean)
                .join(', ') || 'it has none'
            }), or leave the tag out.`
          })
      } else if (entries.length === 1) d = entries[0]
      else if (entries.length === 0) throw this.corrupt('index.json lists no image')
      else {
        // Several images at the top: index.json is itself the image index (as some tools write it).
        return { mediaType: MEDIA.ociIndex, digest: sha256Digest(bytes), bytes }
      }
    }
    const name = blobPath(d.digest, `${this.location}/index.json`, this.input)
    const bytes = await this.files.read(name, MAX_MANIFEST_BYTES)
    if (!bytes) throw this.corrupt(`${name} is missing`)
    const digest = sha256Digest(bytes)
    if (digest !== d.digest)
      throw new DigestMismatchError(
        d.digest,
        digest,
        `the OCI layout ${this.location} holds a manifest ${name} that`
      )
    let mediaType: string | undefined
    try {
      mediaType = (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType
    } catch {
      throw this.corrupt(`${name} is not JSON`)
    }
    return { mediaType: mediaType ?? (d.mediaType || MEDIA.ociManifest), digest, bytes }
  }

  blob(d: Descriptor): BlobRef {
    const name = blobPath(d.digest, `a manifest in ${this.location}`, this.input)
    return {
      mediaType: d.mediaType,
      digest: d.digest,
      size: d.size,
      urls: d.urls,
      annotations: d.annotations,
      open: async () => {
        try {
          return await this.files.stream(name, d.size, d.digest)
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw this.corrupt(`${name} is missing`)
          throw err
        }
      }
    }
  }
}

function folderFiles(dir: string, input: string): LayoutFiles {
  let root: Promise<string> | undefined
  const regular = async (name: string): Promise<string | undefined> => {
    const file = path.join(dir, ...name.split('/'))
    const st = await lstat(file).catch(() => undefined)
    if (!st) return undefined
    // A plain file whose real path is inside the layout: no symlinked file or folder points elsewhere.
    root ??= realpath(dir)
    const real = await realpath(file)
    if (!st.isFile() || !real.startsWith(`${await root}${path.sep}`))
      throw new UserError(`${file} is not a regular file inside the layout.`, {
        input,
        fix: 'an OCI layout holds plain files only (no symlinks); write it again.'
      })
    return file
  }
  return {
    async read(name, limit) {
      const file = await regular(name)
      if (!file) return undefined
      const st = await lstat(file)
      if (st.size > limit) throw new Error(`${file} is larger than ${limit} bytes`)
      return readFile(file)
    },
    async stream(name, size, digest) {
      const file = await regular(name)
      if (!file) throw Object.assign(new Error(`${name} is missing`), { code: 'ENOENT' })
      return verified(readBlobFile(file), digest, size, `${file}, which`)
    }
  }
}

function tarFiles(file: string, index: Map<string, TarEntry>): LayoutFiles {
  return {
    async read(name, limit) {
      const e = index.get(name)
      if (!e) return undefined
      if (e.size > limit) throw new Error(`${name} in ${file} is larger than ${limit} bytes`)
      if (e.size === 0) return Buffer.alloc(0)
      const chunks: Buffer[] = []
      for await (const c of createReadStream(file, { start: e.offset, end: e.offset + e.size - 1 }))
        chunks.push(c as Buffer)
      return Buffer.concat(chunks)
    },
    async stream(name, size, digest) {
      const e = index.get(name)
      if (!e) throw Object.assign(new Error(`${name} is missing`), { code: 'ENOENT' })
      const s =
        e.size === 0 ? Readable.from([]) : readBlobFile(file, { start: e.offset, end: e.offset + e.size - 1 })
      return verified(s, digest, size, `${name} in ${file}, which`)
    }
  }
}

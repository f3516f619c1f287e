// OSV records for the OS packages of the parity images (bench/parity-scan.sh): Alpine 3.20 and Debian 12,
// whose package databases are the real ones in __tests__/scan/fixtures. No Alpine or Debian security data can
// be fetched here, so these are written for the benchmark: real CVE ids and the real source packages and
// versions those images carry, in the shape of OSV.dev's Alpine and Debian exports (ALPINE-/DEBIAN- ids with
// the CVE as `upstream`, ECOSYSTEM ranges per release, `introduced: "0"` alone for "no fix yet"). Where a fix
// version below does not follow the distribution's tracker, it was chosen to put the installed version on a
// chosen side of a version-order edge case (each says which). The same records go to gantry (a folder), to
// osv-scanner (Alpine/all.zip, Debian/all.zip) and, translated, to Trivy (Alpine secdb, Debian tracker JSON).

export interface OsRecordSpec {
  /** ALPINE-CVE-… or DEBIAN-CVE-… */
  id: string
  cve: string
  /** `Alpine:v3.20`, `Debian:12` … */
  ecosystem: string
  /** The source package (Alpine origin, Debian Source:). */
  name: string
  /** The fixed version, or null for "no fix yet"; `versions` lists explicit affected versions instead. */
  fixed?: string | null
  versions?: string[]
  withdrawn?: boolean
  /** What the record checks; `affected` is what the images' installed version should be. */
  why: string
  affected: boolean
}

export const OS_RECORDS: OsRecordSpec[] = [
  // Alpine 3.20: openssl 3.3.2-r0 (libcrypto3, libssl3), musl 1.2.5-r0 (musl, musl-utils), busybox 1.36.1-r29
  // (busybox, busybox-binsh, ssl_client), zlib 1.3.1-r1, apk-tools 2.14.4-r1.
  {
    id: 'ALPINE-CVE-2024-9143',
    cve: 'CVE-2024-9143',
    ecosystem: 'Alpine:v3.20',
    name: 'openssl',
    fixed: '3.3.2-r1',
    why: 'the next -r release fixes it (origin package, two binary packages)',
    affected: true
  },
  {
    id: 'ALPINE-CVE-2024-13176',
    cve: 'CVE-2024-13176',
    ecosystem: 'Alpine:v3.20',
    name: 'openssl',
    fixed: '3.3.3-r0',
    why: 'fixed by a newer upstream version',
    affected: true
  },
  {
    id: 'ALPINE-CVE-2024-6119',
    cve: 'CVE-2024-6119',
    ecosystem: 'Alpine:v3.20',
    name: 'openssl',
    fixed: '3.3.2-r0',
    why: 'the installed version is the fix itself',
    affected: false
  },
  {
    id: 'ALPINE-CVE-2025-26519',
    cve: 'CVE-2025-26519',
    ecosystem: 'Alpine:v3.20',
    name: 'musl',
    fixed: '1.2.5-r1',
    why: 'musl and musl-utils share the origin',
    affected: true
  },
  {
    id: 'ALPINE-CVE-2023-42363',
    cve: 'CVE-2023-42363',
    ecosystem: 'Alpine:v3.20',
    name: 'busybox',
    fixed: '1.36.1-r7',
    why: 'fix version chosen for the edge: -r29 is above -r7 as a number, below it as text',
    affected: false
  },
  {
    id: 'ALPINE-CVE-2024-58251',
    cve: 'CVE-2024-58251',
    ecosystem: 'Alpine:v3.20',
    name: 'busybox',
    fixed: '1.36.1-r30',
    why: 'fix version chosen one -r above the installed one; three binary packages share the origin',
    affected: true
  },
  {
    id: 'ALPINE-CVE-2023-45853',
    cve: 'CVE-2023-45853',
    ecosystem: 'Alpine:v3.20',
    name: 'zlib',
    fixed: '1.3-r2',
    why: 'a fix in an older upstream version (1.3 < 1.3.1)',
    affected: false
  },
  {
    id: 'ALPINE-CVE-2021-36159',
    cve: 'CVE-2021-36159',
    ecosystem: 'Alpine:v3.20',
    name: 'apk-tools',
    fixed: '2.12.6-r0',
    why: 'an old fix',
    affected: false
  },
  {
    id: 'ALPINE-CVE-2024-5535',
    cve: 'CVE-2024-5535',
    ecosystem: 'Alpine:v3.19',
    name: 'openssl',
    fixed: '3.3.3-r0',
    why: 'a record for another release (v3.19) only: must not match 3.20 (fix chosen above the installed one)',
    affected: false
  },
  // Debian 12: glibc 2.36-9+deb12u14 (libc6, libc-bin), util-linux 2.38.1-5+deb12u3 (util-linux, mount; bsdutils
  // with epoch 1: in its binary version only), apt 2.6.1, zlib 1:1.2.13.dfsg-1, libcap2 1:2.66-4+deb12u2 (binary
  // +b2), tar 1.34+dfsg-1.2+deb12u1, coreutils 9.1-1, systemd 252.38-1~deb12u1 (libsystemd0, libudev1),
  // openssl 3.0.19-1~deb12u2 (libssl3, openssl), bash 5.2.15-2 (binary 5.2.15-2+b8), perl 5.36.0-7+deb12u2.
  {
    id: 'DEBIAN-CVE-2010-4756',
    cve: 'CVE-2010-4756',
    ecosystem: 'Debian:12',
    name: 'glibc',
    fixed: null,
    why: 'no fix in bookworm (introduced 0 only)',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2023-4911',
    cve: 'CVE-2023-4911',
    ecosystem: 'Debian:12',
    name: 'glibc',
    fixed: '2.36-9+deb12u3',
    why: 'deb12u14 is above deb12u3 as a number, below it as text',
    affected: false
  },
  {
    id: 'DEBIAN-CVE-2024-28085',
    cve: 'CVE-2024-28085',
    ecosystem: 'Debian:12',
    name: 'util-linux',
    fixed: '2.38.1-5+deb12u1',
    why: 'an older stable update fixed it',
    affected: false
  },
  {
    id: 'DEBIAN-CVE-2022-0563',
    cve: 'CVE-2022-0563',
    ecosystem: 'Debian:12',
    name: 'util-linux',
    fixed: '2.38.1-5+deb12u4',
    why: 'fix chosen one update above: bsdutils matches only by its source version (its binary version has epoch 1)',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2011-3374',
    cve: 'CVE-2011-3374',
    ecosystem: 'Debian:12',
    name: 'apt',
    fixed: null,
    why: 'no fix (a package whose source is itself)',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2022-37434',
    cve: 'CVE-2022-37434',
    ecosystem: 'Debian:12',
    name: 'zlib',
    fixed: '1:1.2.11.dfsg-4.1',
    why: 'epochs on both sides',
    affected: false
  },
  {
    id: 'DEBIAN-CVE-2023-45853',
    cve: 'CVE-2023-45853',
    ecosystem: 'Debian:12',
    name: 'zlib',
    fixed: null,
    why: 'no fix; the installed version has an epoch',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2025-1390',
    cve: 'CVE-2025-1390',
    ecosystem: 'Debian:12',
    name: 'libcap2',
    fixed: '1:2.66-4+deb12u1',
    why: 'fixed below the source version of a binNMU (binary 1:2.66-4+deb12u2+b2)',
    affected: false
  },
  {
    id: 'DEBIAN-CVE-2005-2541',
    cve: 'CVE-2005-2541',
    ecosystem: 'Debian:12',
    name: 'tar',
    fixed: null,
    why: 'no fix',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2016-2781',
    cve: 'CVE-2016-2781',
    ecosystem: 'Debian:12',
    name: 'coreutils',
    fixed: null,
    why: 'no fix',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2023-7008',
    cve: 'CVE-2023-7008',
    ecosystem: 'Debian:12',
    name: 'systemd',
    fixed: null,
    why: 'no fix; two binary packages of one source',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2025-9230',
    cve: 'CVE-2025-9230',
    ecosystem: 'Debian:12',
    name: 'openssl',
    fixed: '3.0.17-1~deb12u3',
    why: 'fixed in an older upstream version',
    affected: false
  },
  {
    id: 'DEBIAN-CVE-2024-41996',
    cve: 'CVE-2024-41996',
    ecosystem: 'Debian:12',
    name: 'openssl',
    fixed: '3.0.19-1',
    why: 'fix chosen for the edge: 3.0.19-1~deb12u2 sorts before 3.0.19-1 (a tilde sorts before anything)',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2022-3715',
    cve: 'CVE-2022-3715',
    ecosystem: 'Debian:12',
    name: 'bash',
    versions: ['5.2.15-2'],
    why: 'an explicit versions list naming the source version (the binary is 5.2.15-2+b8)',
    affected: true
  },
  {
    id: 'DEBIAN-CVE-2023-31484',
    cve: 'CVE-2023-31484',
    ecosystem: 'Debian:12',
    name: 'perl',
    fixed: '5.36.0-7+deb12u1',
    why: 'fixed one update below',
    affected: false
  },
  {
    id: 'DEBIAN-CVE-2011-4116',
    cve: 'CVE-2011-4116',
    ecosystem: 'Debian:12',
    name: 'perl',
    fixed: null,
    withdrawn: true,
    why: 'withdrawn: must not be reported',
    affected: false
  },
  {
    id: 'DEBIAN-CVE-2019-1010022',
    cve: 'CVE-2019-1010022',
    ecosystem: 'Debian:11',
    name: 'glibc',
    fixed: null,
    why: 'a record for another release (Debian 11) only: must not match 12',
    affected: false
  }
]

/** The OSV JSON of one record (schema 1.6 shape, as OSV.dev exports them). */
export function osvRecord(r: OsRecordSpec): Record<string, unknown> {
  const affected: Record<string, unknown> = {
    package: { ecosystem: r.ecosystem, name: r.name }
  }
  if (r.versions) affected.versions = r.versions
  else
    affected.ranges = [
      {
        type: 'ECOSYSTEM',
        events: [{ introduced: '0' }, ...(r.fixed ? [{ fixed: r.fixed }] : [])]
      }
    ]
  return {
    schema_version: '1.6.0',
    id: r.id,
    modified: '2026-01-01T00:00:00Z',
    published: '2026-01-01T00:00:00Z',
    ...(r.withdrawn ? { withdrawn: '2026-01-01T00:00:00Z' } : {}),
    upstream: [r.cve],
    summary: `${r.cve} in ${r.name} (written for gantry's parity benchmark)`,
    details: r.why,
    affected: [affected],
    references: [{ type: 'ADVISORY', url: `https://www.cve.org/CVERecord?id=${r.cve}` }]
  }
}

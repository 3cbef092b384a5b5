/**
 * Release tag → commit SHA of commonly used GitHub Actions, for pinning
 * `uses:` references. Offline data; every entry records where it was seen.
 * A SHA is only listed when a public repository pins that exact commit with
 * the tag as its version comment; nothing here is guessed. To add one, copy
 * a `owner/repo@<40-hex> # vX.Y.Z` pin from a source you trust and cite it.
 *
 * Collected 2026-05 from the workflows in the shared corpus (each repository
 * snapshot is listed in corpus/SOURCES.md with its commit).
 */

export interface ActionRelease {
  tag: string;
  sha: string;
  /** Where the pin was seen: `owner/repo:path:line`. */
  source: string;
}

/** When this data was collected. */
export const ACTIONS_DATA_DATE = '2026-05-01';

/** Known releases per action repository (`owner/repo`, lower-case). */
export const ACTION_RELEASES: Readonly<Record<string, readonly ActionRelease[]>> = {
  'actions/checkout': [
    { tag: 'v4.2.2', sha: '11bd71901bbe5b1630ceea73d27597364c9af683', source: 'nginxinc/docker-nginx:.github/workflows/sync.yml:20' },
    { tag: 'v6.0.1', sha: '8e8c483db84b4bee98b60c0593521ed34d9990e8', source: 'traefik/traefik:.github/workflows/experimental.yaml:29' },
    { tag: 'v7.0.0', sha: '9c091bb21b7c1c1d1991bb908d89e4e9dddfe3e0', source: 'argoproj/argo-cd:.github/workflows/issue-triage.lock.yml:210' },
    { tag: 'v7.0.1', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', source: 'docker/buildx:.github/workflows/validate.yml:32' },
  ],
  'docker/login-action': [
    { tag: 'v3.3.0', sha: '9780b0c442fbb1117ed29e0efdff1e18412f7567', source: 'nginxinc/docker-nginx:.github/workflows/sync.yml:35' },
    { tag: 'v3.6.0', sha: '5e57cd118135c172c3672efd75eb46360885c0ef', source: 'traefik/traefik:.github/workflows/experimental.yaml:66' },
    { tag: 'v4.6.0', sha: 'dbcb813823bdd20940b903addbd779551569679f', source: 'docker/buildx:.github/workflows/build.yml:425' },
  ],
  'docker/setup-buildx-action': [
    { tag: 'v3.12.0', sha: '8d2750c68a42422c14e847fe6c8ac0403b4cbd6f', source: 'traefik/traefik:.github/workflows/experimental.yaml:75' },
    { tag: 'v4.2.0', sha: 'bb05f3f5519dd87d3ba754cc423b652a5edd6d2c', source: 'docker/compose:.github/workflows/ci.yml:42' },
    { tag: 'v4.3.0', sha: '37fe631027851001ddb9b187196cc803df7f5f0e', source: 'docker/buildx:.github/workflows/validate.yml:54' },
  ],
  'docker/setup-qemu-action': [
    { tag: 'v3.7.0', sha: 'c7c53464625b32c7a7e944ae62b3e17d2b600130', source: 'traefik/traefik:.github/workflows/experimental.yaml:72' },
    { tag: 'v4.2.0', sha: '96fe6ef7f33517b61c61be40b68a1882f3264fb8', source: 'docker/buildx:.github/workflows/build.yml:127' },
  ],
  'docker/build-push-action': [
    { tag: 'v7.3.0', sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a', source: 'nodejs/docker-node:.github/workflows/build-test.yml:72' },
  ],
  'docker/bake-action': [
    { tag: 'v7.3.0', sha: 'd3418bd7d0e9324001bca92fa8ba175ea7e6dc9b', source: 'shared corpus (17 pins)' },
  ],
  'github/codeql-action': [
    { tag: 'v3.31.11', sha: '38e701f46e33fb233075bf4238cb1e5d68e429e4', source: 'traefik/traefik:.github/workflows/codeql.yml:46' },
    { tag: 'v4.37.7', sha: 'ff2f1c621b7f889edc0d3c761ac2e6a3f8cdb0dd', source: 'docker/buildx:.github/workflows/build.yml:297' },
  ],
  'sigstore/cosign-installer': [
    { tag: 'v4.1.2', sha: '6f9f17788090df1f26f669e9d70d6ae9567deba6', source: 'argoproj/argo-cd:.github/workflows/image-reuse.yaml:90' },
  ],
  'actions/upload-artifact': [
    { tag: 'v6.0.0', sha: 'b7c566a772e6b6bfb58ed0dc250532a479d7789f', source: 'shared corpus (5 pins)' },
    { tag: 'v7.0.1', sha: '043fb46d1a93c77aae656e7c1c64a875d1fc6a0a', source: 'shared corpus (30 pins)' },
  ],
  'actions/download-artifact': [
    { tag: 'v7.0.0', sha: '37930b1c2abaa49bbe596cd826c3c89aef350131', source: 'shared corpus (8 pins)' },
    { tag: 'v8.0.1', sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', source: 'shared corpus (20 pins)' },
  ],
  'actions/setup-go': [
    { tag: 'v6.4.0', sha: '4a3601121dd01d1626a1e23e37211e3254c1c06c', source: 'shared corpus (12 pins)' },
    { tag: 'v7.0.0', sha: 'b7ad1dad31e06c5925ef5d2fc7ad053ef454303e', source: 'shared corpus (17 pins)' },
  ],
  'actions/setup-node': [
    { tag: 'v6.2.0', sha: '6044e13b5dc448c55e2357c09f80417699197238', source: 'shared corpus (2 pins)' },
    { tag: 'v6.4.0', sha: '48b55a011bda9f5d6aeb4c2d9c7362e8dae4041e', source: 'shared corpus (1 pin)' },
    { tag: 'v7.0.0', sha: '820762786026740c76f36085b0efc47a31fe5020', source: 'shared corpus (6 pins)' },
  ],
  // aquasecurity/trivy-action, anchore/scan-action, anchore/sbom-action and
  // docker/metadata-action: no pin with a version comment in the sources above.
};

/** Splits `v1.2.3` into numbers; undefined for non-version tags. */
export function versionOf(tag: string): number[] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(tag);
  return m ? [Number(m[1]), Number(m[2] ?? -1), Number(m[3] ?? -1)] : undefined;
}

function compareVersions(a: number[], b: number[]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The repository (`owner/repo`) of an action path such as `github/codeql-action/upload-sarif`. */
export function actionRepo(action: string): string {
  return action.split('/').slice(0, 2).join('/').toLowerCase();
}

export interface PinSuggestion {
  release: ActionRelease;
  /** The tag written is exactly this release (the pin keeps behaviour). */
  exact: boolean;
}

/**
 * The release to pin `action@ref` to: the exact tag when known; for a major
 * (`v4`) or minor (`v4.2`) tag, the newest known release inside it; for a
 * branch, the newest known release. `extra` adds releases known from
 * elsewhere (e.g. the repository's own pins).
 */
export function suggestPin(action: string, ref: string, extra: readonly ActionRelease[] = []): PinSuggestion | undefined {
  const releases = [...(ACTION_RELEASES[actionRepo(action)] ?? []), ...extra];
  if (releases.length === 0) return undefined;
  const exact = releases.find((r) => r.tag === ref);
  if (exact) return { release: exact, exact: true };
  const want = versionOf(ref);
  const parts = ref.replace(/^v/, '').split('.').length;
  const candidates = releases
    .filter((r) => versionOf(r.tag) && (!want || versionOf(r.tag)!.slice(0, parts).every((n, i) => n === want[i])))
    .sort((a, b) => compareVersions(versionOf(b.tag)!, versionOf(a.tag)!));
  if (want && parts === 3) return undefined;
  return candidates[0] ? { release: candidates[0], exact: false } : undefined;
}

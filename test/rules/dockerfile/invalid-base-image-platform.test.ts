import { describe, it } from 'node:test';
import { emptyProject } from '../../../server/src/engine/analyze.js';
import type { ImageFacts, ProjectView } from '../../../server/src/rules/types.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'invalid-base-image-platform';

/** A project whose registry answers with these facts per `ref|platform`. */
function registry(known: Record<string, Partial<ImageFacts>>): { project: ProjectView } {
  return {
    project: {
      ...emptyProject,
      image: (ref, platform) => {
        const f = known[`${ref}|${platform ?? ''}`];
        return f ? { digest: 'sha256:' + 'a'.repeat(64), manifestDigest: 'sha256:' + 'b'.repeat(64), user: '', ...f } : undefined;
      },
    },
  };
}

describe(ID, () => {
  it('flags Windows images asked for on Linux and Linux-only images asked for on Windows', () => {
    expectFindings(ID, `FROM --platform=linux/amd64 mcr.microsoft.com/windows/servercore:ltsc2022
     ^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform "'mcr.microsoft.com/windows/servercore:ltsc2022' is a Windows image: it has no linux/amd64 variant, so the build fails or runs the wrong image"
FROM --platform=windows/amd64 gcr.io/distroless/static-debian12 AS run
     ^^^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform "'gcr.io/distroless/static-debian12' is a Linux image: it has no windows/amd64 variant, so the build fails or runs the wrong image"
FROM --platform=linux/arm64 mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022
     ^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform
FROM --platform=windows/amd64 python:3.12-slim
     ^^^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform`);
  });

  it('resolves the platform from a build argument default', () => {
    expectFindings(ID, `ARG PLATFORM=windows/amd64
FROM --platform=$PLATFORM alpine:3.20
     ^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform`);
  });

  it('is quiet where the image may have the platform, or none is asked for', () => {
    expectClean(ID, `FROM --platform=windows/amd64 python:3.12
FROM --platform=linux/arm64 gcr.io/distroless/static-debian12
FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/windows/servercore:ltsc2022
FROM mcr.microsoft.com/windows/servercore:ltsc2022
FROM --platform=linux/amd64 example.com/team/app:1
FROM --platform=linux/amd64 scratch`);
  });

  it('with the registry, flags a single-platform image that comes back for another platform', () => {
    const opts = registry({
      'example.com/team/app:1|linux/arm64': { platform: 'linux/amd64' },
      'example.com/team/multi:1|linux/arm64': { platform: 'linux/arm64/v8' },
      'example.com/team/armv7:1|linux/arm': { platform: 'linux/arm/v7' },
      'example.com/team/armv6:1|linux/arm/v7': { platform: 'linux/arm/v6' },
    });
    expectFindings(ID, `FROM --platform=linux/arm64 example.com/team/app:1
     ^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform "'example.com/team/app:1' is published for linux/amd64 only, not linux/arm64: the build pulls the linux/amd64 image and runs it emulated, or fails"
FROM --platform=linux/arm64 example.com/team/multi:1
FROM --platform=linux/arm example.com/team/armv7:1
FROM --platform=linux/arm/v7 example.com/team/armv6:1
     ^^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform`, opts);
  });

  it('with the registry, flags a multi-platform image that has no entry for the platform asked', () => {
    // The registry's answer for a multi-platform image with no such platform: no facts, the platforms it offers.
    const offered: Record<string, string[]> = {
      'example.com/team/multi:1|linux/s390x': ['linux/amd64', 'linux/arm64/v8'],
      'example.com/team/arm:1|linux/arm/v7': ['linux/amd64', 'linux/arm/v6'],
      'python:3.12-slim|windows/amd64': ['linux/amd64', 'linux/arm64/v8'],
      'example.com/team/odd:1|linux/arm64': ['linux/arm64/v8'],
    };
    const project: ProjectView = { ...emptyProject, image: () => undefined, imagePlatforms: (ref, platform) => offered[`${ref}|${platform ?? ''}`] };
    expectFindings(ID, `FROM --platform=linux/s390x example.com/team/multi:1
     ^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform "'example.com/team/multi:1' is published for linux/amd64, linux/arm64/v8, not for linux/s390x: the build fails to pull it"
FROM --platform=linux/arm/v7 example.com/team/arm:1
     ^^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform "'example.com/team/arm:1' is published for linux/amd64, linux/arm/v6, not for linux/arm/v7: the build fails to pull it"
FROM --platform=windows/amd64 python:3.12-slim
     ^^^^^^^^^^^^^^^^^^^^^^^^ invalid-base-image-platform "'python:3.12-slim' is published for linux/amd64, linux/arm64/v8, not for windows/amd64: the build fails to pull it"
FROM --platform=linux/arm64 example.com/team/odd:1
FROM --platform=linux/ppc64le example.com/team/unknown:1`, { project });
  });

  it('believes the registry over the offline knowledge', () => {
    expectClean(ID, 'FROM --platform=windows/amd64 python:3.12-slim', registry({ 'python:3.12-slim|windows/amd64': { platform: 'windows/amd64' } }));
  });
});

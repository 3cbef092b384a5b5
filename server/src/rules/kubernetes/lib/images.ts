/** Reading container image references the way the kubelet does. */

export interface ImageRef {
  /** Repository without tag or digest. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry:5000/repo/name:tag@sha256:…` into repository, tag and digest. */
export function parseImage(image: string): ImageRef {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const rest = at >= 0 ? image.slice(0, at) : image;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { repository: rest, digest };
}

/** Whether the image names no tag and no digest, or the `latest` tag. */
export function isLatest(ref: ImageRef): boolean {
  return !ref.digest && (!ref.tag || ref.tag === 'latest');
}

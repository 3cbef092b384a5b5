/** Conversions between LSP document URIs and the paths the engine works with. */
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/** The file-system path of a `file:` URI; other URIs (e.g. `untitled:`) are kept as path-like names. */
export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }
  return uri;
}

/** The `file:` URI of an absolute path; URI-like names are returned unchanged. */
export function pathToUri(path: string): string {
  if (SCHEME.test(path) && !/^[a-z]:[\\/]/i.test(path)) return path;
  return pathToFileURL(path).href;
}

import doc from './prefer-apt-get.md';
import { allCommands } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { aptCommand } from './lib/package-hygiene.js';

/** Subcommands apt-get has under the same name that download nothing: switching cannot change the image. */
const SAME_SAFE = new Set(['update', 'remove', 'purge', 'autoremove', 'clean', 'autoclean', 'check', 'distclean', 'dist-clean']);
/** Subcommands apt-get has under the same name that install packages: apt deletes the downloaded files afterwards, apt-get keeps them. */
const SAME_UNSAFE = new Set(['install', 'dist-upgrade', 'build-dep', 'source', 'download', 'satisfy']);
/** Read-only subcommands that live in apt-cache. */
const APT_CACHE = new Set(['search', 'show', 'showsrc', 'policy', 'depends', 'rdepends', 'madison', 'showpkg', 'pkgnames']);

/** `apt` in a RUN command, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'prefer-apt-get',
    kind: 'dockerfile',
    title: 'apt used in RUN instead of apt-get',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: ['hadolint:DL3027', 'checkov:CKV_DOCKER_9'],
    doc,
  },
  check({ model, report }) {
    for (const cmd of allCommands(model)) {
      if (cmd.name !== 'apt') continue;
      const sub = aptCommand(cmd, ['apt'])?.sub;
      const fixes: Fix[] = [];
      const name = cmd.nameWord;
      if (sub && name.text === 'apt') {
        const replace = (text: string) => ({ range: name.range, newText: text });
        if (SAME_SAFE.has(sub.value)) fixes.push({ title: 'Use apt-get', safe: true, edits: [replace('apt-get')] });
        else if (SAME_UNSAFE.has(sub.value)) fixes.push({ title: 'Use apt-get', safe: false, edits: [replace('apt-get')] });
        else if (sub.value === 'full-upgrade') fixes.push({ title: 'Use apt-get dist-upgrade', safe: false, edits: [replace('apt-get'), { range: sub.range, newText: 'dist-upgrade' }] });
        else if (APT_CACHE.has(sub.value)) fixes.push({ title: 'Use apt-cache', safe: true, edits: [replace('apt-cache')] });
      }
      report({
        range: name.range,
        message: 'apt is made for people at a terminal and warns that its command line is not stable for scripts; use apt-get (or apt-cache for queries) in a Dockerfile',
        fixes,
      });
    }
  },
};

export default rule;

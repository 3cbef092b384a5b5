import doc from './gem-pin-versions.md';
import { parseOptions } from '../../parse/shell.js';
import { isPathOrUrl, pinRule } from './lib/package-managers.js';

/** Options of `gem install` that take a separate value. */
const VALUED = ['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '--platform', '-s', '--source', '-p', '--http-proxy', '-P', '--trust-policy', '-g', '--file', '--build-root'];

/** `gem install name` without `-v` or `name:version`, in every stage. */
const rule = pinRule(
  {
    id: 'gem-pin-versions',
    title: 'gem without a version',
    defaultSeverity: 'info',
    equivalents: ['hadolint:DL3028'],
    doc,
  },
  {
    unpinned: (cmd) => {
      if (cmd.name !== 'gem') return [];
      // Words after `--` are build options for the gem's native extension.
      const end = cmd.args.findIndex((w) => w.value === '--');
      const { options, positionals } = parseOptions(end < 0 ? cmd.args : cmd.args.slice(0, end), { valued: VALUED });
      if (!['install', 'i'].includes(positionals[0]?.value ?? '')) return [];
      if (options.some((o) => ['-v', '--version', '-g', '--file'].includes(o.name))) return [];
      return positionals.slice(1).filter((w) => w.literal && w.value !== '' && !w.value.includes(':')
        && !w.value.endsWith('.gem') && !isPathOrUrl(w.value));
    },
    message: (pkg) => `gem installs ${pkg.value} in whatever version rubygems.org has today: pin it (${pkg.value}:<version> or -v <version>)`,
  },
);

export default rule;

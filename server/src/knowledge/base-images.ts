/**
 * End-of-life data for common base images, offline and dated.
 *
 * Data as of 2026-11-28. Dates are the day upstream stops shipping security
 * fixes for a release cycle (for Debian: the end of LTS; for Ubuntu: the end
 * of standard support; for Go: the release of the second newer minor version,
 * per the Go release policy). Each image lists the page the dates come from.
 * Update the data and {@link EOL_DATA_DATE} together.
 */

/** The day the data below was last checked. */
export const EOL_DATA_DATE = '2026-11-28';

/** One release cycle of a product and the day its support ends. */
export interface Cycle {
  /** The cycle as it appears in tags: `3.8`, `16`, `buster`, `3.17`. */
  cycle: string;
  /** ISO date (YYYY-MM-DD) after which the cycle gets no security fixes. */
  eol: string;
  /** Other spellings of the cycle in tags (codenames). */
  aliases?: string[];
}

export interface Product {
  /** Human name used in messages. */
  name: string;
  /** Where the dates come from. */
  source: string;
  /** The supported tag to move to (used in messages and pin fixes). */
  current: string;
  cycles: Cycle[];
}

/** Language runtimes and distributions, keyed by product id. */
export const PRODUCTS: Record<string, Product> = {
  python: {
    name: 'Python',
    source: 'https://endoflife.date/python (https://devguide.python.org/versions/)',
    current: '3.14',
    cycles: [
      { cycle: '2.7', eol: '2020-01-01' }, { cycle: '3.5', eol: '2020-09-13' }, { cycle: '3.6', eol: '2021-12-23' },
      { cycle: '3.7', eol: '2023-06-27' }, { cycle: '3.8', eol: '2024-10-07' }, { cycle: '3.9', eol: '2025-10-31' },
      { cycle: '3.10', eol: '2026-10-31' }, { cycle: '3.11', eol: '2027-10-31' }, { cycle: '3.12', eol: '2028-10-31' },
      { cycle: '3.13', eol: '2029-10-31' }, { cycle: '3.14', eol: '2030-10-31' },
    ],
  },
  node: {
    name: 'Node.js',
    source: 'https://endoflife.date/nodejs (https://github.com/nodejs/Release)',
    current: '24',
    cycles: [
      { cycle: '0.10', eol: '2016-10-31' }, { cycle: '0.12', eol: '2016-12-31' }, { cycle: '4', eol: '2018-04-30', aliases: ['argon'] },
      { cycle: '5', eol: '2016-06-30' }, { cycle: '6', eol: '2019-04-30', aliases: ['boron'] }, { cycle: '7', eol: '2017-06-30' },
      { cycle: '9', eol: '2018-06-30' },
      { cycle: '8', eol: '2019-12-31', aliases: ['carbon'] }, { cycle: '10', eol: '2021-04-30', aliases: ['dubnium'] },
      { cycle: '11', eol: '2019-06-01' }, { cycle: '12', eol: '2022-04-30', aliases: ['erbium'] }, { cycle: '13', eol: '2020-06-01' },
      { cycle: '14', eol: '2023-04-30', aliases: ['fermium'] }, { cycle: '15', eol: '2021-06-01' },
      { cycle: '16', eol: '2023-09-11', aliases: ['gallium'] }, { cycle: '17', eol: '2022-06-01' },
      { cycle: '18', eol: '2025-04-30', aliases: ['hydrogen'] }, { cycle: '19', eol: '2023-06-01' },
      { cycle: '20', eol: '2026-04-30', aliases: ['iron'] }, { cycle: '21', eol: '2024-06-01' },
      { cycle: '22', eol: '2027-04-30', aliases: ['jod'] }, { cycle: '23', eol: '2025-06-01' },
      { cycle: '24', eol: '2028-04-30', aliases: ['krypton'] }, { cycle: '25', eol: '2026-06-01' },
    ],
  },
  golang: {
    name: 'Go',
    source: 'https://endoflife.date/go (https://go.dev/doc/devel/release#policy)',
    current: '1.26',
    cycles: [
      { cycle: '1.16', eol: '2022-03-15' }, { cycle: '1.17', eol: '2022-08-02' }, { cycle: '1.18', eol: '2023-02-01' },
      { cycle: '1.19', eol: '2023-08-08' }, { cycle: '1.20', eol: '2024-02-06' }, { cycle: '1.21', eol: '2024-08-13' },
      { cycle: '1.22', eol: '2025-02-11' }, { cycle: '1.23', eol: '2025-08-12' }, { cycle: '1.24', eol: '2026-02-10' },
      { cycle: '1.25', eol: '2026-08-11' },
    ],
  },
  ruby: {
    name: 'Ruby',
    source: 'https://endoflife.date/ruby (https://www.ruby-lang.org/en/downloads/branches/)',
    current: '3.4',
    cycles: [
      { cycle: '2.5', eol: '2021-04-05' }, { cycle: '2.6', eol: '2022-04-12' }, { cycle: '2.7', eol: '2023-03-31' },
      { cycle: '3.0', eol: '2024-04-23' }, { cycle: '3.1', eol: '2025-03-26' }, { cycle: '3.2', eol: '2026-03-31' },
      { cycle: '3.3', eol: '2027-03-31' }, { cycle: '3.4', eol: '2028-03-31' },
    ],
  },
  php: {
    name: 'PHP',
    source: 'https://endoflife.date/php (https://www.php.net/supported-versions.php)',
    current: '8.4',
    cycles: [
      { cycle: '5.6', eol: '2018-12-31' }, { cycle: '7.0', eol: '2019-01-10' }, { cycle: '7.1', eol: '2019-12-01' },
      { cycle: '7.2', eol: '2020-11-30' }, { cycle: '7.3', eol: '2021-12-06' }, { cycle: '7.4', eol: '2022-11-28' },
      { cycle: '8.0', eol: '2023-11-26' }, { cycle: '8.1', eol: '2025-12-31' }, { cycle: '8.2', eol: '2026-12-31' },
      { cycle: '8.3', eol: '2027-12-31' }, { cycle: '8.4', eol: '2028-12-31' },
    ],
  },
  postgres: {
    name: 'PostgreSQL',
    source: 'https://endoflife.date/postgresql (https://www.postgresql.org/support/versioning/)',
    current: '17',
    cycles: [
      { cycle: '9.3', eol: '2018-11-08' }, { cycle: '9.4', eol: '2020-02-13' }, { cycle: '9.5', eol: '2021-02-11' },
      { cycle: '9.6', eol: '2021-11-11' }, { cycle: '10', eol: '2022-11-10' }, { cycle: '11', eol: '2023-11-09' },
      { cycle: '12', eol: '2024-11-21' }, { cycle: '13', eol: '2025-11-13' }, { cycle: '14', eol: '2026-11-12' },
      { cycle: '15', eol: '2027-11-11' }, { cycle: '16', eol: '2028-11-09' }, { cycle: '17', eol: '2029-11-08' },
    ],
  },
  dotnet: {
    name: '.NET',
    source: 'https://endoflife.date/dotnet (https://dotnet.microsoft.com/platform/support/policy/dotnet-core)',
    current: '10.0',
    cycles: [
      { cycle: '2.1', eol: '2021-08-21' }, { cycle: '3.1', eol: '2022-12-13' }, { cycle: '5.0', eol: '2022-05-10' },
      { cycle: '6.0', eol: '2024-11-12' }, { cycle: '7.0', eol: '2024-05-14' }, { cycle: '8.0', eol: '2026-11-10' },
      { cycle: '9.0', eol: '2026-11-10' }, { cycle: '10.0', eol: '2028-11-14' },
    ],
  },
  debian: {
    name: 'Debian',
    source: 'https://endoflife.date/debian (https://wiki.debian.org/LTS)',
    current: 'trixie',
    cycles: [
      { cycle: '8', eol: '2020-06-30', aliases: ['jessie'] }, { cycle: '9', eol: '2022-06-30', aliases: ['stretch'] },
      { cycle: '10', eol: '2024-06-30', aliases: ['buster'] }, { cycle: '11', eol: '2026-08-31', aliases: ['bullseye'] },
      { cycle: '12', eol: '2028-06-30', aliases: ['bookworm'] }, { cycle: '13', eol: '2030-06-30', aliases: ['trixie'] },
    ],
  },
  ubuntu: {
    name: 'Ubuntu',
    source: 'https://endoflife.date/ubuntu (https://ubuntu.com/about/release-cycle)',
    current: '24.04',
    cycles: [
      { cycle: '14.04', eol: '2019-04-25', aliases: ['trusty'] }, { cycle: '16.04', eol: '2021-04-30', aliases: ['xenial'] },
      { cycle: '18.04', eol: '2023-05-31', aliases: ['bionic'] }, { cycle: '20.04', eol: '2025-05-29', aliases: ['focal'] },
      { cycle: '21.04', eol: '2022-01-20', aliases: ['hirsute'] }, { cycle: '21.10', eol: '2022-07-14', aliases: ['impish'] },
      { cycle: '22.04', eol: '2027-04-01', aliases: ['jammy'] }, { cycle: '22.10', eol: '2023-07-20', aliases: ['kinetic'] },
      { cycle: '23.04', eol: '2024-01-25', aliases: ['lunar'] }, { cycle: '23.10', eol: '2024-07-11', aliases: ['mantic'] },
      { cycle: '24.04', eol: '2029-05-31', aliases: ['noble'] }, { cycle: '24.10', eol: '2025-07-10', aliases: ['oracular'] },
      { cycle: '25.04', eol: '2026-01-15', aliases: ['plucky'] },
    ],
  },
  alpine: {
    name: 'Alpine Linux',
    source: 'https://endoflife.date/alpine-linux (https://alpinelinux.org/releases/)',
    current: '3.23',
    cycles: [
      { cycle: '3.10', eol: '2021-05-01' }, { cycle: '3.11', eol: '2021-11-01' }, { cycle: '3.12', eol: '2022-05-01' },
      { cycle: '3.13', eol: '2022-11-01' }, { cycle: '3.14', eol: '2023-05-01' }, { cycle: '3.15', eol: '2023-11-01' },
      { cycle: '3.16', eol: '2024-05-23' }, { cycle: '3.17', eol: '2024-11-22' }, { cycle: '3.18', eol: '2025-05-09' },
      { cycle: '3.19', eol: '2025-11-01' }, { cycle: '3.20', eol: '2026-04-01' }, { cycle: '3.21', eol: '2026-11-01' },
      { cycle: '3.22', eol: '2027-05-01' }, { cycle: '3.23', eol: '2027-11-01' },
    ],
  },
  java: {
    name: 'Java (Eclipse Temurin)',
    source: 'https://adoptium.net/support/ (Temurin support roadmap; https://endoflife.date/eclipse-temurin): feature releases between LTS ones get updates only until the next one, six months later',
    current: '25',
    cycles: [
      { cycle: '8', eol: '2030-12-31' }, { cycle: '11', eol: '2027-10-31' }, { cycle: '16', eol: '2021-09-14' },
      { cycle: '17', eol: '2027-10-31' }, { cycle: '18', eol: '2022-09-20' }, { cycle: '19', eol: '2023-03-21' },
      { cycle: '20', eol: '2023-09-19' }, { cycle: '21', eol: '2029-12-31' }, { cycle: '22', eol: '2024-09-17' },
      { cycle: '23', eol: '2025-03-18' }, { cycle: '24', eol: '2025-09-16' }, { cycle: '25', eol: '2031-09-30' },
      { cycle: '26', eol: '2026-09-15' },
    ],
  },
  mysql: {
    name: 'MySQL',
    source: 'https://endoflife.date/mysql (https://www.oracle.com/us/support/library/lifetime-support-technology-069183.pdf; innovation releases end with the next one)',
    current: '8.4',
    cycles: [
      { cycle: '5.5', eol: '2018-12-31' }, { cycle: '5.6', eol: '2021-02-28' }, { cycle: '5.7', eol: '2023-10-31' },
      { cycle: '8.0', eol: '2026-04-30' }, { cycle: '8.1', eol: '2023-10-25' }, { cycle: '8.2', eol: '2024-01-16' },
      { cycle: '8.3', eol: '2024-04-30' }, { cycle: '8.4', eol: '2032-04-30' }, { cycle: '9.0', eol: '2024-10-15' },
      { cycle: '9.1', eol: '2025-01-21' }, { cycle: '9.2', eol: '2025-04-15' }, { cycle: '9.3', eol: '2025-07-22' },
      { cycle: '9.4', eol: '2025-10-21' },
    ],
  },
  redis: {
    name: 'Redis',
    source: 'https://endoflife.date/redis (https://redis.io/about/releases/: a release line is supported until the second newer minor is out)',
    current: '8.2',
    cycles: [
      { cycle: '3.2', eol: '2018-07-16' }, { cycle: '4.0', eol: '2020-04-30' }, { cycle: '5.0', eol: '2022-04-27' },
      { cycle: '6.0', eol: '2023-08-15' }, { cycle: '7.0', eol: '2024-07-29' },
    ],
  },
  mongo: {
    name: 'MongoDB',
    source: 'https://endoflife.date/mongodb (https://www.mongodb.com/legal/support-policy/lifecycles)',
    current: '8.0',
    cycles: [
      { cycle: '3.6', eol: '2021-04-30' }, { cycle: '4.0', eol: '2022-04-30' }, { cycle: '4.2', eol: '2023-04-30' },
      { cycle: '4.4', eol: '2024-02-29' }, { cycle: '5.0', eol: '2024-10-31' }, { cycle: '6.0', eol: '2025-07-31' },
      { cycle: '7.0', eol: '2027-08-31' }, { cycle: '8.0', eol: '2029-10-31' },
    ],
  },
  centos: {
    name: 'CentOS',
    source: 'https://endoflife.date/centos (https://www.centos.org/centos-linux-eol/)',
    current: 'quay.io/centos/centos:stream10',
    cycles: [
      { cycle: '6', eol: '2020-11-30' }, { cycle: '7', eol: '2024-06-30' }, { cycle: '8', eol: '2021-12-31' },
    ],
  },
};

/** Whole images that are deprecated upstream, whatever the tag. */
export interface DeprecatedImage {
  /** Repository as written without registry (Docker Hub official images). */
  repository: string;
  /** Day upstream announced the deprecation or stopped updates. */
  since: string;
  replacement: string;
  source: string;
  /** Tags that are still maintained (e.g. early-access builds). */
  exceptTag?: RegExp;
}

export const DEPRECATED_IMAGES: DeprecatedImage[] = [
  {
    repository: 'openjdk',
    since: '2022-07-01',
    replacement: 'eclipse-temurin:21-jre',
    source: 'https://hub.docker.com/_/openjdk (deprecation notice; https://github.com/docker-library/openjdk/issues/505)',
    exceptTag: /(^|-)ea(-|$)|^\d\d+-ea/,
  },
  {
    repository: 'centos',
    since: '2024-06-30',
    replacement: 'quay.io/centos/centos:stream10 or rockylinux/rockylinux:9',
    source: 'https://hub.docker.com/_/centos (deprecated; last CentOS Linux release EOL https://www.centos.org/centos-linux-eol/)',
  },
];

/**
 * hadolint's label-schema checks (DL3049–DL3058, configured by `label-schema`
 * and `strict-labels` in `.hadolint.yaml`) and its opt-in DL1001, written from
 * the rules' documentation and specs, against the Shipshape rules that list them.
 */
import type { LabelFormat, Settings } from '../../server/src/rules/types.js';
import { describeEquivalents } from './cases.js';

const schema = (labels: Record<string, LabelFormat>, strictLabels?: boolean): Settings => ({ labelSchema: labels, ...(strictLabels === undefined ? {} : { strictLabels }) });

describeEquivalents('hadolint', {
  DL3049: {
    rules: ['label-schema-missing'],
    cases: [
      { name: 'label missing', fires: true, text: 'FROM baseimage', settings: schema({ foo: 'text' }) },
      { name: 'other label present', fires: true, text: 'FROM baseimage\nLABEL bar="baz"', settings: schema({ foo: 'text' }) },
      { name: 'label missing in the final stage only', fires: true, text: 'FROM baseimage AS base\nLABEL foo="bar"\nFROM debian:12', settings: schema({ foo: 'text' }) },
      { name: 'label present', fires: false, text: 'FROM baseimage\nLABEL foo="bar"', settings: schema({ foo: 'text' }) },
      { name: 'label inherited from the parent stage', fires: false, text: 'FROM baseimage AS base\nLABEL foo="bar"\nFROM base', settings: schema({ foo: 'text' }) },
      { name: 'no label schema', fires: false, text: 'FROM baseimage' },
    ],
  },
  DL3050: {
    rules: ['label-schema-superfluous'],
    cases: [
      { name: 'label outside the schema with strict labels', fires: true, text: 'FROM scratch\nLABEL foo="bar" baz="qux"', settings: schema({ foo: 'text' }, true) },
      { name: 'only labels outside the schema', fires: true, text: 'FROM scratch\nLABEL other="x"', settings: schema({ foo: 'text' }, true) },
      { name: 'labels of the schema with strict labels', fires: false, text: 'FROM scratch\nLABEL foo="bar"', settings: schema({ foo: 'text' }, true) },
      { name: 'label outside the schema without strict labels', fires: false, text: 'FROM scratch\nLABEL foo="bar" baz="qux"', settings: schema({ foo: 'text' }, false) },
    ],
  },
  DL3051: {
    rules: ['label-schema-empty'],
    cases: [
      { name: 'schema label empty', fires: true, text: 'FROM scratch\nLABEL emptylabel=""', settings: schema({ emptylabel: 'text' }) },
      { name: 'schema label empty beside others', fires: true, text: 'FROM scratch\nLABEL a="x" emptylabel=""', settings: schema({ emptylabel: 'text', a: 'text' }) },
      { name: 'schema label with a value', fires: false, text: 'FROM scratch\nLABEL emptylabel="foo"', settings: schema({ emptylabel: 'text' }) },
      { name: 'empty label outside the schema', fires: false, text: 'FROM scratch\nLABEL other=""', settings: schema({ emptylabel: 'text' }) },
    ],
  },
  DL3052: {
    rules: ['label-schema-url'],
    cases: [
      { name: 'label not a URL', fires: true, text: 'FROM scratch\nLABEL urllabel="not-url"', settings: schema({ urllabel: 'url' }) },
      { name: 'URL without a scheme', fires: true, text: 'FROM scratch\nLABEL urllabel="www.example.com/docs"', settings: schema({ urllabel: 'url' }) },
      { name: 'label a URL', fires: false, text: 'FROM scratch\nLABEL urllabel="http://example.com"', settings: schema({ urllabel: 'url' }) },
      { name: 'text label not a URL', fires: false, text: 'FROM scratch\nLABEL textlabel="not-url"', settings: schema({ urllabel: 'url', textlabel: 'text' }) },
    ],
  },
  DL3053: {
    rules: ['label-schema-rfc3339'],
    cases: [
      { name: 'label not a time stamp', fires: true, text: 'FROM scratch\nLABEL datelabel="not-date"', settings: schema({ datelabel: 'rfc3339' }) },
      { name: 'date without a time', fires: true, text: 'FROM scratch\nLABEL datelabel="2020-01-30"', settings: schema({ datelabel: 'rfc3339' }) },
      { name: 'RFC 3339 time stamp', fires: false, text: 'FROM scratch\nLABEL datelabel="2019-12-20T08:33:23Z"', settings: schema({ datelabel: 'rfc3339' }) },
      { name: 'RFC 3339 time stamp with offset', fires: false, text: 'FROM scratch\nLABEL datelabel="2019-12-20T08:33:23.012+01:00"', settings: schema({ datelabel: 'rfc3339' }) },
    ],
  },
  DL3054: {
    rules: ['label-schema-spdx'],
    cases: [
      { name: 'label not an SPDX id', fires: true, text: 'FROM scratch\nLABEL spdxlabel="not-spdx"', settings: schema({ spdxlabel: 'spdx' }) },
      { name: 'lower-case id', fires: true, text: 'FROM scratch\nLABEL spdxlabel="mit"', settings: schema({ spdxlabel: 'spdx' }) },
      { name: 'SPDX id', fires: false, text: 'FROM scratch\nLABEL spdxlabel="BSD-3-Clause"', settings: schema({ spdxlabel: 'spdx' }) },
      { name: 'SPDX id MIT', fires: false, text: 'FROM scratch\nLABEL spdxlabel="MIT"', settings: schema({ spdxlabel: 'spdx' }) },
    ],
  },
  DL3055: {
    rules: ['label-schema-git-hash'],
    cases: [
      { name: 'label not a git hash', fires: true, text: 'FROM scratch\nLABEL githash="not-git-hash"', settings: schema({ githash: 'hash' }) },
      { name: 'hash of the wrong length', fires: true, text: 'FROM scratch\nLABEL githash="2dbc8d1d"', settings: schema({ githash: 'hash' }) },
      { name: 'long git hash', fires: false, text: 'FROM scratch\nLABEL githash="43c572f1272b8b3171dd1db99c74e3d7e2d3da2b"', settings: schema({ githash: 'hash' }) },
      { name: 'short git hash', fires: false, text: 'FROM scratch\nLABEL githash="43c572f"', settings: schema({ githash: 'hash' }) },
    ],
  },
  DL3056: {
    rules: ['label-schema-semver'],
    cases: [
      { name: 'label not a version', fires: true, text: 'FROM scratch\nLABEL semver="not-version"', settings: schema({ semver: 'semver' }) },
      { name: 'two-part version', fires: true, text: 'FROM scratch\nLABEL semver="1.0"', settings: schema({ semver: 'semver' }) },
      { name: 'semantic version', fires: false, text: 'FROM scratch\nLABEL semver="1.0.0"', settings: schema({ semver: 'semver' }) },
      { name: 'pre-release version', fires: false, text: 'FROM scratch\nLABEL semver="2.0.1-rc.1"', settings: schema({ semver: 'semver' }) },
    ],
  },
  DL3058: {
    rules: ['label-schema-email'],
    cases: [
      { name: 'label not an address', fires: true, text: 'FROM scratch\nLABEL maintainer="not-email"', settings: schema({ maintainer: 'email' }) },
      { name: 'address without a local part', fires: true, text: 'FROM scratch\nLABEL maintainer="@example.com"', settings: schema({ maintainer: 'email' }) },
      { name: 'address', fires: false, text: 'FROM scratch\nLABEL maintainer="abc@example.com"', settings: schema({ maintainer: 'email' }) },
      { name: 'text label not an address', fires: false, text: 'FROM scratch\nLABEL other="not-email"', settings: schema({ maintainer: 'email', other: 'text' }) },
    ],
  },
  DL1001: {
    rules: ['no-inline-ignore-pragma'],
    cases: [
      { name: 'inline ignore pragma', fires: true, text: 'FROM ubuntu\n# hadolint ignore=DL3002\nUSER root' },
      { name: 'global ignore pragma', fires: true, text: '# hadolint global ignore=DL3006\nFROM ubuntu' },
      { name: 'pragma with several ids', fires: true, text: 'FROM ubuntu\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl' },
      { name: 'no pragma', fires: false, text: 'FROM ubuntu\nUSER root' },
      { name: 'shell pragma', fires: false, text: '# hadolint shell=powershell\nFROM mcr.microsoft.com/windows/servercore:ltsc2022' },
    ],
  },
});

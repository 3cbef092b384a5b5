/**
 * Other tools' suppression directives, honoured for the rules that list the
 * named check among their equivalents (no-root-user lists hadolint:DL3002,
 * checkov:CKV_DOCKER_8 and trivy:DS-0002).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { buildkitChecksAreErrors, collectSuppressions, isSuppressed, normalizeTrivyId, type Span } from '../../server/src/engine/suppress.js';
import { parseYaml } from '../../server/src/parse/yaml.js';
import type { Finding } from '../../server/src/rules/types.js';
import { expectClean, expectFindings } from '../helpers/annotated.js';

const ID = 'no-root-user';
const lineSpan = (line: number): Span => ({ start: line, end: line });

/** A finding of a rule that is not registered, on one line, for the directive unit tests. */
function findingAt(line: number, ruleId = 'some-rule'): Finding {
  return { ruleId, severity: 'warning', message: 'm', fixes: [], range: { start: { line, character: 0 }, end: { line, character: 1 } } };
}

describe('hadolint directives', () => {
  it('ignore= on the line above silences the next instruction', () => {
    expectClean(ID, `FROM debian:12
# hadolint ignore=DL3008,DL3002
USER root`);
    expectClean(ID, `FROM debian:12
# hadolint ignore=DL3002 the base image needs root
USER root`);
    expectClean(ID, `FROM debian:12
#hadolint ignore=DL3003, DL3002
USER root`);
  });

  it('covers a whole multi-line instruction and skips blank and comment lines', () => {
    expectClean(ID, `FROM debian:12 AS base
USER root
# hadolint ignore=DL3002

# another comment
FROM base`);
  });

  it('global ignore= silences the whole file', () => {
    expectClean(ID, `# hadolint global ignore=DL3002
FROM debian:12
RUN true
USER root`);
  });

  it('silences nothing under disable-ignore-pragma, while other directives still apply', () => {
    const settings = { disableHadolintPragmas: true };
    expectFindings(ID, `# hadolint global ignore=DL3002
FROM debian:12
# hadolint ignore=DL3002
USER root
#    ^^^^ no-root-user`, { settings });
    expectClean(ID, `FROM debian:12
# shipshape-ignore no-root-user
USER root`, { settings });
    expectClean(ID, `FROM debian:12
#trivy:ignore:AVD-DS-0002
USER root`, { settings });
  });

  it('does not silence when the listed ids are other checks or the directive is further up', () => {
    expectFindings(ID, `FROM debian:12
# hadolint ignore=DL3008
USER root
#    ^^^^ no-root-user`);
    expectFindings(ID, `FROM debian:12
# hadolint ignore=DL3002
RUN true
USER root
#    ^^^^ no-root-user`);
    expectFindings(ID, `FROM debian:12
# hadolint ignore=DL30021
USER root
#    ^^^^ no-root-user`);
  });
});

describe('checkov directives', () => {
  it('#checkov:skip anywhere in a Dockerfile silences the file', () => {
    expectClean(ID, `FROM debian:12
USER root
#checkov:skip=CKV_DOCKER_8:The image must run as root`);
    expectClean(ID, `#checkov:skip=CKV_DOCKER_2,CKV_DOCKER_8
FROM debian:12
USER root`);
    expectClean(ID, `# bridgecrew:skip=CKV_DOCKER_8
FROM debian:12
USER root`);
  });

  it('names the check exactly', () => {
    expectFindings(ID, `#checkov:skip=CKV_DOCKER_3:reason
FROM debian:12
USER root
#    ^^^^ no-root-user`);
  });

  it('is a Dockerfile directive: a YAML comment does not silence the file', () => {
    const s = collectSuppressions('#checkov:skip=CKV_K8S_20\nkind: Pod\n', lineSpan, { kind: 'kubernetes' });
    assert.equal(isSuppressed(s, findingAt(1), ['checkov:CKV_K8S_20']), false);
  });
});

describe('trivy directives', () => {
  it('accepts the ID, the long id and the alias on the line above', () => {
    for (const id of ['AVD-DS-0002', 'DS-0002', 'DS002']) {
      expectClean(ID, `FROM debian:12
#trivy:ignore:${id}
USER root`);
    }
    expectClean(ID, `FROM debian:12
# trivy:ignore:DS-0002
USER root`);
  });

  it('honours an expiry date in the future and not one in the past', () => {
    expectClean(ID, `FROM debian:12
#trivy:ignore:AVD-DS-0002:exp:2999-01-01
USER root`);
    expectFindings(ID, `FROM debian:12
#trivy:ignore:AVD-DS-0002:exp:2020-01-01
USER root
#    ^^^^ no-root-user`);
  });

  it('applies to the next instruction only, and to its own check only', () => {
    expectFindings(ID, `#trivy:ignore:AVD-DS-0002
FROM debian:12
USER root
#    ^^^^ no-root-user`);
    expectFindings(ID, `FROM debian:12
#trivy:ignore:AVD-DS-0001
USER root
#    ^^^^ no-root-user`);
  });

  it('normalises the three spellings of an id', () => {
    assert.deepEqual(['AVD-DS-0002', 'DS-0002', 'DS002', 'ds002', 'AVD-KSV-0012', 'KSV012'].map(normalizeTrivyId),
      ['DS-0002', 'DS-0002', 'DS-0002', 'DS-0002', 'KSV-0012', 'KSV-0012']);
  });
});

describe('KICS directives', () => {
  const kicsRule = ['kics:missing_user_instruction'];

  it('ignore-line silences findings on the next line of rules with a KICS equivalent', () => {
    const text = 'a: 1\n# kics-scan ignore-line\nb: 2\nc: 3\n';
    const s = collectSuppressions(text, lineSpan, { kind: 'compose' });
    assert.equal(isSuppressed(s, findingAt(2), kicsRule), true);
    assert.equal(isSuppressed(s, findingAt(3), kicsRule), false);
    assert.equal(isSuppressed(s, findingAt(2), ['hadolint:DL3002']), false, 'a rule without a KICS equivalent');
  });

  it('ignore-line covers only the first line of a multi-line instruction', () => {
    const text = 'FROM debian:12\n# kics-scan ignore-line\nRUN a \\\n  && b\n';
    const spanOf = (l: number): Span => (l === 2 || l === 3 ? { start: 2, end: 3 } : lineSpan(l));
    const s = collectSuppressions(text, spanOf, { kind: 'dockerfile' });
    assert.equal(isSuppressed(s, findingAt(2), kicsRule), true);
    assert.equal(isSuppressed(s, findingAt(3), kicsRule), false);
  });

  it('ignore-block silences the YAML block below, including a sequence at its own indentation', () => {
    const text = [
      'services:',
      '  # kics-scan ignore-block',
      '  web:',
      '    image: nginx',
      '    ports:',
      '    - "80:80"',
      '',
      '  db:',
      '    image: postgres',
    ].join('\n');
    const s = collectSuppressions(text, lineSpan, { kind: 'compose' });
    assert.deepEqual([2, 3, 4, 5, 7, 8].map((l) => isSuppressed(s, findingAt(l), kicsRule)), [true, true, true, true, false, false]);
  });

  it('ignore-block on a sequence item stops at the next item', () => {
    const text = 'containers:\n# kics-scan ignore-block\n- name: a\n  image: a\n- name: b\n  image: b\n';
    const s = collectSuppressions(text, lineSpan, { kind: 'kubernetes' });
    assert.deepEqual([2, 3, 4, 5].map((l) => isSuppressed(s, findingAt(l), kicsRule)), [true, true, false, false]);
  });

  it('ignore silences the whole file; the Dockerfile rule without a KICS id stays', () => {
    const s = collectSuppressions('# kics-scan ignore\na: 1\nb: 2\n', lineSpan, { kind: 'compose' });
    assert.equal(isSuppressed(s, findingAt(2), kicsRule), true);
    expectFindings(ID, `# kics-scan ignore
FROM debian:12
USER root
#    ^^^^ no-root-user`);
  });
});

describe('BuildKit check directive', () => {
  it('skip= names BuildKit checks for the file, and all of them with skip=all', () => {
    const s = collectSuppressions('# check=skip=JSONArgsRecommended,SecretsUsedInArgOrEnv\nFROM x\n', lineSpan, { kind: 'dockerfile' });
    assert.equal(isSuppressed(s, findingAt(1), ['buildkit:SecretsUsedInArgOrEnv']), true);
    assert.equal(isSuppressed(s, findingAt(1), ['buildkit:UndefinedVar']), false);
    const all = collectSuppressions('# check=error=true;skip=all\nFROM x\n', lineSpan, { kind: 'dockerfile' });
    assert.equal(isSuppressed(all, findingAt(1), ['buildkit:UndefinedVar']), true);
  });

  it('error=true turns the findings of rules with a BuildKit id into errors, and leaves the others', () => {
    const text = '# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing;error=true\nFROM node:22 as Build\nMAINTAINER me\nUSER root\n';
    const severities = analyze({ path: '/w/Dockerfile', text }).findings
      .filter((f) => ['no-maintainer', 'from-as-casing', 'stage-name-casing', 'no-root-user'].includes(f.ruleId))
      .map((f) => [f.ruleId, f.severity]);
    assert.deepEqual(severities, [['from-as-casing', 'error'], ['no-maintainer', 'error'], ['no-root-user', 'warning']]);
    const chosen = analyze({ path: '/w/Dockerfile', text }, undefined, { rules: { 'no-maintainer': 'hint' } }).findings.find((f) => f.ruleId === 'no-maintainer');
    assert.equal(chosen?.severity, 'hint');
  });

  it('reads error=true only among the comments above the first instruction', () => {
    assert.equal(buildkitChecksAreErrors('# check=error=true\nFROM x\n'), true);
    assert.equal(buildkitChecksAreErrors('\n# escape=`\n# check = skip=all ; error = TRUE\nFROM x\n'), true);
    assert.equal(buildkitChecksAreErrors('# check=error=false\nFROM x\n'), false);
    assert.equal(buildkitChecksAreErrors('FROM x\n# check=error=true\n'), false);
    assert.equal(buildkitChecksAreErrors('# check=skip=all\nFROM x\n'), false);
    const late = analyze({ path: '/w/Dockerfile', text: 'FROM x\n# check=error=true\nMAINTAINER me\n' }).findings.find((f) => f.ruleId === 'no-maintainer');
    assert.equal(late?.severity, 'info');
  });
});

describe('Kubernetes annotations', () => {
  const manifest = (annotations: string) => `apiVersion: v1
kind: Pod
metadata:
  name: a
  annotations:
${annotations}
spec:
  containers:
    - name: a
      image: nginx
---
apiVersion: v1
kind: Pod
metadata:
  name: b
spec:
  containers:
    - name: b
      image: nginx
`;
  const suppressed = (annotations: string, equivalents: string[]) => {
    const text = manifest(annotations);
    const s = collectSuppressions(text, lineSpan, { kind: 'kubernetes', model: parseYaml(text) });
    // line 9: the first object's image; line 19: the second object's.
    return [isSuppressed(s, findingAt(9), equivalents), isSuppressed(s, findingAt(19), equivalents)];
  };

  it('checkov.io/skipN names a Checkov check, with or without a reason', () => {
    assert.deepEqual(suppressed('    checkov.io/skip1: CKV_K8S_20=the app needs it', ['checkov:CKV_K8S_20']), [true, false]);
    assert.deepEqual(suppressed('    checkov.io/skip7: CKV_K8S_20', ['checkov:CKV_K8S_20']), [true, false]);
    assert.deepEqual(suppressed('    checkov.io/skip1: CKV_K8S_22=x', ['checkov:CKV_K8S_20']), [false, false]);
  });

  it('ignore-check.kube-linter.io/<check> and kube-linter.io/ignore-all', () => {
    assert.deepEqual(suppressed('    ignore-check.kube-linter.io/privileged-container: "needed for the CNI"', ['kube-linter:privileged-container']), [true, false]);
    assert.deepEqual(suppressed('    ignore-check.kube-linter.io/latest-tag: "x"', ['kube-linter:privileged-container']), [false, false]);
    assert.deepEqual(suppressed('    kube-linter.io/ignore-all: "x"', ['kube-linter:privileged-container']), [true, false]);
  });

  it('polaris exemptions need the value "true"', () => {
    assert.deepEqual(suppressed('    polaris.fairwinds.com/runAsPrivileged-exempt: "true"', ['polaris:runAsPrivileged']), [true, false]);
    assert.deepEqual(suppressed('    polaris.fairwinds.com/runAsPrivileged-exempt: "false"', ['polaris:runAsPrivileged']), [false, false]);
    assert.deepEqual(suppressed('    polaris.fairwinds.com/exempt: "true"', ['polaris:runAsPrivileged']), [true, false]);
    assert.deepEqual(suppressed('    polaris.fairwinds.com/exempt: true', ['kube-linter:privileged-container']), [false, false]);
  });

  it('is read only for Kubernetes files', () => {
    const text = manifest('    kube-linter.io/ignore-all: "x"');
    const s = collectSuppressions(text, lineSpan, { kind: 'compose', model: parseYaml(text) });
    assert.equal(isSuppressed(s, findingAt(9), ['kube-linter:privileged-container']), false);
  });
});

describe('disallowInlineSuppression', () => {
  it('keeps the finding of a listed rule whatever the directive', () => {
    const settings = { disallowInlineSuppression: [ID] };
    for (const directive of ['# shipshape-ignore no-root-user', '# hadolint ignore=DL3002', '#trivy:ignore:DS-0002']) {
      expectFindings(ID, `FROM debian:12
${directive}
USER root
#    ^^^^ no-root-user`, { settings });
    }
  });
});

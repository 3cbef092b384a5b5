import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { applyEdits } from '../../server/src/engine/edits.js';
import { findPair, getIn } from '../../server/src/parse/yaml-access.js';
import { appendItems, detectStyle, fillValue, formatScalar, insertPairs, mergeInto, removeItem, removePair, replacePair, setIn, setScalar, type YamlStyle } from '../../server/src/parse/yaml-edit.js';
import { parseYaml, type YamlModel } from '../../server/src/parse/yaml.js';
import type { TextEdit } from '../../server/src/rules/types.js';
import { assertSameExcept, valueAt } from '../helpers/yaml-compare.js';

type Edit = (m: YamlModel, root: YAMLMap, style: YamlStyle) => (TextEdit | undefined)[];

/** Applies the edits `fn` builds on the first document of `text`, asserting the result stays valid YAML. */
function edit(text: string, fn: Edit, docIndex = 0): string {
  const m = parseYaml(text);
  const root = m.docs[docIndex].contents;
  assert.ok(isMap(root));
  const edits = fn(m, root, detectStyle(text, m.docs.map((d) => d.contents))).filter((e): e is TextEdit => !!e);
  const after = applyEdits(text, edits);
  assert.deepEqual(parseYaml(after).errors, []);
  return after;
}

const map = (root: YAMLMap, ...path: (string | number)[]) => {
  const n = getIn(root, path);
  assert.ok(isMap(n), `no mapping at ${path.join('.')}`);
  return n;
};
const seq = (root: YAMLMap, ...path: (string | number)[]) => {
  const n = getIn(root, path);
  assert.ok(isSeq(n), `no sequence at ${path.join('.')}`);
  return n as YAMLSeq;
};

const RESTRICTED = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };

describe('yaml-edit', () => {
  it('replaces only a scalar token and keeps its quoting', () => {
    const before = 'a: "x" # keep\nb: true\n';
    const after = edit(before, (m, root) => {
      const a = findPair(root, 'a')!.value;
      const b = findPair(root, 'b')!.value;
      assert.ok(isScalar(a) && isScalar(b));
      return [setScalar(m, a, 'y z'), setScalar(m, b, false)];
    });
    assert.equal(after, 'a: "y z" # keep\nb: false\n');
  });

  it('writes top-level keys at column 0 under a byte-order mark (the mark is no indentation)', () => {
    const before = '\uFEFFservices:\n  a:\n    image: x\nvolumes:\n  v:\n';
    const after = edit(before, (m, root, style) => [insertPairs(m, root, { secrets: { s: { environment: 'S' } } }, style)]);
    assert.equal(after, '\uFEFFservices:\n  a:\n    image: x\nvolumes:\n  v:\nsecrets:\n  s:\n    environment: S\n');
  });

  it('quotes strings that would not read back as the same string', () => {
    assert.equal(formatScalar('ALL'), 'ALL');
    assert.equal(formatScalar('true'), '"true"');
    assert.equal(formatScalar('0'), '"0"');
    assert.equal(formatScalar('a: b'), '"a: b"');
    assert.equal(formatScalar('it\'s', 'QUOTE_SINGLE'), "'it''s'");
    assert.equal(formatScalar('runtime/default'), 'runtime/default');
  });

  it('inserts a nested mapping under a sequence item with 2-space indentation and indented sequences', () => {
    const before = `spec:
  containers:
  - name: app
    image: nginx:1.27 # pinned
    ports:
    - containerPort: 80
  # sidecars follow
  - name: side
`;
    const after = edit(before, (m, root, style) => mergeInto(m, map(root, 'spec', 'containers', 0), { securityContext: RESTRICTED }, style));
    assert.equal(after, `spec:
  containers:
  - name: app
    image: nginx:1.27 # pinned
    ports:
    - containerPort: 80
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        drop:
        - ALL
  # sidecars follow
  - name: side
`);
    assertSameExcept(before, after, [[0, 'spec', 'containers', 0, 'securityContext']]);
  });

  it('follows 4-space indentation and sequences indented under their key', () => {
    const before = `spec:
    containers:
        -   name: app
            image: nginx
    volumes:
        - name: data
`;
    const after = edit(before, (m, root, style) => mergeInto(m, map(root, 'spec', 'containers', 0), { securityContext: RESTRICTED }, style));
    assert.equal(after, `spec:
    containers:
        -   name: app
            image: nginx
            securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                    drop:
                        - ALL
    volumes:
        - name: data
`);
  });

  it('merges into an existing block mapping: replaces differing scalars, appends missing items, leaves the rest', () => {
    const before = `securityContext:
  # set by platform team
  allowPrivilegeEscalation: true  # legacy
  capabilities:
    drop: [NET_RAW]
  runAsUser: 1000
`;
    const after = edit(before, (m, root, style) => mergeInto(m, root, { securityContext: { ...RESTRICTED, runAsNonRoot: true } }, style));
    assert.equal(after, `securityContext:
  # set by platform team
  allowPrivilegeEscalation: false  # legacy
  capabilities:
    drop: [NET_RAW, ALL]
  runAsUser: 1000
  runAsNonRoot: true
`);
    assertSameExcept(before, after, [[0, 'securityContext', 'allowPrivilegeEscalation'], [0, 'securityContext', 'capabilities', 'drop'], [0, 'securityContext', 'runAsNonRoot']]);
    assert.equal(edit(after, (m, root, style) => mergeInto(m, root, { securityContext: { ...RESTRICTED, runAsNonRoot: true } }, style)), after, 'idempotent');
  });

  it('inserts inside flow mappings and flow sequences', () => {
    const before = 'containers: [{name: app, image: nginx}]\nsc: {capabilities: {drop: []}}\nempty: {}\n';
    const after = edit(before, (m, root, style) => [
      ...mergeInto(m, map(root, 'containers', 0), { securityContext: RESTRICTED }, style),
      ...mergeInto(m, map(root, 'sc'), RESTRICTED, style),
      ...mergeInto(m, map(root, 'empty'), { a: 1 }, style),
    ]);
    assert.equal(after, 'containers: [{name: app, image: nginx, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}]\n'
      + 'sc: {capabilities: {drop: [ALL]}, allowPrivilegeEscalation: false}\nempty: {a: 1}\n');
  });

  it('handles multi-line flow collections with trailing commas', () => {
    const before = 'sc: {\n  a: 1,\n}\nlist: [\n  x\n]\n';
    const after = edit(before, (m, root, style) => [
      ...mergeInto(m, map(root, 'sc'), { b: 2 }, style),
      appendItems(m, seq(root, 'list'), ['yes', 'z'], style),
    ]);
    assert.equal(after, 'sc: {\n  a: 1, b: 2\n}\nlist: [\n  x, "yes", z\n]\n');
  });

  it('fills empty and null values, keeping a comment on the key line', () => {
    const before = 'a:\nb: null\nc: ~ # none yet\nd:\n';
    const after = edit(before, (m, root, style) => [
      ...mergeInto(m, root, { a: { x: true } }, style),
      ...fillValue(m, findPair(root, 'b')!, { w: ['ALL'] }, style),
      ...fillValue(m, findPair(root, 'c')!, { z: 1 }, style),
      ...fillValue(m, findPair(root, 'd')!, false, style),
    ]);
    assert.equal(after, 'a:\n  x: true\nb:\n  w:\n    - ALL\nc: # none yet\n  z: 1\nd: false\n');
  });

  it('keeps CRLF line endings', () => {
    const before = 'spec:\r\n  containers:\r\n    - name: app\r\n      image: nginx\r\n';
    const after = edit(before, (m, root, style) => mergeInto(m, map(root, 'spec', 'containers', 0), { securityContext: RESTRICTED }, style));
    assert.equal(after, 'spec:\r\n  containers:\r\n    - name: app\r\n      image: nginx\r\n      securityContext:\r\n        allowPrivilegeEscalation: false\r\n'
      + '        capabilities:\r\n          drop:\r\n            - ALL\r\n');
  });

  it('writes flush sequences when the file does', () => {
    const before = 'spec:\n  containers:\n  - name: app\n';
    assert.deepEqual(detectStyle(before, parseYaml(before).docs.map((d) => d.contents)), { indent: 2, seqIndent: false, eol: '\n' });
    const after = edit(before, (m, root, style) => mergeInto(m, map(root, 'spec', 'containers', 0), { capabilities: { drop: ['ALL'] } }, style));
    assert.equal(after, 'spec:\n  containers:\n  - name: app\n    capabilities:\n      drop:\n      - ALL\n');
  });

  it('appends to the last line of a file without a trailing newline, and after block scalars', () => {
    const before = 'a:\n  script: |\n    echo hi\n\n  b: 1';
    const after = edit(before, (m, root, style) => [...setIn(m, root, ['a', 'c'], 'x', style), ...setIn(m, root, ['d', 'e'], 2, style)]);
    assert.equal(after, 'a:\n  script: |\n    echo hi\n\n  b: 1\n  c: x\nd:\n  e: 2');
    assert.equal(valueAt(after, [0, 'a', 'script']), 'echo hi\n');
  });

  it('edits the document it is given in a multi-document file', () => {
    const before = 'kind: A\n---\nkind: B\nspec:\n  x: 1\n---\nkind: C\n';
    const after = edit(before, (m, root, style) => setIn(m, root, ['spec', 'z'], [1, { k: 'v' }], style), 1);
    assert.equal(after, 'kind: A\n---\nkind: B\nspec:\n  x: 1\n  z:\n    - 1\n    - k: v\n---\nkind: C\n');
    assertSameExcept(before, after, [[1, 'spec', 'z']]);
  });

  it('replaces a whole pair in block and flow mappings, keeping trailing comments', () => {
    const before = 'env:\n- name: DB_PASSWORD\n  value: hunter2 # old\n- {name: API_TOKEN, value: abc}\n';
    const ref = (key: string) => ({ secretKeyRef: { name: 'app', key } });
    const after = edit(before, (m, root, style) => {
      const block = map(root, 'env', 0);
      const flow = map(root, 'env', 1);
      return [replacePair(m, block, findPair(block, 'value')!, 'valueFrom', ref('db-password'), style),
        replacePair(m, flow, findPair(flow, 'value')!, 'valueFrom', ref('api-token'), style)];
    });
    assert.equal(after, 'env:\n- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: app\n      key: db-password # old\n'
      + '- {name: API_TOKEN, valueFrom: {secretKeyRef: {name: app, key: api-token}}}\n');
  });

  it('detects the indent unit of the file', () => {
    const four = 'a:\n    b:\n        c: 1\n    d:\n        - x\n';
    assert.deepEqual(detectStyle(four, parseYaml(four).docs.map((d) => d.contents)), { indent: 4, seqIndent: true, eol: '\n' });
  });

  it('finds a difference the comparison helper must report', () => {
    assert.throws(() => assertSameExcept('a: 1\nb: 2\n', 'a: 1\nb: 3\n', [[0, 'a']]));
  });
});

describe('yaml-edit removals', () => {
  it('removes a block pair with its trailing comment, keeping comments on their own lines', () => {
    const before = 'svc:\n  image: x:1\n  # why\n  pid: host # debug\n  user: app\n';
    const after = edit(before, (m, root) => [removePair(m, map(root, 'svc'), findPair(map(root, 'svc'), 'pid')!)]);
    assert.equal(after, 'svc:\n  image: x:1\n  # why\n  user: app\n');
  });

  it('removes a pair with a block value, the last pair of a file without a final line break, and keeps CRLF', () => {
    assert.equal(edit('a: 1\nb:\n  - x\n  - y\nc: 3\n', (m, root) => [removePair(m, root, findPair(root, 'b')!)]), 'a: 1\nc: 3\n');
    assert.equal(edit('a: 1\nb: 2', (m, root) => [removePair(m, root, findPair(root, 'b')!)]), 'a: 1');
    assert.equal(edit('a: 1\r\nb: 2\r\nc: 3\r\n', (m, root) => [removePair(m, root, findPair(root, 'b')!)]), 'a: 1\r\nc: 3\r\n');
  });

  it('removes flow entries with their comma', () => {
    assert.equal(edit('s: {a: 1, pid: host, b: 2}\n', (m, root) => [removePair(m, map(root, 's'), findPair(map(root, 's'), 'pid')!)]), 's: {a: 1, b: 2}\n');
    assert.equal(edit('s: {a: 1, pid: host}\n', (m, root) => [removePair(m, map(root, 's'), findPair(map(root, 's'), 'pid')!)]), 's: {a: 1}\n');
    assert.equal(edit('l: [A, B, C]\n', (m, root) => [removeItem(m, seq(root, 'l'), seq(root, 'l').items[1] as Node)]), 'l: [A, C]\n');
    assert.equal(edit('l: [A, B]\n', (m, root) => [removeItem(m, seq(root, 'l'), seq(root, 'l').items[1] as Node)]), 'l: [A]\n');
  });

  it('removes a block item line, and refuses to empty a collection or cut a shared line', () => {
    const before = 'caps:\n  - NET_ADMIN # vpn\n  - SYS_ADMIN\nx: 1\n';
    assert.equal(edit(before, (m, root) => [removeItem(m, seq(root, 'caps'), seq(root, 'caps').items[0] as Node)]), 'caps:\n  - SYS_ADMIN\nx: 1\n');
    const one = parseYaml('caps:\n  - A\nx: 1\n');
    const root = one.docs[0].contents as YAMLMap;
    assert.equal(removeItem(one, seq(root, 'caps'), seq(root, 'caps').items[0] as Node), undefined);
    const only = parseYaml('s:\n  pid: host\n');
    const s = map(only.docs[0].contents as YAMLMap, 's');
    assert.equal(removePair(only, s, findPair(s, 'pid')!), undefined);
    const shared = parseYaml('- pid: host\n  image: x\n');
    const item = (shared.docs[0].contents as YAMLSeq).items[0] as YAMLMap;
    assert.equal(removePair(shared, item, findPair(item, 'pid')!), undefined);
  });
});

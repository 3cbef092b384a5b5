import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-privileged';
const opts = { path: '/work/app/docker-compose.yml' };

describe(ID, () => {
  it('flags privileged: true', () => {
    expectFindings(ID, `services:
  agent:
    image: example/agent:1.4
    privileged: true
#               ^^^^ compose-no-privileged "Service 'agent' runs privileged: every capability, every host device, no seccomp or AppArmor confinement"
`, opts);
  });

  it('flags flow style and the string "true"', () => {
    expectFindings(ID, `services:
  a: {image: x:1, privileged: true}
#                             ^^^^ compose-no-privileged
  b:
    image: x:1
    privileged: "true"
#               ^^^^^^ compose-no-privileged
`, opts);
  });

  it('reports a value merged from an anchor once, naming every service', () => {
    expectFindings(ID, `x-base: &base
  privileged: true
#             ^^^^ compose-no-privileged "Services 'a', 'b' run privileged: every capability, every host device, no seccomp or AppArmor confinement"
services:
  a:
    <<: *base
    image: x:1
  b:
    <<: *base
    image: y:1
  c:
    <<: *base
    image: z:1
    privileged: false
`, opts);
  });

  it('stays quiet for false, absent or interpolated values, and outside services', () => {
    expectClean(ID, `services:
  a:
    image: x:1
    privileged: false
  b:
    image: x:1
  c:
    image: x:1
    privileged: \${PRIV}
x-other:
  privileged: true
`, opts);
  });

  it('sets privileged: false, keeping the comment', () => {
    const before = `services:
  agent:
    image: example/agent:1.4
    privileged: true # needs /dev
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Set privileged: false']);
    assert.equal(applyFix(ID, before, opts), `services:
  agent:
    image: example/agent:1.4
    privileged: false # needs /dev
`);
  });

  it('is analysed in a YAML file with top-level services and any name', () => {
    expectFindings(ID, `services:
  a:
    privileged: yes
    image: x:1
  b:
    privileged: true
#               ^^^^ compose-no-privileged
`, { path: '/work/app/stack.yml' });
  });
});

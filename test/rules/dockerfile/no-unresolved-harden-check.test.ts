import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { analyze } from '../../../server/src/engine/analyze.js';
import { planHarden } from '../../../server/src/harden/plan.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-unresolved-harden-check';

describe(ID, () => {
  it('reports each shipshape-check comment with its continuation lines', () => {
    expectFindings(ID, `FROM golang:1.25 AS build
RUN CGO_ENABLED=0 go build -o /out/app .
# shipshape-check: The start command reads /etc/app.yaml, which the build does not create: mount it at
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-unresolved-harden-check "Hardening left this to check: The start command reads /etc/app.yaml, which the build does not create: mount it at run time or copy it into the runtime stage. Check it, then delete the comment"
#   run time or copy it into the runtime stage.
FROM scratch
COPY --from=build /out/app /out/app
ENTRYPOINT ["/out/app"]`);
  });

  it('reads no other comment', () => {
    expectClean(ID, '# Check: the config is mounted\nFROM alpine:3.20\n# Note: shipshape-check: quoted\nRUN echo "# shipshape-check: not a comment"\nCMD ["/app"]');
  });

  it('keeps an applied plan with something to check from looking clean', async () => {
    await initEngine();
    const plan = planHarden({ path: '/svc/Dockerfile', text: 'FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nENTRYPOINT ["/out/app", "--config", "/run/secrets/app.yaml"]\n' });
    assert.ok(plan.ok);
    const findings = analyze({ path: '/svc/Dockerfile', text: plan.text }).findings.filter((f) => f.ruleId === ID);
    assert.deepEqual(findings.map((f) => f.message), ['Hardening left this to check: The start command reads /run/secrets/app.yaml, which the build does not create: mount it at run time or copy it into the runtime stage. Check it, then delete the comment']);
  });
});

describe(`${ID} fix`, () => {
  it('deletes the note with its continuation lines once checked', () => {
    const before = 'FROM golang:1.25 AS build\n# shipshape-check: The start command reads /etc/app.yaml: mount it at\n#   run time.\nFROM scratch\n';
    assert.deepEqual(fixTitles(ID, before), ['Checked: delete the note']);
    assert.equal(applyFix(ID, before), 'FROM golang:1.25 AS build\nFROM scratch\n');
    assert.equal(applyFix(ID, 'FROM scratch\n# shipshape-check: read-only root'), 'FROM scratch');
  });
});

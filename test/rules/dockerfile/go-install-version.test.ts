import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'go-install-version';

describe(ID, () => {
  before(() => initEngine());

  it('flags remote packages with @latest, a branch, or no version, in every stage', () => {
    expectFindings(ID, `FROM golang:1.23 AS build
RUN go install github.com/go-delve/delve/cmd/dlv@latest
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ go-install-version "go install github.com/go-delve/delve/cmd/dlv@latest installs whatever latest points to on build day: pin it (github.com/go-delve/delve/cmd/dlv@v<version>)"
FROM golang:1.23
RUN go install -ldflags "-s -w" -tags netgo \\
      golang.org/x/tools/cmd/goimports \\
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ go-install-version "go install golang.org/x/tools/cmd/goimports has no @version: pin it (golang.org/x/tools/cmd/goimports@v<version>) so every build installs the same code"
 && go install github.com/a/b@master
#              ^^^^^^^^^^^^^^^^^^^^^ go-install-version`);
  });

  it('sees go inside sh -c and heredocs', () => {
    expectFindings(ID, `FROM golang:1.23
RUN sh -c 'go install honnef.co/go/tools/cmd/staticcheck@latest'
#                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ go-install-version
RUN <<EOF
go install -v "github.com/swaggo/swag/cmd/swag@latest"
#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ go-install-version
EOF`);
  });

  it('leaves versions, local and standard packages, and variables alone', () => {
    expectClean(ID, `FROM golang:1.23
RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.1 golang.org/x/tools/gopls@v0.16.2
RUN go install && go install . ./cmd/... /src/tool cmd/gofmt std
RUN go install "\${TOOL}@\${VERSION}" github.com/a/b@$REF
RUN go build -o /out ./... && go get github.com/a/b && echo "go install x.io/y@latest"`);
  });

  it('offers no fix', () => {
    assert.deepEqual(fixTitles(ID, 'FROM golang:1.23\nRUN go install github.com/a/b@latest\n'), []);
  });
  it('agrees with hadolint DL3062 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN go install example.com/pkg', true],
      ['RUN go install example.com/pkg@v1.2.3', false],
      ['RUN go install example.com/pkg@latest', true],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});

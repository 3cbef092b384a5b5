import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'gem-pin-versions';

describe(ID, () => {
  before(() => initEngine());

  it('flags each gem without a version, in every stage', () => {
    expectFindings(ID, `FROM ruby:3.3 AS build
RUN gem install bundler
#               ^^^^^^^ gem-pin-versions "gem installs bundler in whatever version rubygems.org has today: pin it (bundler:<version> or -v <version>)"
FROM ruby:3.3-slim
RUN gem update --system \\
 && gem i --no-document rake:13.2.1 \\
      foreman
#     ^^^^^^^ gem-pin-versions
RUN sh -c 'gem install -N nokogiri -- --use-system-libraries'
#                         ^^^^^^^^ gem-pin-versions
RUN <<EOF
gem install --install-dir /gems rails
#                               ^^^^^ gem-pin-versions
EOF`);
  });

  it('leaves versions, -v, Gemfiles, gem files and variables alone', () => {
    expectClean(ID, `FROM ruby:3.3
RUN gem install bundler:2.5.22 && gem install bundler -v 2.5.22 && gem install rake --version '~> 13.0'
RUN gem install -g Gemfile && gem install ./pkg/app-1.0.gem vendor/x.gem && gem install "$GEM"
RUN echo "gem install rails" && bundle install`);
  });

  it('offers no fix', () => {
    assert.deepEqual(fixTitles(ID, 'FROM ruby:3.3\nRUN gem install bundler\n'), []);
  });
  it('agrees with hadolint DL3028 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN gem install bundler', true],
      ['RUN gem install bundler:2.0.0', false],
      ['RUN gem install bundler -v 2.0.0', false],
      ['RUN gem install bundler --version 2.0.0', false],
      ['RUN gem install bundler:2.0.0 rake', true],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});

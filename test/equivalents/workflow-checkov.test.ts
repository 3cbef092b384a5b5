/**
 * Checkov's GitHub Actions checks against the workflow rules that list them.
 * CKV_GHA_2 reads the `run:` of every step for expressions an outsider
 * controls; CKV2_GHA_1 reads the workflow's top-level `permissions`.
 */
import { WORKFLOW, dedent, describeEquivalents } from './kubernetes-cases.js';

/** A workflow with one job whose steps are the given YAML list, and optional top-level lines. */
const workflow = (on: string, steps: string, top = '') =>
  `on: ${on}\n${top ? `${top}\n` : ''}jobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n${dedent(steps).replace(/^(?=.)/gm, '      ')}`;

describeEquivalents('checkov', WORKFLOW, {
  CKV_GHA_2: {
    rules: ['gha-no-script-injection'],
    cases: [
      {
        name: 'an issue title expanded in a multi-line script',
        text: workflow('issues', `
          - name: Check title
            run: |
              title="\${{ github.event.issue.title }}"
              if [[ ! $title =~ ^.*:\\ .*$ ]]; then
                echo "Bad issue title"
                exit 1
              fi`),
        fires: true,
      },
      { name: 'a pull request body', text: workflow('pull_request_target', '- run: echo "${{ github.event.pull_request.body }}"'), fires: true },
      { name: 'the head branch name', text: workflow('pull_request', '- run: git checkout ${{ github.head_ref }}'), fires: true },
      { name: 'a comment body without spaces in the braces', text: workflow('issue_comment', '- run: echo ${{github.event.comment.body}}'), fires: true },
      {
        name: 'the title passed through env',
        text: workflow('issues', `
          - name: Check title
            env:
              TITLE: \${{ github.event.issue.title }}
            run: echo "$TITLE"`),
        fires: false,
      },
      { name: 'a trusted context', text: workflow('pull_request', '- run: echo "${{ github.event.pull_request.number }} ${{ github.sha }}"'), fires: false },
      {
        name: 'an untrusted context given to an action input, not a script',
        text: workflow('issues', `
          - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
            with:
              script: console.log(context.payload.issue.title)
              github-token: \${{ secrets.GITHUB_TOKEN }}
          - uses: peter-evans/create-or-update-comment@71345be0265236311c031f5c7866368bd1eff043 # v4.0.0
            with:
              body: \${{ github.event.issue.title }}`),
        fires: false,
      },
    ],
  },
  CKV2_GHA_1: {
    rules: ['gha-no-write-all-permissions'],
    cases: [
      { name: 'top-level write-all', text: workflow('push', '- run: make', 'permissions: write-all'), fires: true },
      { name: 'top-level read-all', text: workflow('push', '- run: make', 'permissions: read-all'), fires: false },
      { name: 'top-level scoped permissions', text: workflow('push', '- run: make', 'permissions:\n  contents: read\n  packages: write'), fires: false },
      { name: 'no permissions block', text: workflow('push', '- run: make'), fires: false },
      { name: 'top-level write-all on a pull_request workflow', text: workflow('[push, pull_request]', '- run: make test', 'permissions: write-all'), fires: true },
    ],
  },
});

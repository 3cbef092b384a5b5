/** Entry point of the checks that run inside a code-server where only the packaged .vsix is installed. */
export { run } from '../../integration/index.js';

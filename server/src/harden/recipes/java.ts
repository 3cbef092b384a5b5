/** Java: the jar Maven or Gradle builds, run with `java -jar`. */
import type { Instruction } from 'dockerfile-ast';
import type { Artefacts, Launch } from '../types.js';

export function javaArtefacts(wd: string | undefined, words: string[] | undefined, instrs: Instruction[], version: string | undefined, launch: Launch): Artefacts | undefined {
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '').join('\n');
  const base = wd ?? '/app';
  let jar: string | undefined;
  if (words && words[0].endsWith('java')) {
    const j = words.indexOf('-jar');
    if (j >= 0 && words[j + 1]) jar = words[j + 1].startsWith('/') ? words[j + 1] : `${base}/${words[j + 1]}`;
  }
  if (!jar) {
    if (/\bmvnw?\b|mvnw/.test(runs)) jar = `${base}/target/*.jar`;
    else if (/\bgradlew?\b/.test(runs)) jar = `${base}/build/libs/*.jar`;
  }
  if (!jar) return undefined;
  const target = jar.includes('*') ? '/app/app.jar' : jar;
  return {
    builderHead: [],
    builderTail: [],
    copies: [`COPY --from=build ${jar} ${target}`],
    env: [],
    entry: [launch.launcher ?? 'java', '-jar', target],
    version,
  };
}

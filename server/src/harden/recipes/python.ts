/** Python: a virtualenv built in the builder and copied whole; the start command run by the runtime's interpreter. */
import type { Instruction } from 'dockerfile-ast';
import type { Artefacts, Context, Launch } from '../types.js';

export function pythonArtefacts(ctx: Context, wd: string, words: string[] | undefined, version: string, instrs: Instruction[], launch: Launch): Artefacts {
  const venv = '/opt/venv';
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '').join('\n');
  const toolEnv = [
    ...(/\bpoetry\s+install\b/.test(runs) ? ['POETRY_VIRTUALENVS_CREATE=false'] : []),
    ...(/\buv\s+sync\b/.test(runs) ? [`UV_PROJECT_ENVIRONMENT=${venv}`] : []),
  ];
  let entry: string[] | undefined;
  if (words) {
    const [cmd, ...rest] = words;
    const py = launch.launcher ?? 'python';
    if (/^(\/usr\/(local\/)?bin\/)?(python(3(\.\d+)?)?|pypy3?)$/.test(cmd)) entry = [py, ...rest];
    else if (/^(gunicorn|uvicorn|flask|celery|hypercorn|daphne|waitress-serve)$/.test(cmd)) entry = [py, '-m', cmd === 'waitress-serve' ? 'waitress' : cmd, ...rest];
  }
  // A minimal runtime's interpreter is not the venv's, so it finds the packages by PYTHONPATH; a python image uses the venv itself.
  const env = launch.minimal
    ? ['PYTHONDONTWRITEBYTECODE=1', 'PYTHONUNBUFFERED=1', `PYTHONPATH=${venv}/lib/python${version}/site-packages`]
    : ['PYTHONDONTWRITEBYTECODE=1', 'PYTHONUNBUFFERED=1', `VIRTUAL_ENV=${venv}`, `PATH="${venv}/bin:$PATH"`];
  return {
    builderHead: [`RUN python -m venv ${venv}`, ['ENV', `VIRTUAL_ENV=${venv}`, ...toolEnv, `PATH="${venv}/bin:$PATH"`].join(' ')],
    builderTail: [],
    copies: [`COPY --from=build ${venv} ${venv}`, `COPY --from=build ${wd} ${wd}`],
    env,
    entry,
    version,
  };
}

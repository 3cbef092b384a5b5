import doc from './python-env.md';
import { imageEcosystemOf } from '../../knowledge/images.js';
import { baseImageOf } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { chainOf, endsContinued, insertAfterEdit, isBaseImageBuild, stageVariables } from './lib/instructions.js';
import { nonShippingImage } from './lib/purpose.js';

const WANTED = ['PYTHONDONTWRITEBYTECODE', 'PYTHONUNBUFFERED'];
const PYTHON_TOOLS = /(?:^|[\s;&|(])(?:pip3?|python3?\s+-m\s+pip|poetry|pipenv|uv)\s+(?:install|sync)\b|python3?\s+-m\s+venv\b/;

/** A Python final stage without PYTHONDONTWRITEBYTECODE / PYTHONUNBUFFERED. */
const rule: DockerfileRule = {
  meta: {
    id: 'python-env',
    kind: 'dockerfile',
    title: 'Python image without PYTHONDONTWRITEBYTECODE and PYTHONUNBUFFERED',
    defaultSeverity: 'info',
    fix: 'safe',
    equivalents: [],
    doc,
  },
  check({ model, path, report }) {
    if (nonShippingImage(model, path)) return;
    const stage = model.finalStage;
    // Base images (the python image itself) leave these to the applications built on them.
    if (!stage || isBaseImageBuild(stage)) return;
    const vars = stageVariables(model, stage);
    const missing = WANTED.filter((name) => {
      const b = vars.get(name);
      return !b || b.kind !== 'ENV' || !b.value;
    });
    if (missing.length === 0) return;
    const python = imageEcosystemOf(baseImageOf(stage)) === 'python'
      || chainOf(stage).some((i) => i.getKeyword() === 'RUN' && PYTHON_TOOLS.test(i.getArgumentsContent() ?? ''));
    if (!python) return;
    const assignments = missing.map((m) => `${m}=1`);
    report({
      range: stage.from.getRange(),
      message: `This Python image does not set ${assignments.join(' and ')}: without them Python writes .pyc files at run time and buffers output, so logs arrive late or are lost on a crash`,
      fixes: endsContinued(model, stage.from) ? [] : [{
        title: `Add ENV ${assignments.join(' ')}`,
        safe: true,
        edits: [insertAfterEdit(model, stage.from, [`ENV ${assignments.join(' ')}`])],
      }],
    });
  },
};

export default rule;

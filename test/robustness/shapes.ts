/**
 * Generators of large-but-valid files, one per shape a hostile or generated
 * workspace can hold: many containers, stages, steps, patterns or services.
 */
export interface Shape {
  name: string;
  path: string;
  /** The size the table measures. */
  full: number;
  make(n: number): string;
}

export const SHAPES: Shape[] = [
  {
    name: 'pod-containers',
    path: '/w/pod.yaml',
    full: 1_000,
    make: (n) => {
      const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: big', 'spec:', '  containers:'];
      for (let i = 0; i < n; i++) lines.push(`    - name: c${i}`, `      image: nginx:1.${i % 30}`);
      return lines.join('\n') + '\n';
    },
  },
  {
    name: 'dockerfile-stages',
    path: '/w/Dockerfile',
    full: 20_000,
    make: (n) => {
      const lines = ['FROM alpine:3.20 AS s0', 'RUN echo 0 > /f0'];
      for (let i = 1; i < n; i++) lines.push(`FROM alpine:3.20 AS s${i}`, `COPY --from=s${i - 1} /f${i - 1} /f${i}`);
      return lines.join('\n') + '\n';
    },
  },
  {
    name: 'workflow-steps',
    path: '/w/.github/workflows/ci.yml',
    full: 20_000,
    make: (n) => {
      const lines = ['name: ci', 'on: [issues]', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:'];
      for (let i = 0; i < n; i++) {
        if (i % 2) lines.push(`      - run: echo "\${{ github.event.issue.title }}" ${i}`);
        else lines.push(`      - name: step ${i}`, `        run: echo ${i}`);
      }
      return lines.join('\n') + '\n';
    },
  },
  {
    name: 'dockerignore-patterns',
    path: '/w/.dockerignore',
    full: 50_000,
    make: (n) => {
      const lines = ['.git', '.env'];
      for (let i = 0; i < n; i++) lines.push(i % 3 ? `dir${i}/**/*.tmp` : `!keep${i}.txt`);
      return lines.join('\n') + '\n';
    },
  },
  {
    name: 'compose-services',
    path: '/w/compose.yaml',
    full: 20_000,
    make: (n) => {
      const lines = ['services:'];
      for (let i = 0; i < n; i++) lines.push(`  s${i}:`, `    image: redis:7.${i % 4}`, `    ports: ["${10000 + (i % 50000)}:6379"]`);
      return lines.join('\n') + '\n';
    },
  },
];

/**
 * KICS's docker-compose queries against the Compose rules that list them:
 * for each query folder, services written as its own positive and negative
 * samples are, firing and quiet cases.
 */
import { COMPOSE, describeEquivalents, type ManifestCase } from './kubernetes-cases.js';

/** A Compose file with one service `web` whose extra settings are given (indented by four). */
function web(settings = '', rest = ''): string {
  return `services:\n  web:\n    image: nginx:1.27.0\n${settings.split('\n').filter(Boolean).map((l) => `    ${l}`).join('\n')}\n${rest}`;
}
const c = (name: string, text: string, fires: boolean): ManifestCase => ({ name, text, fires });

describeEquivalents('kics', COMPOSE, {
  memory_not_limited: {
    rules: ['compose-require-memory-limit'],
    cases: [
      c('no limits', web(), true),
      c('only a CPU limit', web('deploy:\n  resources:\n    limits: {cpus: "0.5"}'), true),
      c('deploy memory limit', web('deploy:\n  resources:\n    limits: {memory: 256M}'), false),
      c('mem_limit', web('mem_limit: 512m'), false),
    ],
  },
  cpus_not_limited: {
    rules: ['compose-require-cpu-limit'],
    cases: [
      c('no limits', web(), true),
      c('only a memory limit', web('deploy:\n  resources:\n    limits: {memory: 256M}'), true),
      c('deploy CPU limit', web('deploy:\n  resources:\n    limits: {cpus: "0.25"}'), false),
      c('cpus', web('cpus: 1.5'), false),
    ],
  },
  pids_limit_not_set: {
    rules: ['compose-require-pids-limit'],
    cases: [
      c('no pids_limit', web(), true),
      c('pids_limit -1 (unlimited)', web('pids_limit: -1'), true),
      c('pids_limit 100', web('pids_limit: 100'), false),
    ],
  },
  restart_policy_on_failure_not_set_to_5: {
    rules: ['compose-restart-policy-on-failure'],
    cases: [
      c('on-failure:6', web('restart: "on-failure:6"'), true),
      c('always', web('restart: always'), true),
      c('deploy restart_policy with max_attempts 10', web('deploy:\n  restart_policy: {condition: on-failure, max_attempts: 10}'), true),
      c('on-failure:5', web('restart: "on-failure:5"'), false),
      c('deploy restart_policy with max_attempts 5', web('deploy:\n  restart_policy: {condition: on-failure, max_attempts: 5}'), false),
    ],
  },
  networks_not_set: {
    rules: ['compose-require-networks'],
    cases: [
      c('no networks', web(), true),
      c('a second service without networks', web('networks: [front]', '  db:\n    image: postgres:16.4\nnetworks:\n  front: {}\n'), true),
      c('networks listed', web('networks: [front]', 'networks:\n  front: {}\n'), false),
    ],
  },
  shared_volumes_between_containers: {
    rules: ['compose-no-shared-volumes'],
    cases: [
      c('two services mount the same volume', web('volumes: ["shared:/data"]', '  app:\n    image: app:1.0.0\n    volumes: ["shared:/srv"]\nvolumes:\n  shared: {}\n'), true),
      c('long syntax, same volume', web('volumes: [{type: volume, source: shared, target: /data}]', '  app:\n    image: app:1.0.0\n    volumes: [{type: volume, source: shared, target: /srv}]\nvolumes:\n  shared: {}\n'), true),
      c('each service its own volume', web('volumes: ["a:/data"]', '  app:\n    image: app:1.0.0\n    volumes: ["b:/srv"]\nvolumes:\n  a: {}\n  b: {}\n'), false),
    ],
  },
  container_traffic_not_bound_to_host_interface: {
    rules: ['compose-bind-ports-to-host-interface'],
    cases: [
      c('port without an address', web('ports: ["8080:80"]'), true),
      c('long syntax without host_ip', web('ports: [{target: 80, published: 8080}]'), true),
      c('bound to 127.0.0.1', web('ports: ["127.0.0.1:8080:80"]'), false),
      c('no ports', web(), false),
    ],
  },
  privileged_containers_enabled: {
    rules: ['compose-no-privileged'],
    cases: [c('privileged: true', web('privileged: true'), true), c('privileged on a second service', web('', '  app:\n    image: app:1.0.0\n    privileged: true\n'), true), c('privileged: false', web('privileged: false'), false)],
  },
  docker_socket_mounted_in_container: {
    rules: ['compose-no-docker-socket'],
    cases: [
      c('short syntax', web('volumes: ["/var/run/docker.sock:/var/run/docker.sock"]'), true),
      c('read-only is still the socket', web('volumes: ["/var/run/docker.sock:/var/run/docker.sock:ro"]'), true),
      c('another bind mount', web('volumes: ["./html:/usr/share/nginx/html:ro"]'), false),
    ],
  },
  shared_host_network_namespace: {
    rules: ['compose-no-host-network'],
    cases: [c('network_mode host', web('network_mode: host'), true), c('network_mode "host"', web('network_mode: "host"'), true), c('network_mode bridge', web('network_mode: bridge'), false)],
  },
  network_mode_host_exists: {
    rules: ['compose-no-host-network'],
    cases: [c('network_mode host', web('network_mode: host'), true), c('host on a second service', web('', '  app:\n    image: app:1.0.0\n    network_mode: host\n'), true), c('no network_mode', web(), false)],
  },
  host_namespace_is_shared: {
    rules: ['compose-no-host-pid'],
    cases: [c('pid host', web('pid: host'), true), c('pid "host"', web('pid: "host"'), true), c('no pid', web(), false)],
  },
  shared_host_ipc_namespace: {
    rules: ['compose-no-host-ipc'],
    cases: [c('ipc host', web('ipc: host'), true), c('ipc "host"', web('ipc: "host"'), true), c('ipc shareable', web('ipc: shareable'), false)],
  },
  ipc_set_to_host: {
    rules: ['compose-no-host-ipc'],
    cases: [c('ipc host', web('ipc: host'), true), c('ipc host on a second service', web('', '  app:\n    image: app:1.0.0\n    ipc: host\n'), true), c('ipc private', web('ipc: private'), false)],
  },
  shared_host_user_namespace: {
    rules: ['compose-no-host-userns'],
    cases: [c('userns_mode host', web('userns_mode: host'), true), c('userns_mode "host"', web('userns_mode: "host"'), true), c('no userns_mode', web(), false)],
  },
  userns_set_to_host: {
    rules: ['compose-no-host-userns'],
    cases: [c('userns_mode host', web('userns_mode: host'), true), c('on a second service', web('', '  app:\n    image: app:1.0.0\n    userns_mode: host\n'), true), c('no userns_mode', web(), false)],
  },
  privileged_ports_mapped_in_container: {
    rules: ['compose-no-privileged-host-ports'],
    cases: [c('host port 80', web('ports: ["80:8080"]').replace('nginx:1.27.0', 'acme/api:1.4.0'), true), c('host port 443 on an address', web('ports: ["127.0.0.1:443:8443"]').replace('nginx:1.27.0', 'acme/api:1.4.0'), true), c('host port 22', web('ports: ["22:22"]'), true), c('host port 8080', web('ports: ["8080:80"]'), false)],
  },
  default_seccomp_profile_disabled: {
    rules: ['compose-no-seccomp-unconfined'],
    cases: [c('seccomp:unconfined', web('security_opt: ["seccomp:unconfined"]'), true), c('seccomp=unconfined', web('security_opt: ["seccomp=unconfined"]'), true), c('no-new-privileges only', web('security_opt: ["no-new-privileges:true"]'), false)],
  },
  cgroup_not_default: {
    rules: ['compose-no-cgroup-parent'],
    cases: [c('cgroup_parent set', web('cgroup_parent: m-executor-abcd'), true), c('cgroup_parent on a second service', web('', '  app:\n    image: app:1.0.0\n    cgroup_parent: custom\n'), true), c('no cgroup_parent', web(), false)],
  },
});

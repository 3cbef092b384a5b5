/**
 * Back-end services (databases, caches, queues, coordination stores): what
 * should be reachable by the other services but not from the network around
 * the host. Recognised by image name, or for built services by the
 * well-known port they listen on.
 */
import { parseImageRef } from '../../../parse/dockerfile.js';
import { imageOf, type ComposeService } from '../../../parse/compose.js';

/** Image names (last path part of the repository) and what they are. */
const IMAGES: [RegExp, string][] = [
  [/^(postgres|postgresql|postgis|timescaledb(-ha)?|pgvector|supabase-postgres|postgresql-repmgr)$/, 'PostgreSQL'],
  [/^(mysql|mysql-server|percona|percona-server|mariadb)$/, 'MySQL/MariaDB'],
  [/^(mongo|mongodb|mongodb-community-server)$/, 'MongoDB'],
  [/^(redis|redis-stack|redis-stack-server|valkey|keydb)$/, 'Redis'],
  [/^memcached$/, 'Memcached'],
  [/^rabbitmq$/, 'RabbitMQ'],
  [/^(elasticsearch|opensearch)$/, 'Elasticsearch'],
  [/^(kafka|cp-kafka|cp-server)$/, 'Kafka'],
  [/^(zookeeper|cp-zookeeper)$/, 'ZooKeeper'],
  [/^etcd$/, 'etcd'],
  [/^(cassandra|scylla)$/, 'Cassandra'],
  [/^(couchdb|couchbase)$/, 'CouchDB'],
  [/^(influxdb)$/, 'InfluxDB'],
  [/^neo4j$/, 'Neo4j'],
  [/^(nats|nats-streaming)$/, 'NATS'],
  [/^(clickhouse-server|clickhouse)$/, 'ClickHouse'],
  [/^(cockroach|cockroachdb)$/, 'CockroachDB'],
  [/^(activemq|activemq-artemis|artemis)$/, 'ActiveMQ'],
  [/^(arangodb|rethinkdb|dragonfly)$/, 'database'],
];

/** Container ports back-end software listens on by default. */
const PORTS = new Map<number, string>([
  [5432, 'PostgreSQL'], [3306, 'MySQL/MariaDB'], [33060, 'MySQL/MariaDB'], [1433, 'SQL Server'], [27017, 'MongoDB'],
  [6379, 'Redis'], [11211, 'Memcached'], [5672, 'RabbitMQ'], [9200, 'Elasticsearch'], [9300, 'Elasticsearch'],
  [9092, 'Kafka'], [2181, 'ZooKeeper'], [2379, 'etcd'], [2380, 'etcd'], [9042, 'Cassandra'], [5984, 'CouchDB'],
  [8086, 'InfluxDB'], [7687, 'Neo4j'], [4222, 'NATS'], [26257, 'CockroachDB'], [61616, 'ActiveMQ'],
]);

/** Answers by image reference: two rules ask about every service, one of them once per service that shares its network, and the same images recur across files. */
const known = new Map<string, string | undefined>();
const MAX_KNOWN = 1_000;

/** What back-end software an image reference is, or undefined. */
export function backendOfImage(image: string): string | undefined {
  if (image.includes('$')) return undefined;
  if (known.has(image)) return known.get(image);
  const what = readBackend(image);
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(image, what);
  return what;
}

function readBackend(image: string): string | undefined {
  const ref = parseImageRef(image);
  if (!ref) return undefined;
  const repo = ref.repository.toLowerCase();
  if (/(^|\/)mssql\/|azure-sql-edge$/.test(repo)) return 'SQL Server';
  const name = repo.split('/').pop() ?? repo;
  return IMAGES.find(([re]) => re.test(name))?.[1];
}

/** What back-end software listens on a container port by default, or undefined. */
export function backendOfPort(port: number | undefined): string | undefined {
  return port === undefined ? undefined : PORTS.get(port);
}

/** What back-end software a service runs, judged by its image; undefined for other services. */
export function backendOf(svc: ComposeService): string | undefined {
  const image = imageOf(svc);
  return image ? backendOfImage(image.text) : undefined;
}

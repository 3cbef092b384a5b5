/**
 * The environment variables official images set in their own Dockerfiles,
 * so that a reference such as `$GOPATH` or `$JAVA_HOME` in a Dockerfile built
 * on them is known to be defined without pulling the image. As of 2026-12-04:
 * python, golang, httpd, mongo, php, postgres, redis, ruby, tomcat, node and
 * nginx checked against their Dockerfiles in the docker-library, nodejs and
 * nginxinc repositories; the others from their official-image Dockerfiles
 * (and the .NET images' in dotnet/dotnet-docker). A name listed in excess
 * only makes `undefined-var` quieter. An image not listed here is "unknown",
 * and nothing is said about the variables it may set.
 */
import type { ImageRef } from '../parse/dockerfile.js';
import { officialName } from './images.js';

const JAVA = ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];
const GOSU = ['GOSU_VERSION', 'LANG'];

/** Official image name → the variables its config sets besides PATH. */
const ENV: Record<string, string[]> = {
  alpine: [], busybox: [], debian: [], ubuntu: [], fedora: ['DISTTAG', 'FGC', 'FBR'], centos: [], rockylinux: [], almalinux: [],
  amazonlinux: [], archlinux: ['LANG'], 'buildpack-deps': [],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  python: ['LANG', 'GPG_KEY', 'PYTHONIOENCODING', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
  golang: ['GOLANG_VERSION', 'GOLANG_COMMIT', 'GOTOOLCHAIN', 'GOPATH', 'GIT_VERSION', 'GIT_TAG', 'GIT_DOWNLOAD_URL', 'GIT_DOWNLOAD_SHA256'],
  openjdk: JAVA, 'eclipse-temurin': JAVA, amazoncorretto: JAVA, ibmjava: JAVA, sapmachine: JAVA,
  maven: [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'], gradle: [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION'],
  tomcat: [...JAVA, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'GPG_KEYS', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512'],
  ruby: ['LANG', 'RUBY_VERSION', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'RUBY_MAJOR', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
  php: ['PHPIZE_DEPS', 'PHP_INI_DIR', 'APACHE_CONFDIR', 'APACHE_ENVVARS', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_VERSION', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE', 'ACME_VERSION', 'OTEL_VERSION'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  postgres: [...GOSU, 'PG_MAJOR', 'PG_VERSION', 'PG_SHA256', 'PGDATA', 'DOCKER_PG_LLVM_DEPS'],
  mysql: [...GOSU, 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION'],
  mariadb: [...GOSU, 'MARIADB_VERSION', 'LC_ALL'],
  redis: ['REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA', 'REDIS_VERSION'],
  mongo: [...GOSU, 'JSYAML_VERSION', 'JSYAML_CHECKSUM', 'MONGO_DOWNLOAD_URL', 'MONGO_DOWNLOAD_SHA256', 'MONGO_PACKAGE', 'MONGO_REPO', 'MONGO_MAJOR', 'MONGO_VERSION', 'HOME', 'GLIBC_TUNABLES'],
  erlang: ['OTP_VERSION', 'REBAR3_VERSION', 'LANG'], elixir: ['OTP_VERSION', 'REBAR3_VERSION', 'ELIXIR_VERSION', 'LANG'],
  perl: ['PERL_VERSION'],
};

const DOTNET = ['APP_UID', 'ASPNETCORE_HTTP_PORTS', 'DOTNET_RUNNING_IN_CONTAINER', 'DOTNET_VERSION', 'ASPNET_VERSION', 'DOTNET_SDK_VERSION',
  'DOTNET_GENERATE_ASPNET_CERTIFICATE', 'DOTNET_NOLOGO', 'DOTNET_USE_POLLING_FILE_WATCHER', 'NUGET_XMLDOC_MODE', 'POWERSHELL_DISTRIBUTION_CHANNEL',
  'ASPNETCORE_URLS', 'DOTNET_SYSTEM_GLOBALIZATION_INVARIANT'];

/**
 * The variables an image's config is known to set (always `PATH`), or
 * undefined when the image is not known.
 */
export function imageEnv(image: ImageRef): Set<string> | undefined {
  const registry = image.registry?.toLowerCase();
  if (registry === 'mcr.microsoft.com' && image.repository.toLowerCase().startsWith('dotnet/')) return new Set(['PATH', ...DOTNET]);
  const name = officialName(image);
  const env = name === undefined || !Object.hasOwn(ENV, name) ? undefined : ENV[name];
  return env === undefined ? undefined : new Set(['PATH', ...env]);
}

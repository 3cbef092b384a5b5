/**
 * Environment variables that switch a framework into a debug or development
 * mode, with the value that turns it off for production. Shared by the
 * Dockerfile, Compose and Kubernetes debug-mode rules. Offline data as of
 * 2026-05.
 *
 * Sources: the deployment checklists of Flask (`FLASK_DEBUG`, `FLASK_ENV`),
 * Django (`DEBUG` as most settings modules read it), Express (`NODE_ENV`),
 * Rails/Rack (`RAILS_ENV`, `RACK_ENV`), Laravel/Symfony (`APP_ENV`,
 * `APP_DEBUG`), Elixir Mix (`MIX_ENV`), ASP.NET Core and the .NET generic host
 * (`ASPNETCORE_ENVIRONMENT`, `DOTNET_ENVIRONMENT`) and Gin (`GIN_MODE`).
 */

/** A variable that switches a framework into a development or debug mode, and its production value. */
export interface DebugVar {
  /** Case-insensitive test of the value. */
  debug: RegExp;
  /** The production value, given the debug value as written. */
  production: (value: string) => string;
}

const TRUTHY = /^(?:1|true|yes|on)$/i;
const falsy = (v: string) => ({ '1': '0', true: 'false', True: 'False', TRUE: 'FALSE', yes: 'no', Yes: 'No', on: 'off', On: 'Off' } as Record<string, string>)[v] ?? 'false';
const DEV = /^(?:development|dev)$/i;

/** Debug/development variables by upper-case name. */
export const DEBUG_VARS: Readonly<Record<string, DebugVar>> = {
  DEBUG: { debug: TRUTHY, production: falsy },
  DJANGO_DEBUG: { debug: TRUTHY, production: falsy },
  FLASK_DEBUG: { debug: TRUTHY, production: falsy },
  APP_DEBUG: { debug: TRUTHY, production: falsy },
  FLASK_ENV: { debug: DEV, production: () => 'production' },
  NODE_ENV: { debug: DEV, production: () => 'production' },
  APP_ENV: { debug: DEV, production: () => 'production' },
  RAILS_ENV: { debug: DEV, production: () => 'production' },
  RACK_ENV: { debug: DEV, production: () => 'production' },
  MIX_ENV: { debug: DEV, production: () => 'prod' },
  ASPNETCORE_ENVIRONMENT: { debug: DEV, production: () => 'Production' },
  DOTNET_ENVIRONMENT: { debug: DEV, production: () => 'Production' },
  GIN_MODE: { debug: /^debug$/i, production: () => 'release' },
};

/**
 * Whether `name=value` turns on a debug or development mode; returns the
 * variable's spec and the production value, or undefined.
 */
export function debugSetting(name: string, value: string): { spec: DebugVar; production: string } | undefined {
  const spec = Object.prototype.hasOwnProperty.call(DEBUG_VARS, name.toUpperCase()) ? DEBUG_VARS[name.toUpperCase()] : undefined;
  const v = value.trim();
  if (!spec || !spec.debug.test(v)) return undefined;
  return { spec, production: spec.production(v) };
}

/** Settings every service reads from the environment (README: Configuration). */
export interface ServiceConfig {
  databaseUrl: string;
  internalSecret: string;
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

export function serviceConfigFromEnv(): ServiceConfig {
  return { databaseUrl: requireEnv('DATABASE_URL'), internalSecret: requireEnv('INTERNAL_SECRET') };
}

/** How background jobs retry and when a silent worker's job is taken back; README.md lists the variables. */
export interface JobsConfig {
  /** A running job not finished by then is failed by maintenance and retried (a killed worker's job). */
  readonly expireSeconds: number;
  /** Retries after the first attempt; then the job is dead-lettered. */
  readonly retryLimit: number;
  /** First retry delay; it doubles (with jitter) on every further retry. */
  readonly retryDelaySeconds: number;
  /** How often one of the API processes runs pg-boss maintenance (expiry, archiving). */
  readonly maintenanceSeconds: number;
  readonly pollingSeconds: number;
  /** Connections of the job queue's own pool (runtime role). */
  readonly poolSize: number;
}

const positive = (env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}: ${raw}`);
  return value;
};

export function loadJobsConfig(env: NodeJS.ProcessEnv = process.env): JobsConfig {
  return {
    expireSeconds: positive(env, 'PCRM_JOB_EXPIRE_SECONDS', 900),
    retryLimit: Math.floor(positive(env, 'PCRM_JOB_RETRY_LIMIT', 3, 0)),
    retryDelaySeconds: Math.floor(positive(env, 'PCRM_JOB_RETRY_DELAY_SECONDS', 30)),
    maintenanceSeconds: positive(env, 'PCRM_JOB_MAINTENANCE_SECONDS', 60),
    pollingSeconds: positive(env, 'PCRM_JOB_POLL_SECONDS', 2, 0.5),
    poolSize: Math.floor(positive(env, 'PCRM_JOB_POOL_SIZE', 3)),
  };
}

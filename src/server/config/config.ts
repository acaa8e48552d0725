import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MAILBOX_SECURITIES, type MailboxSecurity } from '../../shared/api/mailboxes.js';
import type { S3Settings } from '../storage/s3-file-storage.js';
import type { WebhookSettings } from '../webhooks/webhook.worker.js';
import { type TrustProxy, trustProxyFromEnv } from './trust-proxy.js';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const urlFromEnv = (protocols: string[]) =>
  z
    .url({ message: `must be a full URL (${protocols.join(' or ')})` })
    .refine((value) => protocols.includes(new URL(value).protocol.replace(':', '')), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

/**
 * The embedded database's line of requests. PGlite runs one query at a time on the
 * server's own thread, so a couple in progress keep it busy; more only add waiting.
 * 64 waiting lets 50 users at once through with no 503; a second at most in line keeps
 * slow requests (a deep page on a loaded machine) from queueing past clients' patience.
 */
export const DEFAULT_EMBEDDED_QUEUE = { maxActive: 2, maxWaiting: 64, maxWaitMs: 1000 } as const;

/** Every environment variable the server reads, with its default and its rule. */
const environmentSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must be between 0 and 65535' })
    .max(65535, { message: 'must be between 0 and 65535' })
    .default(3000),
  HOST: z.string().min(1, { message: 'must not be empty' }).default('127.0.0.1'),
  DATA_DIR: z.string().min(1, { message: 'must not be empty' }).default('./data'),
  DATABASE_URL: urlFromEnv(['postgres', 'postgresql']).optional(),
  PUBLIC_URL: urlFromEnv(['http', 'https']).optional(),
  TRUST_PROXY: trustProxyFromEnv.default(false),
  SESSION_SECRET: z.string().min(32, { message: 'must be at least 32 characters long' }).optional(),
  SESSION_DAYS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(365, { message: 'must be at most 365' })
    .default(14),
  SESSION_MAX_DAYS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(3650, { message: 'must be at most 3650' })
    .default(30),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .default(600),
  EMBEDDED_MAX_ACTIVE: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 64' })
    .max(64, { message: 'must be between 1 and 64' })
    .default(DEFAULT_EMBEDDED_QUEUE.maxActive),
  EMBEDDED_MAX_WAITING: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must be between 0 and 10000' })
    .max(10_000, { message: 'must be between 0 and 10000' })
    .default(DEFAULT_EMBEDDED_QUEUE.maxWaiting),
  EMBEDDED_MAX_WAIT_MS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(10, { message: 'must be between 10 and 60000' })
    .max(60_000, { message: 'must be between 10 and 60000' })
    .default(DEFAULT_EMBEDDED_QUEUE.maxWaitMs),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 65535' })
    .max(65535, { message: 'must be between 1 and 65535' })
    .default(587),
  SMTP_SECURE: booleanFromEnv.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z
    .string()
    .min(3, { message: 'must be an address like Aitima <support@example.com>' })
    .default('Aitima <no-reply@localhost>'),
  COMPANY_NAME: z.string().min(1).default('Aitima'),
  MAIL_MAX_ATTEMPTS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(50, { message: 'must be at most 50' })
    .default(10),
  UPLOAD_MAX_FILE_MB: z.coerce
    .number({ message: 'must be a number' })
    .positive({ message: 'must be above 0' })
    .max(1024, { message: 'must be at most 1024' })
    .default(20),
  UPLOAD_MAX_FILES: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(100, { message: 'must be at most 100' })
    .default(10),
  MAILBOX_SECRET_KEY: z
    .string()
    .min(32, { message: 'must be at least 32 characters long' })
    .optional(),
  IMAP_HOST: z.string().min(1).optional(),
  IMAP_PORT: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 65535' })
    .max(65535, { message: 'must be between 1 and 65535' })
    .default(993),
  IMAP_SECURITY: z
    .enum(MAILBOX_SECURITIES, { message: 'must be one of tls, starttls, none' })
    .default('tls'),
  IMAP_USER: z.string().optional(),
  IMAP_PASSWORD: z.string().optional(),
  IMAP_FOLDER: z.string().min(1).default('INBOX'),
  IMAP_PROCESSED_FOLDER: z.string().min(1).default('Processed'),
  IMAP_ADDRESS: z
    .email({ message: 'must be an email address like support@example.com' })
    .optional(),
  IMAP_POLL_SECONDS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(5, { message: 'must be at least 5' })
    .max(3600, { message: 'must be at most 3600' })
    .default(60),
  OIDC_ISSUER_URL: urlFromEnv(['https', 'http']).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_BUTTON_LABEL: z
    .string()
    .min(1)
    .max(60, { message: 'must be at most 60 characters' })
    .optional(),
  OIDC_ALLOWED_DOMAINS: z.string().optional(),
  INBOUND_MAX_NEW_TICKETS_PER_HOUR: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(1000, { message: 'must be at most 1000' })
    .default(10),
  /** Extra certificate authorities (PEM) that webhook deliveries trust besides the system's. */
  WEBHOOK_CA_FILE: z.string().min(1).optional(),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 60' })
    .max(60, { message: 'must be between 1 and 60' })
    .default(10),
  WEBHOOK_MAX_ATTEMPTS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 20' })
    .max(20, { message: 'must be between 1 and 20' })
    .default(8),
  /** An S3-compatible store for uploads (AWS, MinIO, Ceph…); unset, uploads stay in DATA_DIR. */
  S3_ENDPOINT: urlFromEnv(['https', 'http']).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
      message: 'must be a bucket name: 3-63 lowercase letters, digits, dots and dashes',
    })
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFromEnv.optional(),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 1000' })
    .max(1000, { message: 'must be between 1 and 1000' })
    .default(5),
  /** Bearer token that GET /metrics asks for (on the public port, or on METRICS_PORT too). */
  METRICS_TOKEN: z
    .string()
    .min(16, { message: 'must be at least 16 characters long' })
    .regex(/^[\x21-\x7e]+$/, { message: 'must be printable ASCII without spaces' })
    .optional(),
  /** A port of its own for GET /metrics, on 127.0.0.1 only; the public port then has none. */
  METRICS_PORT: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 65535' })
    .max(65535, { message: 'must be between 1 and 65535' })
    .optional(),
  /** Days a webhook delivery's log line is kept (the newest lines of each endpoint stay anyway). */
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 3650' })
    .max(3650, { message: 'must be between 1 and 3650' })
    .default(30),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  isHttps: boolean;
  /** Whose X-Forwarded-* headers to believe (TRUST_PROXY); unset means none. */
  trustProxy?: TrustProxy;
  /** SESSION_SECRET; unset, the cookie keys live in the database (shared, rotatable). */
  sessionSecret: string | undefined;
  sessionDays: number;
  /** A session ends this many days after it began, even if used every day (SESSION_MAX_DAYS). */
  sessionMaxDays: number;
  logLevel: Environment['LOG_LEVEL'];
  rateLimitPerMinute: number;
  /**
   * Requests working on the embedded database at once, and waiting for a turn
   * (EMBEDDED_MAX_ACTIVE, EMBEDDED_MAX_WAITING), and for how long at most (EMBEDDED_MAX_WAIT_MS);
   * unset means the defaults. Unused on PostgreSQL.
   */
  embeddedQueue?: { maxActive: number; maxWaiting: number; maxWaitMs: number };
  smtp:
    | { host: string; port: number; secure: boolean; user?: string; password?: string }
    | undefined;
  mailFrom: string;
  /** Tries before an email is shown to admins as failed (MAIL_MAX_ATTEMPTS). */
  mailMaxAttempts: number;
  companyName: string;
  uploads: { maxFileBytes: number; maxFiles: number };
  inbound: InboundSettings;
  /** Webhook deliveries (WEBHOOK_*); unset means the defaults. */
  webhooks?: WebhookSettings;
  /** Staff single sign-on from OIDC_* variables (then read-only in the console). */
  sso?: EnvironmentSso;
  /** Uploads in an S3-compatible bucket (S3_* variables); unset, on local disk. */
  s3?: S3Settings;
  /** GET /metrics (METRICS_TOKEN, METRICS_PORT); unset means no metrics endpoint at all. */
  metrics?: MetricsSettings;
}

/** How Prometheus reaches /metrics: with a bearer token, on a loopback port of its own, or both. */
export interface MetricsSettings {
  token?: string;
  /** Served on 127.0.0.1:port only, and not on the public port. */
  port?: number;
}

/** An OpenID Connect provider for staff sign-in, given by the operator's environment. */
export interface EnvironmentSso {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  buttonLabel: string;
  allowedDomains: string[];
}

/** Reading support mailboxes (IMAP): the key their passwords are encrypted with, and the limits. */
export interface InboundSettings {
  /**
   * AES-256 key for secrets at rest (mailbox passwords, two-factor, webhooks, SSO):
   * MAILBOX_SECRET_KEY, or generated once into the database (shared by every process).
   */
  secretKey: Buffer;
  /** How often each active mailbox is read (IMAP_POLL_SECONDS). */
  pollIntervalMs: number;
  /** New tickets one sender may open by email in an hour; the rest wait for review. */
  maxNewTicketsPerSenderPerHour: number;
  /** A mailbox configured by IMAP_* variables (kept in the database, read-only in the console). */
  environmentMailbox:
    | {
        address: string;
        host: string;
        port: number;
        security: MailboxSecurity;
        username: string;
        password: string;
        folder: string;
        processedFolder: string;
      }
    | undefined;
}

/**
 * The configuration as the environment gives it: the encryption key is missing when
 * MAILBOX_SECRET_KEY is unset, until the database supplies it (withSharedSecrets).
 */
export type LoadedConfig = Omit<Config, 'inbound'> & {
  inbound: Omit<InboundSettings, 'secretKey'> & { secretKey: Buffer | undefined };
};

/** Thrown when the environment is invalid: one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; empty strings count as unset. */
export function parseEnvironment(env: NodeJS.ProcessEnv): Environment {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
    );
  }
  return result.data;
}

/**
 * Builds the server's configuration. Secrets that are not given (SESSION_SECRET,
 * MAILBOX_SECRET_KEY) are generated once into the database at start, so that every
 * process on one database shares them and they survive restarts.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const parsed = parseEnvironment(env);
  const missing = parsed.IMAP_HOST
    ? (['IMAP_USER', 'IMAP_PASSWORD', 'IMAP_ADDRESS'] as const).filter((name) => !parsed[name])
    : [];
  if (missing.length > 0) {
    throw new ConfigError(missing.map((name) => `${name} is needed when IMAP_HOST is set`));
  }
  const missingSso = parsed.OIDC_ISSUER_URL
    ? (['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const).filter((name) => !parsed[name])
    : [];
  if (missingSso.length > 0) {
    throw new ConfigError(
      missingSso.map((name) => `${name} is needed when OIDC_ISSUER_URL is set`),
    );
  }
  if (parsed.METRICS_PORT !== undefined && parsed.METRICS_PORT === parsed.PORT) {
    throw new ConfigError([
      'METRICS_PORT must differ from PORT (metrics stay off the public port)',
    ]);
  }
  const s3Named = (
    ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
  ).filter((name) => parsed[name]);
  const missingS3 =
    s3Named.length > 0
      ? (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter(
          (name) => !parsed[name],
        )
      : [];
  if (missingS3.length > 0) {
    throw new ConfigError(
      missingS3.map(
        (name) =>
          `${name} is needed when ${s3Named.join(', ')} ${s3Named.length > 1 ? 'are' : 'is'} set`,
      ),
    );
  }
  const dataDir = path.resolve(parsed.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const publicUrl = (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, '');
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    databaseUrl: parsed.DATABASE_URL,
    publicUrl,
    isHttps: publicUrl.startsWith('https://'),
    trustProxy: parsed.TRUST_PROXY,
    sessionSecret: parsed.SESSION_SECRET,
    sessionDays: parsed.SESSION_DAYS,
    sessionMaxDays: parsed.SESSION_MAX_DAYS,
    logLevel: parsed.LOG_LEVEL,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE,
    embeddedQueue: {
      maxActive: parsed.EMBEDDED_MAX_ACTIVE,
      maxWaiting: parsed.EMBEDDED_MAX_WAITING,
      maxWaitMs: parsed.EMBEDDED_MAX_WAIT_MS,
    },
    smtp: parsed.SMTP_HOST
      ? {
          host: parsed.SMTP_HOST,
          port: parsed.SMTP_PORT,
          secure: parsed.SMTP_SECURE,
          user: parsed.SMTP_USER,
          password: parsed.SMTP_PASSWORD,
        }
      : undefined,
    mailFrom: parsed.MAIL_FROM,
    mailMaxAttempts: parsed.MAIL_MAX_ATTEMPTS,
    companyName: parsed.COMPANY_NAME,
    uploads: {
      maxFileBytes: Math.round(parsed.UPLOAD_MAX_FILE_MB * 1024 * 1024),
      maxFiles: parsed.UPLOAD_MAX_FILES,
    },
    inbound: {
      secretKey: parsed.MAILBOX_SECRET_KEY ? encryptionKeyOf(parsed.MAILBOX_SECRET_KEY) : undefined,
      pollIntervalMs: parsed.IMAP_POLL_SECONDS * 1000,
      maxNewTicketsPerSenderPerHour: parsed.INBOUND_MAX_NEW_TICKETS_PER_HOUR,
      environmentMailbox: parsed.IMAP_HOST
        ? {
            address: parsed.IMAP_ADDRESS ?? '',
            host: parsed.IMAP_HOST,
            port: parsed.IMAP_PORT,
            security: parsed.IMAP_SECURITY,
            username: parsed.IMAP_USER ?? '',
            password: parsed.IMAP_PASSWORD ?? '',
            folder: parsed.IMAP_FOLDER,
            processedFolder: parsed.IMAP_PROCESSED_FOLDER,
          }
        : undefined,
    },
    ...(parsed.OIDC_ISSUER_URL
      ? {
          sso: {
            issuerUrl: parsed.OIDC_ISSUER_URL,
            clientId: parsed.OIDC_CLIENT_ID ?? '',
            clientSecret: parsed.OIDC_CLIENT_SECRET ?? '',
            buttonLabel: parsed.OIDC_BUTTON_LABEL ?? new URL(parsed.OIDC_ISSUER_URL).hostname,
            allowedDomains: (parsed.OIDC_ALLOWED_DOMAINS ?? '')
              .split(',')
              .map((domain) => domain.trim().toLowerCase())
              .filter(Boolean),
          },
        }
      : {}),
    ...(parsed.METRICS_TOKEN || parsed.METRICS_PORT
      ? { metrics: { token: parsed.METRICS_TOKEN, port: parsed.METRICS_PORT } }
      : {}),
    ...(s3SettingsOf(parsed) ? { s3: s3SettingsOf(parsed) } : {}),
    webhooks: {
      extraCa: parsed.WEBHOOK_CA_FILE ? readCaFile(parsed.WEBHOOK_CA_FILE) : undefined,
      timeoutMs: parsed.WEBHOOK_TIMEOUT_SECONDS * 1000,
      maxAttempts: parsed.WEBHOOK_MAX_ATTEMPTS,
      disableAfterFailures: parsed.WEBHOOK_DISABLE_AFTER_FAILURES,
      deliveryRetentionDays: parsed.WEBHOOK_DELIVERY_RETENTION_DAYS,
    },
  };
}

/** The S3-compatible bucket for uploads (S3_* variables, checked at load), or none: local disk. */
export function s3SettingsOf(parsed: Environment): S3Settings | undefined {
  if (!parsed.S3_BUCKET) return undefined;
  return {
    ...(parsed.S3_ENDPOINT ? { endpoint: parsed.S3_ENDPOINT } : {}),
    bucket: parsed.S3_BUCKET,
    region: parsed.S3_REGION,
    accessKeyId: parsed.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: parsed.S3_SECRET_ACCESS_KEY ?? '',
    // Servers other than AWS (an endpoint given) mostly want host/bucket/key.
    forcePathStyle: parsed.S3_FORCE_PATH_STYLE ?? parsed.S3_ENDPOINT !== undefined,
  };
}

/** The PEM file of WEBHOOK_CA_FILE, or a clear start-up error. */
function readCaFile(file: string): string {
  try {
    const pem = readFileSync(file, 'utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new Error('no certificate in it');
    return pem;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([`WEBHOOK_CA_FILE cannot be read as PEM certificates (${reason})`]);
  }
}

/** MAILBOX_SECRET_KEY as the 32-byte key it stands for. */
export const encryptionKeyOf = (fromEnvironment: string): Buffer =>
  createHash('sha256').update(fromEnvironment).digest();

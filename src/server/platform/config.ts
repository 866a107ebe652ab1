// The application's configuration: one zod schema, read once at start. A wrong value stops
// the start with a readable list; no secret has a default.
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { passwordProblemTexts } from "../../contracts/errors.js";
import { passwordProblem } from "../../domain/auth/password-policy.js";
import { isCommonPassword } from "./common-passwords.js";

const booleanFromEnv = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const configSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "phải bắt đầu bằng postgres:// hoặc postgresql://")
    .optional(),
  EMBEDDED_DB_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(1024).default(16),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** A statement that runs, or a database that stays silent, this long is given up (503). */
  DATABASE_QUERY_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(15),
  /** Below this much free space under DATA_DIR, writes are refused (507) before the disk fills. */
  STORAGE_MIN_FREE_MB: z.coerce.number().int().min(0).max(1_000_000).default(256),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 30)
    .default(12),
  /** However active, a session ends this long after its sign-in (default: a working week). */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 90)
    .default(120),
  COOKIE_SECURE: booleanFromEnv.default(false),
  /**
   * Which proxies' X-Forwarded-For entries to believe: "true" (or "yes") for a proxy on this
   * machine (loopback), or the proxies' addresses (CIDR and proxy-addr's names such as
   * `uniquelocal` allowed). Never a bare number of hops: a client reaching the port directly
   * would then choose its own address. Never the whole header, which the client writes.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default("false")
    .transform((v, ctx): false | string[] => {
      if (["false", "no", "0", ""].includes(v)) return false;
      if (v === "true" || v === "yes") return ["loopback"];
      const entries = v.split(",").map((a) => a.trim());
      const bad = entries.filter((a) => !isProxyAddress(a));
      if (bad.length > 0)
        ctx.addIssue({
          code: "custom",
          message: `phải là true, false hoặc danh sách địa chỉ proxy cách nhau bởi dấu phẩy (vd. 10.0.0.5, 10.1.0.0/16); không hiểu: ${bad.join(", ")}`,
        });
      return entries;
    }),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .min(0.01)
    .max(24 * 60)
    .default(15),
  ADMIN_INITIAL_PASSWORD: z
    .string()
    .superRefine((password, ctx) => {
      const problem = passwordProblem(password, "admin", isCommonPassword);
      if (problem) ctx.addIssue({ code: "custom", message: passwordProblemTexts[problem]!.vi });
    })
    .optional(),
  /** Largest evidence document accepted, in MB (decimals allowed, e.g. 0.5). */
  EVIDENCE_MAX_MB: z.coerce.number().positive().max(2048).default(25),
  /** Largest Excel form (biểu mẫu) an agency may upload, in MB. */
  FORM_UPLOAD_MAX_MB: z.coerce.number().positive().max(200).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST_DIR: z.string().min(1).default("./dist/web"),
  // E-mail: without SMTP_URL reminders stay in the app (outbox and notification list).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "phải có dạng smtp://… hoặc smtps://…")
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: "phải là địa chỉ http:// hoặc https://" })
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  REMINDER_DAYS_BEFORE: z
    .string()
    .regex(/^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/, "phải là các số ngày cách nhau bởi dấu phẩy, ví dụ 7,3,1")
    .default("7,3,1")
    .transform((v) => [...new Set(v.split(",").map((d) => Number(d.trim())))].sort((a, b) => b - a)),
  WORKER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
});

/** The schema with its rules across variables; a broken rule is listed like any wrong value. */
const checkedConfigSchema = configSchema.superRefine((c, ctx) => {
  if (c.SMTP_URL && !c.MAIL_FROM)
    ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "bắt buộc khi đã đặt SMTP_URL" });
});

export type AppConfig = z.infer<typeof configSchema> & {
  /** Where the embedded PostgreSQL keeps its cluster when DATABASE_URL is not set. */
  embeddedDbDir: string;
  /** Where uploaded and generated files are kept. */
  filesDir: string;
};

/** Variables whose values are, or may carry, secrets: a message about them never repeats them. */
const secretVariables = new Set(["ADMIN_INITIAL_PASSWORD", "DATABASE_URL", "SMTP_URL"]);

function shownValue(name: string, value: string | undefined): string {
  if (value === undefined) return "null";
  return secretVariables.has(name) ? `(ẩn, ${[...value].length} ký tự)` : JSON.stringify(value);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const proxyNames = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address, a CIDR range or one of proxy-addr's named ranges. */
function isProxyAddress(text: string): boolean {
  if (proxyNames.has(text)) return true;
  const [address, prefix, ...rest] = text.split("/");
  const version = isIP(address ?? "");
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === "" ? undefined : env[key]]),
  );
  const parsed = checkedConfigSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return `${name}: ${issue.message} (giá trị hiện tại: ${shownValue(name, relevant[name])})`;
      }),
    );
  }
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  return {
    ...parsed.data,
    DATA_DIR: dataDir,
    embeddedDbDir: path.join(dataDir, "postgres"),
    filesDir: path.join(dataDir, "files"),
  };
}

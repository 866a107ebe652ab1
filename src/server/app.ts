// Assembles the HTTP application: platform hooks, the features' routes, the API document and
// the web interface. Nothing here holds state another instance would need.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import "../contracts/zod-locale.js";
import type { Database } from "./db/client.js";
import { type Db, pingDb } from "./db/client.js";
import { agencyRoutes } from "./features/agencies/agencies.routes.js";
import { auditRoutes } from "./features/audit/audit.routes.js";
import { registerSessionHook } from "./features/auth/auth.hook.js";
import { authRoutes } from "./features/auth/auth.routes.js";
import type { AuthSettings } from "./features/auth/auth.service.js";
import { computationRoutes } from "./features/computations/computations.routes.js";
import { cycleRoutes, overdueRoutes, signOffQueueRoutes } from "./features/cycles/cycles.routes.js";
import { onBehalfRoutes } from "./features/cycles/on-behalf.routes.js";
import { documentRoutes } from "./features/documents/documents.routes.js";
import { dossierRoutes } from "./features/documents/dossier.routes.js";
import { evidenceRoutes } from "./features/evidence/evidence.routes.js";
import { formRoutes } from "./features/forms/forms.routes.js";
import { frameworkRoutes } from "./features/frameworks/frameworks.routes.js";
import { myFacilityRoutes } from "./features/ghg-facility-account/my-facility.routes.js";
import { ghgObligationRoutes } from "./features/ghg-obligations/ghg-obligations.routes.js";
import { ghgPictureRoutes } from "./features/ghg-picture/ghg-picture.routes.js";
import { ghgRegisterRoutes } from "./features/ghg-register/ghg-register.routes.js";
import { ghgReportRoutes } from "./features/ghg-reports/ghg-reports.routes.js";
import { ghgWorkReportRoutes } from "./features/ghg-work-report/ghg-work-report.routes.js";
import { mergerRoutes } from "./features/merger/merger.routes.js";
import { notificationRoutes } from "./features/notifications/notifications.routes.js";
import { outboxRoutes } from "./features/notifications/outbox.routes.js";
import { orgUnitRoutes } from "./features/org-units/org-units.routes.js";
import { pgiRoutes } from "./features/pgi/pgi.routes.js";
import { planContentRoutes } from "./features/plans/plan-content.routes.js";
import { planFromWhatIfRoutes } from "./features/plans/plan-from-what-if.routes.js";
import { planReportRoutes } from "./features/plans/plan-reports.routes.js";
import { planSynthesisRoutes } from "./features/plans/plan-synthesis.routes.js";
import { planRoutes } from "./features/plans/plans.routes.js";
import { publishedRoutes } from "./features/published/published.routes.js";
import { setupRoutes } from "./features/setup/setup.routes.js";
import { standingRoutes } from "./features/standing/standing.routes.js";
import { systemRoutes } from "./features/system/system.routes.js";
import { userRoutes } from "./features/users/users.routes.js";
import type { AppConfig } from "./platform/config.js";
import { AppError } from "./platform/errors.js";
import { FileStore } from "./platform/file-store.js";
import { handleError, sendError } from "./platform/http-errors.js";
import { loggableError } from "./platform/log-safety.js";
import { registerTextGuard } from "./platform/request-text.js";
import { registerSecurityHeaders } from "./platform/security-headers.js";
import { registerStorageGuard, StorageGuard } from "./platform/storage-guard.js";

export interface AppDeps {
  config: AppConfig;
  database: Database;
  logger?: FastifyServerOptions["logger"];
}

export function authSettingsOf(config: AppConfig): AuthSettings {
  return {
    sessionTtlMs: config.SESSION_TTL_HOURS * 3600 * 1000,
    sessionMaxMs: config.SESSION_MAX_HOURS * 3600 * 1000,
    maxFailures: config.LOGIN_MAX_FAILURES,
    lockMs: config.LOGIN_LOCK_MINUTES * 60 * 1000,
  };
}

async function pingWithin(db: Db, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("DATABASE_UNAVAILABLE")), ms);
  });
  try {
    await Promise.race([pingDb(db), late]);
  } catch (error) {
    throw error instanceof AppError
      ? error
      : new AppError("DATABASE_UNAVAILABLE", {}, undefined, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** What the log keeps: no cookies or credentials, and errors without a failed query's values. */
export function loggerOptions(config: AppConfig) {
  return {
    level: config.LOG_LEVEL,
    redact: ["req.headers.cookie", "req.headers.authorization", "res.headers['set-cookie']"],
    // Anything logged as `err` (or an Error given first) goes through here.
    serializers: { err: (error: unknown) => loggableError(error) },
  };
}

export async function buildApp({ config, database, logger }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? loggerOptions(config),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  registerSecurityHeaders(app);
  await app.register(fastifyCookie);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "PEPI Hub API",
        description: "API của PEPI Hub: chỉ số PEPI, PGI và kiểm kê khí nhà kính của tỉnh",
        version: "0.1.0",
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "pepi_session" } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  const db = database.db;
  registerSessionHook(app, db, authSettingsOf(config), database.changes);
  registerTextGuard(app);
  const storage = new StorageGuard(config.DATA_DIR, config.STORAGE_MIN_FREE_MB * 1024 * 1024);
  registerStorageGuard(app, storage);

  app.get(
    "/api/health",
    {
      config: { public: true },
      schema: { tags: ["system"], summary: "Tình trạng máy chủ và cơ sở dữ liệu" },
    },
    async () => {
      // A database that hangs is reported as down within two seconds, not after the request's.
      await pingWithin(db, 2000);
      const space = storage.state();
      if (!space.ok) throw new AppError("STORAGE_FULL");
      const freeMb = Number.isFinite(space.freeBytes) ? Math.floor(space.freeBytes / 1024 / 1024) : null;
      return {
        status: "ok",
        database: database.kind,
        storage: { freeMb, minFreeMb: config.STORAGE_MIN_FREE_MB },
      };
    },
  );
  await app.register(authRoutes, {
    prefix: "/api/auth",
    db,
    settings: authSettingsOf(config),
    cookieSecure: config.COOKIE_SECURE,
  });
  await app.register(agencyRoutes, { prefix: "/api/agencies", db, changes: database.changes });
  await app.register(userRoutes, {
    prefix: "/api/users",
    db,
    maxUploadBytes: Math.floor(config.FORM_UPLOAD_MAX_MB * 1024 * 1024),
  });
  await app.register(orgUnitRoutes, { prefix: "/api/org-units", db });
  await app.register(setupRoutes, {
    prefix: "/api/setup",
    db,
    maxUploadBytes: Math.floor(config.FORM_UPLOAD_MAX_MB * 1024 * 1024),
  });
  await app.register(mergerRoutes, {
    prefix: "/api/merger",
    db,
    maxUploadBytes: Math.floor(config.FORM_UPLOAD_MAX_MB * 1024 * 1024),
  });
  await app.register(auditRoutes, { prefix: "/api/audit-events", db });
  await app.register(systemRoutes, { prefix: "/api/admin", db, filesDir: config.filesDir });
  await app.register(frameworkRoutes, { prefix: "/api/frameworks", db });
  await app.register(computationRoutes, { prefix: "/api/computations", db });
  await app.register(publishedRoutes, { prefix: "/api/published-results", db });
  await app.register(standingRoutes, { prefix: "/api/standing", db, changes: database.changes });
  await app.register(pgiRoutes, { prefix: "/api/pgi", db, changes: database.changes });
  await app.register(ghgRegisterRoutes, { prefix: "/api/ghg", db, changes: database.changes });
  await app.register(ghgPictureRoutes, { prefix: "/api/ghg", db, changes: database.changes });
  await app.register(ghgWorkReportRoutes, { prefix: "/api/ghg", db });
  await app.register(myFacilityRoutes, { prefix: "/api/ghg", db });
  await app.register(ghgObligationRoutes, { prefix: "/api/ghg", db });
  const store = new FileStore(config.filesDir);
  await app.register(ghgReportRoutes, {
    prefix: "/api/ghg",
    db,
    store,
    maxBytes: Math.floor(config.EVIDENCE_MAX_MB * 1024 * 1024),
  });
  await app.register(planRoutes, { prefix: "/api/plans", db });
  await app.register(planFromWhatIfRoutes, { prefix: "/api/plans", db });
  await app.register(planContentRoutes, {
    prefix: "/api/plans",
    db,
    store,
    changes: database.changes,
    maxBytes: Math.floor(config.EVIDENCE_MAX_MB * 1024 * 1024),
  });
  await app.register(planReportRoutes, {
    prefix: "/api/plans",
    db,
    store,
    maxBytes: Math.floor(config.EVIDENCE_MAX_MB * 1024 * 1024),
  });
  await app.register(planSynthesisRoutes, { prefix: "/api/plans", db });
  await app.register(evidenceRoutes, {
    prefix: "/api",
    db,
    store,
    maxBytes: Math.floor(config.EVIDENCE_MAX_MB * 1024 * 1024),
  });
  await app.register(onBehalfRoutes, {
    prefix: "/api",
    db,
    store,
    maxBytes: Math.floor(config.EVIDENCE_MAX_MB * 1024 * 1024),
  });
  await app.register(notificationRoutes, { prefix: "/api/notifications", db });
  const mailEnabled = Boolean(config.SMTP_URL);
  await app.register(outboxRoutes, { prefix: "/api/admin/outbox", db, mailEnabled });
  await app.register(cycleRoutes, { prefix: "/api/cycles", db });
  await app.register(overdueRoutes, { prefix: "/api/overdue", db });
  await app.register(signOffQueueRoutes, { prefix: "/api/sign-off-queue", db });
  await app.register(formRoutes, {
    prefix: "/api/cycles",
    db,
    maxUploadBytes: Math.floor(config.FORM_UPLOAD_MAX_MB * 1024 * 1024),
  });
  await app.register(documentRoutes, { prefix: "/api/cycles", db });
  await app.register(dossierRoutes, {
    prefix: "/api/cycles",
    db,
    store,
    maxBytes: Math.floor(config.EVIDENCE_MAX_MB * 1024 * 1024),
  });

  await registerWebInterface(app, config.WEB_DIST_DIR);
  return app;
}

/** Serves the built React app; any unknown non-API GET gets index.html so deep links work. */
async function registerWebInterface(app: FastifyInstance, distDir: string) {
  const root = path.resolve(distDir);
  const hasWeb = fs.existsSync(path.join(root, "index.html"));
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === "GET" && !request.url.startsWith("/api/");
    if (isPage && hasWeb) return reply.type("text/html").sendFile("index.html");
    return sendError(reply, request, "ROUTE_NOT_FOUND", {
      method: request.method,
      url: request.url.split("?")[0],
    });
  });
}

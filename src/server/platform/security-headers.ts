import type { FastifyInstance } from "fastify";
import { AppError } from "./errors.js";

// Ant Design writes its styles at run time, hence 'unsafe-inline' for styles only.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function registerSecurityHeaders(app: FastifyInstance) {
  // Besides SameSite cookies: a browser sends Origin on cross-site writes, and those are refused.
  app.addHook("onRequest", async (request) => {
    const origin = request.headers.origin;
    if (!origin || !unsafeMethods.has(request.method) || !request.url.startsWith("/api/")) return;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError("CROSS_SITE_REQUEST");
    }
    if (originHost !== request.headers.host) throw new AppError("CROSS_SITE_REQUEST");
  });
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    // Every page, the API document's included (its scripts are files, not inline).
    reply.header("content-security-policy", contentSecurityPolicy);
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });
}

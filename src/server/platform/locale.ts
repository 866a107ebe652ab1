import type { FastifyRequest } from "fastify";
import type { Locale } from "../../contracts/errors.js";

export const localeCookie = "pepi_locale";

/** Vietnamese unless the person chose English (cookie) or the browser asks only for English. */
export function requestLocale(request: FastifyRequest): Locale {
  const chosen = (request.cookies as Record<string, string | undefined> | undefined)?.[localeCookie];
  if (chosen === "en" || chosen === "vi") return chosen;
  const accept = request.headers["accept-language"] ?? "";
  return /^en\b/i.test(accept) ? "en" : "vi";
}

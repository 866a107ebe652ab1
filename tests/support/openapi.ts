// The API document as tests walk it: every operation with its parameters and JSON body schema,
// and the smallest body a schema accepts, so a test can reach what comes after validation.
import type { FastifyInstance } from "fastify";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  additionalProperties?: boolean | JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  params: string[];
  query: string[];
  /** The JSON body's schema, if the operation takes one. */
  body?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export async function operations(app: FastifyInstance): Promise<Operation[]> {
  const doc = (await app.inject({ method: "GET", url: "/api/docs/json" })).json();
  const result: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, OpenApiOperation>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const parameters = op.parameters ?? [];
      result.push({
        method: method.toUpperCase(),
        path,
        params: parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: parameters.filter((p) => p.in === "query").map((p) => p.name),
        body: op.requestBody?.content?.["application/json"]?.schema,
      });
    }
  }
  return result;
}

/** A value for each pattern the schemas use; a new pattern fails until it gets one here. */
const patternSamples: Record<string, string> = {
  "^[A-Za-z0-9_.-]+$": "MA-1",
  "^[a-z0-9_.-]+$": "ten.moi",
  "^(element|indicator):[A-Za-z0-9_.-]+$": "indicator:07",
  "^(element|indicator|evidence):[A-Za-z0-9_.-]+$": "indicator:07",
};

/** Values the body of a request should point at (an agency, an administrative unit). */
export interface SampleHints {
  agencyId: string;
  orgUnitId: string;
}

/** The smallest value the schema accepts: required fields only, first choices, lowest bounds. */
export function sampleOf(schema: JsonSchema, hints: SampleHints, name = ""): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return sampleOf(choice.find((s) => s.type !== "null") ?? choice[0]!, hints, name);
  if (schema.allOf) return sampleOf(Object.assign({}, ...schema.allOf), hints, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const value: Record<string, unknown> = {};
      for (const field of schema.required ?? [])
        value[field] = sampleOf(schema.properties?.[field] ?? {}, hints, field);
      return value;
    }
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}, hints, name));
    case "integer":
    case "number":
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case "boolean":
      return false;
    case "null":
      return null;
    case "string": {
      if (schema.format === "uuid" || schema.pattern?.includes("[0-9a-fA-F]{8}"))
        return name === "orgUnitId"
          ? hints.orgUnitId
          : name === "agencyId"
            ? hints.agencyId
            : crypto.randomUUID();
      if (schema.format === "email" || schema.pattern?.includes("@")) return "can.bo@example.gov.vn";
      if (schema.format === "date" || schema.pattern?.includes("-02-29")) return "2024-01-15";
      if (schema.format === "date-time") return "2024-01-15T00:00:00.000Z";
      if (schema.pattern) {
        const sample = patternSamples[schema.pattern];
        if (sample === undefined)
          throw new Error(`no sample for the pattern ${schema.pattern} (field ${name})`);
        return sample;
      }
      return "Mẫu thử dài đủ mười hai ký tự 2026".slice(
        0,
        Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 34, 34)),
      );
    }
    default:
      return {};
  }
}

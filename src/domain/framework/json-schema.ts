import { z } from "zod";
import { frameworkSchema } from "./schema.js";

/** The JSON Schema of a framework file, for editors and for people writing one by hand. */
export function frameworkJsonSchema(): Record<string, unknown> {
  return {
    title: "PEPI Hub framework file (pepi-hub/framework@1)",
    ...z.toJSONSchema(frameworkSchema, { io: "input", unrepresentable: "any" }),
  };
}

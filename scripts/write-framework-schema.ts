// Writes frameworks/framework.schema.json, the published JSON Schema of framework files, from
// the zod schema the application validates them with. A test checks that it is up to date.
import { writeFileSync } from "node:fs";
import { frameworkJsonSchema } from "../src/domain/framework/json-schema.js";

const target = new URL("../frameworks/framework.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
console.log(`Đã ghi ${target.pathname}`);

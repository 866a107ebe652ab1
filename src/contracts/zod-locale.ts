// Validation messages in Vietnamese, the working language, wherever zod validates (API bodies,
// framework files, the command line). Importing this module sets it once for the process.
import { z } from "zod";

z.config(z.locales.vi());

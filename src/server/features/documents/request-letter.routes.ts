// Download of the request letter, generated from the cycle and its draft text as they are now.
// Registered by documents.routes.ts under /api/cycles.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { renderDocx } from "../../documents/docx.js";
import { notFound } from "../../platform/errors.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { authorizeOnCycle } from "../cycles/cycle-access.js";
import {
  buildInternalAssignment,
  buildRequestLetter,
  internalAssignmentFileName,
  requestLetterFileName,
} from "./request-letter.js";

const params = z.object({ cycleId: z.uuid() });
const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const requestLetterRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/:cycleId/documents/request-letter.docx",
    {
      schema: {
        tags: ["documents"],
        summary: "Công văn đề nghị các cơ quan cung cấp số liệu (.docx)",
        params,
      },
    },
    async (request, reply) => {
      const { cycleId } = request.params;
      const { cycle } = await authorizeOnCycle(request, db, cycleId, "document.read");
      const content = await heavyWork.run(async () => renderDocx(await buildRequestLetter(db, cycleId)));
      return reply
        .type(docxType)
        .header("content-disposition", attachmentDisposition(requestLetterFileName(cycle.year)))
        .send(content);
    },
  );
  app.get(
    "/:cycleId/documents/internal-assignment.docx",
    {
      schema: {
        tags: ["documents"],
        summary: "Phiếu giao nhiệm vụ cho các phòng, đơn vị thuộc Sở (.docx)",
        params,
      },
    },
    async (request, reply) => {
      const { cycleId } = request.params;
      const { cycle } = await authorizeOnCycle(request, db, cycleId, "document.read");
      const content = await heavyWork.run(async () => {
        const document = await buildInternalAssignment(db, cycleId);
        return document && renderDocx(document);
      });
      // The department reports nothing itself this year: there is nothing to assign.
      if (!content) throw notFound("internalAssignment");
      return reply
        .type(docxType)
        .header("content-disposition", attachmentDisposition(internalAssignmentFileName(cycle.year)))
        .send(content);
    },
  );
};

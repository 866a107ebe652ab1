// Going ahead without a silent agency: the coordinator records the letter an agency sent its
// figures by and sends them for it; the agency or the coordinator records a figure the agency
// does not have. The letters are read by whoever may read the agency's form.
import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, okSchema } from "../../../contracts/common.js";
import {
  agencyFormSchema,
  noDataRequestSchema,
  uploadLetterFieldsSchema,
} from "../../../contracts/cycles.js";
import { can } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import type { FileStore } from "../../platform/file-store.js";
import { auditContext, authorize, requireActor } from "../../platform/request.js";
import { readUpload, sendStoredDocument, uploadFields } from "../evidence/evidence.upload.js";
import { buildForm } from "./form.service.js";
import { guardAgencyChange } from "./guards.js";
import { markNoData } from "./no-data.service.js";
import { getLetter, receiveLetter } from "./on-behalf.service.js";
import { participantOf } from "./participant.js";
import { runSubmissionCommand } from "./workflow.service.js";

const agencyParams = z.object({ id: z.uuid(), agencyId: z.uuid() });
const elementParams = agencyParams.extend({ element: z.string().min(1).max(100) });
const tags = ["cycles"];

export interface OnBehalfRouteOptions {
  db: Db;
  store: FileStore;
  maxBytes: number;
}

export const onBehalfRoutes: FastifyPluginAsyncZod<OnBehalfRouteOptions> = async (
  app,
  { db, store, maxBytes },
) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxBytes + 1 } });

  app.post(
    "/cycles/:id/agencies/:agencyId/letters",
    {
      schema: {
        tags,
        summary:
          "Ghi nhận văn bản cơ quan gửi số liệu để nhập thay (multipart/form-data: docNumber, docDate, note và tệp văn bản)",
        params: agencyParams,
        response: { 200: agencyFormSchema },
      },
    },
    async (request, reply) => {
      const { id, agencyId } = request.params;
      reply.header("connection", "close");
      const actor = authorize(request, "cycle.manage");
      await guardAgencyChange(db, id, agencyId);
      const upload = await readUpload(request, store, maxBytes);
      reply.removeHeader("connection");
      try {
        const fields = uploadFields(uploadLetterFieldsSchema, upload.fields);
        const input = {
          cycleId: id,
          agencyId,
          fileName: upload.fileName,
          fields,
          file: upload.file,
        };
        await receiveLetter(db, store, input, auditContext(request));
      } finally {
        await store.discard(upload.file);
      }
      return buildForm(db, id, agencyId, actor);
    },
  );

  app.get(
    "/letters/:id/file",
    { schema: { tags, summary: "Tải văn bản cơ quan gửi số liệu", params: idParamsSchema } },
    async (request, reply) => {
      const row = await getLetter(db, request.params.id);
      authorize(request, "submission.read", { agencyId: row.agencyId });
      if (!(await store.has("evidence", row.sha256))) throw new AppError("NOT_FOUND", { entity: "letter" });
      return sendStoredDocument(reply, store, row);
    },
  );

  app.post(
    "/cycles/:id/agencies/:agencyId/submit-on-behalf",
    {
      schema: {
        tags,
        summary: "Gửi thay số liệu đã nhập theo văn bản của cơ quan",
        params: agencyParams,
        response: { 200: agencyFormSchema },
      },
    },
    async (request) => {
      const { id, agencyId } = request.params;
      const actor = authorize(request, "cycle.manage");
      await runSubmissionCommand(db, id, agencyId, "submit", participantOf(request), undefined, {
        onBehalf: true,
      });
      return buildForm(db, id, agencyId, actor);
    },
  );

  // The agency records a figure it does not have; so may the coordinator, entering for it from
  // its letter. Returns the options of the second case.
  const authorizeNoData = (request: Parameters<typeof requireActor>[0], agencyId: string) => {
    const actor = requireActor(request);
    if (can(actor, "submission.edit", { agencyId })) return {};
    if (!can(actor, "cycle.manage")) throw new AppError("FORBIDDEN");
    return { onBehalf: true } as const;
  };

  app.put(
    "/cycles/:id/agencies/:agencyId/no-data/:element",
    {
      schema: {
        tags,
        summary: "Ghi nhận một số liệu được giao là không có trong năm, kèm lý do",
        params: elementParams,
        body: noDataRequestSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const { id, agencyId, element } = request.params;
      const options = authorizeNoData(request, agencyId);
      await markNoData(db, id, agencyId, element, request.body.reason, auditContext(request), options);
      return { ok: true as const };
    },
  );

  app.delete(
    "/cycles/:id/agencies/:agencyId/no-data/:element",
    {
      schema: {
        tags,
        summary: "Bỏ ghi nhận không có số liệu",
        params: elementParams,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const { id, agencyId, element } = request.params;
      const options = authorizeNoData(request, agencyId);
      await markNoData(db, id, agencyId, element, null, auditContext(request), options);
      return { ok: true as const };
    },
  );
};

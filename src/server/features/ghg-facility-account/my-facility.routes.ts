// A greenhouse-gas facility's own account reads its register record and its obligations calendar
// here, never through the register (/api/ghg/facilities is the department's). Every other role is
// refused with 403: these endpoints are about "my facility", and they have none.
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type MyFacility, myFacilitySchema } from "../../../contracts/ghg-facility-account.js";
import { ghgCalendarQuerySchema, ghgCalendarSchema } from "../../../contracts/ghg-obligations.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { authorize, requireActor } from "../../platform/request.js";
import { facilityCalendar } from "../ghg-obligations/obligations.service.js";
import { facilityDetail } from "../ghg-register/ghg-facilities.service.js";
import { listLists } from "../ghg-register/ghg-register.repo.js";

export async function myFacility(db: Db, facilityId: string): Promise<MyFacility> {
  const f = await facilityDetail(db, facilityId);
  const titles = new Map((await listLists(db)).map((l) => [l.code, l.title]));
  return {
    id: f.id,
    name: f.name,
    taxCode: f.taxCode,
    address: f.address,
    listedAddress: f.listedAddress,
    sector: f.sector,
    subSector: f.subSector,
    ministry: f.ministry,
    lists: f.lists.map((code) => ({ code, title: titles.get(code) ?? code })),
    agencyName: f.agencyName,
    status: f.status,
    delistedBy: f.delistedBy,
    quotaSector: f.quotaStatus === "allocated" ? f.quotaSector : null,
    contactName: f.contactName,
    contactPhone: f.contactPhone,
    contactEmail: f.contactEmail,
  };
}

/** The facility of the account asking, which must be a facility's own account. */
function ownFacilityOf(request: FastifyRequest): string {
  const facilityId = requireActor(request).facilityId ?? null;
  if (!facilityId) throw new AppError("FORBIDDEN");
  authorize(request, "ghgReport.read", { facilityId });
  return facilityId;
}

export const myFacilityRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/my-facility",
    {
      schema: {
        tags: ["ghg"],
        summary: "Cơ sở của tài khoản cơ sở phát thải: thông tin trong sổ danh mục mà cơ sở được xem",
        response: { 200: myFacilitySchema },
      },
    },
    async (request) => myFacility(db, ownFacilityOf(request)),
  );

  app.get(
    "/my-facility/obligations",
    {
      // Refused before the query is read, as the other guarded routes are.
      preValidation: async (request) => {
        ownFacilityOf(request);
      },
      schema: {
        tags: ["ghg"],
        summary: "Lịch nghĩa vụ báo cáo khí nhà kính của cơ sở mình theo năm (tài khoản cơ sở phát thải)",
        querystring: ghgCalendarQuerySchema,
        response: { 200: ghgCalendarSchema },
      },
    },
    async (request) => facilityCalendar(db, ownFacilityOf(request), request.query),
  );
};

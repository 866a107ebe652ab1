// A greenhouse-gas facility's own account reads its register record here, never through the
// register (/api/ghg/facilities is the department's). Every other role is refused with 403: the
// endpoint is about "my facility", and they have none.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type MyFacility, myFacilitySchema } from "../../../contracts/ghg-facility-account.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { authorize, requireActor } from "../../platform/request.js";
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
    async (request) => {
      const facilityId = requireActor(request).facilityId ?? null;
      if (!facilityId) throw new AppError("FORBIDDEN");
      authorize(request, "ghgReport.read", { facilityId });
      return myFacility(db, facilityId);
    },
  );
};

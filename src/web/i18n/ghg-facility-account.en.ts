// English wording of a greenhouse-gas facility's own account.
import type { ghgFacilityAccountVi } from "./ghg-facility-account.vi.js";

export const ghgFacilityAccountEn: Record<keyof typeof ghgFacilityAccountVi, string> = {
  "user.facility": "Facility",
  "user.facilityRequired": "A facility's account must name its facility.",
  "user.facilityHint":
    "This account sees and sends only the chosen facility's reports; it belongs to no agency.",
  "user.facilityClosed":
    "This facility is closed or no longer listed. Its account can still be created so that it sees its records and earlier reports.",
  "user.import.facilityColumn":
    "A greenhouse-gas facility's account: role “Greenhouse-gas facility”, no agency code, and the column “Mã số thuế cơ sở” (the facility's tax code in the register).",

  "nav.myFacility": "My facility",
  "myFacility.title": "My facility",
  "myFacility.intro":
    "The facility as the province's greenhouse-gas register holds it. If something is wrong, tell the department that follows the facility.",
  "myFacility.name": "Facility name",
  "myFacility.taxCode": "Tax code",
  "myFacility.address": "Address",
  "myFacility.listedAddress": "Address on the list",
  "myFacility.sector": "Sector",
  "myFacility.ministry": "Managing ministry",
  "myFacility.lists": "On the lists",
  "myFacility.agency": "Followed by",
  "myFacility.contact": "Contact",
  "myFacility.status": "Status",
  "myFacility.quota": "Emission quota",
  "myFacility.noQuota": "No quota allocated",
  "myFacility.none": "None yet",
  "myFacility.home.card":
    "The facility in the register, its greenhouse-gas reporting obligations and the reports it has sent.",
  "myFacility.home.link": "Open the facility's page",
  "myFacility.noFacility": "This account is linked to no facility. Contact the administrator.",
  "myFacility.obligations": "Reporting obligations",
  "myFacility.noObligations": "No reporting obligation in these years.",
  "myFacility.col.year": "Year",
  "myFacility.col.owed": "Owed",
  "myFacility.col.due": "Due",
  "myFacility.col.fulfilment": "Standing",
  "myFacility.col.received": "Received",
  "myFacility.provisional": "Provisional date",
  "myFacility.fulfilment.on_time": "On time",
  "myFacility.fulfilment.late": "Late",
  "myFacility.fulfilment.missing": "Missing",
  "myFacility.fulfilment.not_due": "Not yet due",
  "myFacility.reports": "Reports sent",
};

// English wording of the province setup page.
import type { setupVi } from "./setup.vi.js";

export const setupEn: Record<keyof typeof setupVi, string> = {
  "nav.setup": "Province setup",
  "home.card.setup":
    "Choose the province this installation serves and import its communes, wards and special zones.",
  "setup.title": "Province setup",
  "setup.intro":
    "The first start for a real province: choose it (among the 34 in force since 1 July 2025), then import its communes, wards and special zones from the official list. Agencies are created from the post-reorganisation structure; rename or remove them on the Agencies page. The demonstration stays available beside it.",
  "setup.province.title": "The installation's province",
  "setup.province.choose": "Each installation serves one province; once chosen it cannot be changed.",
  "setup.province.pick": "Choose the province",
  "setup.province.submit": "Choose",
  "setup.province.confirmTitle": "Set this installation up for {name}?",
  "setup.province.confirmText":
    "Its agencies will be created from the structure in force since 1 July 2025 (departments, boards, statistics office, police, water utility). The province cannot be changed afterwards.",
  "setup.province.confirmOk": "Set up",
  "setup.province.name": "Official name",
  "setup.province.place": "Place in the date line",
  "setup.province.committee": "People's Committee in documents",
  "setup.province.department": "Department in documents",
  "setup.province.chosenAt": "Set up at",
  "setup.province.agencies": "Agencies",
  "setup.province.agencyCount": "{count} agencies",
  "setup.province.template":
    "The agencies come from the post-reorganisation template (Decree 45/2025/NĐ-CP): give the board and the water utility their real names, and remove those the province does not have.",
  "setup.communes.title": "Communes, wards and special zones",
  "setup.communes.none": "No commune imported yet.",
  "setup.communes.counts":
    "{total} imported: {xa} communes, {phuong} wards, {dacKhu} special zones; each has its People's Committee as a reporting agency.",
  "setup.communes.format":
    "An .xlsx or a UTF-8 .csv file whose first row is a header with the columns Mã (code), Tên (name), Loại (type: xã, phường, đặc khu) and optionally Tỉnh (province). One bad row and nothing is imported; codes already there are not imported again.",
  "setup.communes.pick": "Drop the list here or click to choose it",
  "setup.communes.hint": ".xlsx or .csv",
  "setup.communes.imported": "{count} communes, wards and special zones imported.",
  "user.import.open": "Create from a list",
  "user.import.title": "Create accounts from a list",
  "user.import.format":
    "An .xlsx or a UTF-8 .csv file, one person per row, with a header row: Tên đăng nhập (user name), Họ và tên (full name), Vai trò (role: cán bộ báo cáo, lãnh đạo cơ quan, điều phối viên…), Mã cơ quan (agency code, see the Agencies page), Thư điện tử (e-mail, optional). One bad row and no account is created. Administrators are not created from a list.",
  "user.import.pick": "Drop the list of accounts here or click to choose it",
  "user.import.done": "{count} accounts created.",
  "user.import.once":
    "The temporary passwords are shown this once: print the list to hand each person theirs. Everyone changes the password at the first sign-in.",
  "user.import.password": "Temporary password",
  "user.import.print": "Print the list",
  "user.import.printTitle": "PEPI Hub accounts and temporary passwords",
  "user.import.printNote":
    "Hand each person their own line. The temporary password must be changed at the first sign-in; do not keep this list once handed over.",
  "setup.former.title": "Former districts and communes (before 1 July 2025)",
  "setup.former.none": "No former districts and communes imported yet.",
  "setup.former.counts": "{communes} former communes in {districts} former districts imported.",
  "setup.former.format":
    "To follow the former areas and compare with figures before the merger: a .csv or .xlsx file, one row per former commune, with the columns Mã huyện cũ, Tên huyện cũ, Mã xã cũ, Tên xã cũ and Mã xã mới (the commune, ward or special zone it became part of, from the list above). One wrong row and nothing is imported.",
  "setup.former.pick": "Drop the list of former districts and communes here or click to choose",
  "setup.former.imported": "{count} former communes imported",
  "setup.former.communesFirst": "Import the current communes, wards and special zones first.",
};

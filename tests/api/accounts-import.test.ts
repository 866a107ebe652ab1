// Accounts for a province's communes created in bulk from a sheet: a bad sheet refused with each
// row's reason and no account created; a good one creating every account in one go, with first
// passwords returned once for the printed list and changed at the first sign-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountImportResult } from "../../src/contracts/users.js";
import { createAgency } from "../../src/server/features/agencies/agencies.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../support/app.js";
import { makeProvince } from "../support/factories.js";

let t: TestApp;
let admin: TestClient;
const communes: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInClient(t, "admin");
  const orgUnitId = await makeProvince(t.database.db);
  for (let n = 1; n <= 75; n++) {
    const code = `UBND-XA-${24000 + n}`;
    const agency = { code, name: `UBND xã Số ${n}`, kind: "commune_committee" as const, orgUnitId };
    await createAgency(t.database.db, { ...agency, hasHeadSignOff: false }, systemContext("test"));
    communes.push(code);
  }
});
afterAll(() => t.close());

const header = "Tên đăng nhập,Họ và tên,Vai trò,Mã cơ quan,Thư điện tử";
const sheet = (lines: string[]) => Buffer.from(`\uFEFF${[header, ...lines].join("\r\n")}\r\n`);

describe("accounts from a sheet", () => {
  it("refuses a sheet with an unknown agency, a repeated name or an administrator, creating nobody", async () => {
    const before = (await admin.get("/api/users")).json().items.length;
    const response = await admin.upload(
      "/api/users/import",
      {},
      {
        name: "tai-khoan.csv",
        content: sheet([
          `xa1.baocao,Nguyễn Văn An,Cán bộ báo cáo,${communes[0]},`,
          "xa2.baocao,Trần Văn Bình,Cán bộ báo cáo,UBND-XA-99999,",
          `xa1.baocao,Lê Văn Cường,Cán bộ báo cáo,${communes[2]},`,
          "quantri2,Phạm Văn Dũng,Quản trị hệ thống,,",
        ]),
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("LIST_FILE_INVALID");
    expect(response.json().error.details.map((d: { row: number }) => d.row)).toEqual([3, 4, 5]);
    expect((await admin.get("/api/users")).json().items.length).toBe(before);
  });

  it("creates 150 accounts at once, each shown with its first password, to change at first sign-in", async () => {
    const lines = communes.flatMap((code, i) => [
      `xa${i + 1}.baocao,Cán bộ xã Số ${i + 1},Cán bộ báo cáo,${code},xa${i + 1}@example.gov.vn`,
      `xa${i + 1}.chutich,Chủ tịch xã Số ${i + 1},Lãnh đạo cơ quan,${code},`,
    ]);
    const response = await admin.upload(
      "/api/users/import",
      {},
      { name: "tai-khoan.csv", content: sheet(lines) },
    );
    expect(response.statusCode, response.body).toBe(200);
    const result: AccountImportResult = response.json();
    expect(result.created).toBe(150);
    expect(result.accounts[0]).toMatchObject({
      username: "xa1.baocao",
      fullName: "Cán bộ xã Số 1",
      role: "reporter",
      agency: "UBND xã Số 1",
    });
    expect(new Set(result.accounts.map((a) => a.temporaryPassword)).size).toBe(150);

    const person = new TestClient(t.app);
    const first = result.accounts[1]!;
    expect((await person.login(first.username, first.temporaryPassword)).statusCode).toBe(200);
    expect((await person.get("/api/auth/me")).json()).toMatchObject({
      mustChangePassword: true,
      role: "agency_head",
    });

    // Never returned again: the list of users carries no password.
    expect((await admin.get("/api/users")).body).not.toContain(first.temporaryPassword);
    const coordinator = await signedInClient(t, "coordinator");
    expect(
      (
        await coordinator.upload(
          "/api/users/import",
          {},
          { name: "x.csv", content: sheet(lines.slice(0, 1)) },
        )
      ).statusCode,
    ).toBe(403);
  });

  it("creates a sheet sent twice at once only once: the second is refused by row", async () => {
    const lines = [
      `xa.doi1,Người Đôi Một,Cán bộ báo cáo,${communes[10]},`,
      `xa.doi2,Người Đôi Hai,Cán bộ báo cáo,${communes[11]},`,
    ];
    const send = () => admin.upload("/api/users/import", {}, { name: "doi.csv", content: sheet(lines) });
    const answers = await Promise.all([send(), send()]);
    // One creates the accounts; the other is refused with a clear reason, never a server error.
    const [created, refused] = [...answers].sort((a, b) => a.statusCode - b.statusCode);
    expect(created!.statusCode, refused!.body).toBe(200);
    expect(["LIST_FILE_INVALID", "CONCURRENT_DUPLICATE"]).toContain(refused!.json().error.code);
    expect([400, 409]).toContain(refused!.statusCode);
  });
});

// Accounts created in bulk from a sheet (a province's 150 communes, two people each): every row
// checked first, then every account in one transaction with its audit event, each with a random
// first password that is shown once, for the printable list, and must be changed at first sign-in.
import { randomUUID } from "node:crypto";
import type { AccountImportResult } from "../../../contracts/users.js";
import { readAccountList } from "../../../domain/auth/account-list.js";
import { roleNamesVi } from "../../../domain/auth/roles.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { generatePassword, hashPassword } from "../../platform/passwords.js";
import { activeAgenciesByCode } from "../agencies/agencies.repo.js";
import * as repo from "./users.repo.js";

/** Hashes at once: argon2 runs on libuv's threads, and each takes 19 MiB while it runs. */
const hashingAtOnce = 4;

async function hashAll(passwords: string[]): Promise<string[]> {
  const hashes: string[] = new Array(passwords.length);
  let next = 0;
  const worker = async () => {
    while (next < passwords.length) {
      const i = next++;
      hashes[i] = await hashPassword(passwords[i]!);
    }
  };
  await Promise.all(Array.from({ length: hashingAtOnce }, worker));
  return hashes;
}

export async function importAccounts(
  db: Db,
  rows: string[][],
  fileName: string,
  ctx: AuditContext,
): Promise<AccountImportResult> {
  const byCode = await activeAgenciesByCode(db);
  const taken = await repo.takenUsernames(db);
  const facilityByTaxCode = await repo.facilitiesByTaxCode(db);
  const { accounts, problems } = readAccountList(
    rows,
    new Set(byCode.keys()),
    taken,
    new Set(facilityByTaxCode.keys()),
  );
  if (problems.length > 0)
    throw new AppError(
      "LIST_FILE_INVALID",
      { file: fileName, count: problems.length },
      problems.map((p) => ({ field: p.field, row: p.row, message: p.message })),
    );
  const passwords = accounts.map(() => generatePassword());
  const hashes = await hashAll(passwords);
  const now = new Date();
  const created = accounts.map((a, i) => ({
    id: randomUUID(),
    username: a.username,
    fullName: a.fullName,
    email: a.email,
    role: a.role,
    agencyId: a.agencyCode ? byCode.get(a.agencyCode)!.id : null,
    facilityId: a.facilityTaxCode ? facilityByTaxCode.get(a.facilityTaxCode)!.id : null,
    passwordHash: hashes[i]!,
    mustChangePassword: true,
    active: true,
    isDemo: false,
    createdAt: now,
    updatedAt: now,
  }));
  await db.transaction(async (tx) => {
    // A name taken while the passwords were hashed refuses the whole sheet, with its row.
    await repo.lockAccountImport(tx);
    const takenNow = await repo.takenUsernames(
      tx,
      created.map((u) => u.username),
    );
    if (takenNow.size > 0)
      throw new AppError(
        "LIST_FILE_INVALID",
        { file: fileName, count: takenNow.size },
        accounts
          .filter((a) => takenNow.has(a.username))
          .map((a) => ({
            field: "username",
            row: a.row,
            message: `Tên đăng nhập “${a.username}” đã có người dùng`,
          })),
      );
    await repo.insertUsers(tx, created);
    for (const user of created)
      await recordAudit(tx, ctx, {
        type: "user.created",
        entityId: user.id,
        agencyId: user.agencyId,
        summary: `Thêm người dùng “${user.username}” (${roleNamesVi[user.role]}) từ danh sách “${fileName}”`,
        after: {
          username: user.username,
          fullName: user.fullName,
          email: user.email,
          role: user.role,
          agencyId: user.agencyId,
          facilityId: user.facilityId,
          active: true,
        },
      });
  });
  return {
    created: created.length,
    accounts: accounts.map((a, i) => ({
      username: a.username,
      fullName: a.fullName,
      role: a.role,
      agency: a.agencyCode ? byCode.get(a.agencyCode)!.name : null,
      facility: a.facilityTaxCode ? facilityByTaxCode.get(a.facilityTaxCode)!.name : null,
      temporaryPassword: passwords[i]!,
    })),
  };
}

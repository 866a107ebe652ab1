// An issued plan's Word file read into a draft, as its pasted text is: the paragraphs of
// word/document.xml (`domain/files/docx-text.ts`), then the same reading. The file is only read,
// never kept; anything but a .docx is refused with what to do instead.
import fs from "node:fs";
import type { PlanDraftView } from "../../../contracts/plan-content.js";
import { docxText } from "../../../domain/files/docx-text.js";
import { fileKinds, judgeFileType } from "../../../domain/files/file-type.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { detectFileContent } from "../../platform/file-inspect.js";
import type { ReceivedFile } from "../../platform/file-store.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { readPlanDraft } from "./plan-content.service.js";

/**
 * What a plan's Word file may unpack to, and the text it may hold (as much as may be pasted).
 * The text of seed 004 (25 pages) is about 25.000 characters, its document.xml a few hundred kB.
 */
export const planDocxLimits = { unpacked: 32 * 1024 * 1024, characters: 300_000 };

const instead =
  "Chỉ đọc được văn bản kế hoạch từ tệp Word (.docx); với bản PDF hay bản scan có chữ, hãy mở tệp, chọn toàn bộ nội dung, chép rồi dán vào ô văn bản";

const refused = (fileName: string, why: string) =>
  new AppError("VALIDATION_FAILED", {}, [
    { field: "file", message: `Không đọc được tệp “${fileName}”: ${why}.` },
  ]);

export async function readPlanDocx(db: Db, fileName: string, file: ReceivedFile): Promise<PlanDraftView> {
  if (file.sizeBytes === 0) throw new AppError("FILE_EMPTY", { file: fileName });
  const verdict = judgeFileType(fileName, await detectFileContent(file.tempPath, file.sizeBytes));
  if (!verdict.ok) throw refused(fileName, `${verdict.reason}. ${instead}`);
  if (verdict.kind === "doc")
    throw refused(
      fileName,
      "đây là tài liệu Word định dạng cũ (.doc). Hãy mở bằng Word, lưu lại thành .docx rồi chọn lại",
    );
  if (verdict.kind !== "docx") throw refused(fileName, `đây là ${fileKinds[verdict.kind].vi}. ${instead}`);
  const read = await heavyWork.run(async () =>
    docxText(await fs.promises.readFile(file.tempPath), planDocxLimits),
  );
  if (!read.ok) throw refused(fileName, read.reason);
  return readPlanDraft(db, read.text);
}

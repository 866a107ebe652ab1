// The text of an e-mail. A message is queued inside a service's transaction, which does not
// know the public address of the site, so the link is stored as a path on its own line and
// made absolute when the worker sends it (with PUBLIC_BASE_URL, when set).
const linkPrefix = "Xem trên PEPI Hub: ";
const footer = "Thư này được PEPI Hub gửi tự động; vui lòng không trả lời thư này.";

export const mailSubject = (title: string) => `[PEPI Hub] ${title}`;

export function outboxBody(body: string, link?: string | null): string {
  return link ? `${body}\n\n${linkPrefix}${link}` : body;
}

export function mailText(storedBody: string, publicBaseUrl: string | null | undefined): string {
  const lines = storedBody
    .split("\n")
    .map((line) =>
      publicBaseUrl && line.startsWith(`${linkPrefix}/`)
        ? `${linkPrefix}${publicBaseUrl}${line.slice(linkPrefix.length)}`
        : line,
    );
  return `${lines.join("\n")}\n\n--\n${footer}\n`;
}

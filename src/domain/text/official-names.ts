// Names of administrative units as official documents write them. The type of a unit is a common
// noun: capitalised only where a sentence or a line begins ("Tỉnh Lâm Đồng" heading a list),
// lower-case inside a sentence ("Ủy ban nhân dân tỉnh Lâm Đồng", "UBND phường Trung Tâm").

const unitTypes = ["thành phố", "tỉnh", "phường", "xã", "đặc khu", "huyện", "thị xã", "thị trấn", "quận"];
const unitType = new RegExp(`(^|\\s)(${unitTypes.join("|")})(?=\\s)`, "iu");
const committees = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(\s+)/iu;

const lower = (text: string) => text.toLocaleLowerCase("vi-VN");

/**
 * A unit's name inside a sentence: "Tỉnh Lâm Đồng" → "tỉnh Lâm Đồng", "UBND Phường Trung Tâm" →
 * "UBND phường Trung Tâm", "Ủy ban nhân dân Tỉnh Minh Họa" → "Ủy ban nhân dân tỉnh Minh Họa". Only
 * the type word right at the start, or right after "UBND", changes: "Sở Xây dựng" and a proper
 * name that contains such a word ("Thành phố Hồ Chí Minh" keeps "Hồ Chí Minh") are left alone.
 */
export function nameInSentence(name: string): string {
  const trimmed = name.trim();
  const committee = committees.exec(trimmed);
  const start = committee ? committee[0].length : 0;
  const rest = trimmed.slice(start);
  const match = unitType.exec(rest);
  if (match?.index !== 0) return trimmed;
  return `${trimmed.slice(0, start)}${lower(match[2]!)}${rest.slice(match[0].length)}`;
}

/** "Ủy ban nhân dân tỉnh Lâm Đồng": the province's people's committee, as a sentence names it. */
export function provincialCommittee(provinceName: string): string {
  return `Ủy ban nhân dân ${nameInSentence(provinceName)}`;
}

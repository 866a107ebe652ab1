// A framework still in draft marks its indicators' names "(dự kiến)" (QĐ 383 before its official
// annex is loaded). A plan's own texts (a task, the name a target is known by) leave the mark out:
// the measure's status is shown beside it, once, where the plan's page names the measure.
const draftMark = /\s*\(dự kiến\)\s*$/u;

export const hasDraftMark = (name: string) => draftMark.test(name);

/** "Tỷ lệ chất thải rắn … được xử lý đáp ứng yêu cầu (dự kiến)" → "… đáp ứng yêu cầu". */
export const withoutDraftMark = (name: string) => name.replace(draftMark, "");

// Vietnamese wording of a period's synthesis for the chairman and the chairman's conclusions.
export const planSynthesisVi = {
  "auditType.plan.synthesis_saved": "Sửa nội dung báo cáo tổng hợp kỳ của kế hoạch",
  "auditType.plan.synthesis_reset": "Khôi phục nội dung mặc định của báo cáo tổng hợp kỳ",
  "auditType.plan.conclusion_saved": "Ghi kết luận của Chủ tịch UBND tỉnh về báo cáo tổng hợp",
  "auditType.plan.conclusion_tasks_added": "Giao nhiệm vụ theo kết luận của Chủ tịch UBND tỉnh",
};

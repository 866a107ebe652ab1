// The colour of how a task stands, wherever it is shown.
import type { TaskProgressStatus } from "../../../contracts/plan-reports.js";

export const progressColour: Record<TaskProgressStatus, string> = {
  not_started: "default",
  in_progress: "blue",
  done: "green",
  delayed: "orange",
};

// What every part of an agency form needs: the form as read, its autosave and what this person
// may do on it. Given once by the page instead of through every component in between.
import { createContext, useContext } from "react";
import type { AgencyForm } from "../../../contracts/cycles.js";
import type { Action } from "../../../domain/auth/permissions.js";
import type { Autosave } from "./autosave.js";

export interface FormPage {
  form: AgencyForm;
  autosave: Autosave;
  /** Figures and explanations may be changed now (own agency, draft or returned, cycle open). */
  canEdit: boolean;
  /** The coordinator may judge each value (the submission has been sent). */
  canReview: boolean;
  /** Both sides may write in the threads while the cycle collects. */
  canComment: boolean;
  showHistory(element: string): void;
  /** The form is being read again (after a save or a conflict): its versions may be old. */
  refreshing: boolean;
}

const FormPageContext = createContext<FormPage | null>(null);
export const FormPageProvider = FormPageContext.Provider;

export function useFormPage(): FormPage {
  const page = useContext(FormPageContext);
  if (!page) throw new Error("useFormPage outside FormPageProvider");
  return page;
}

/** What the person may do on this form, from the server's answer and the states. */
export function formPermissions(form: AgencyForm, can: (action: Action) => boolean) {
  const allowed = (action: Action) => form.allowedActions.includes(action);
  const collecting = form.cycle.status === "open";
  const editableState = form.submission.status === "draft" || form.submission.status === "returned";
  // A past year kept as history is entered by the coordinator for every agency; a live one only
  // from the letter the agency sent its figures by.
  const historyEntry = form.cycle.kind === "history" && can("cycle.manage");
  const onBehalf = can("cycle.manage") && form.submission.onBehalfSince !== null && editableState;
  return {
    canEdit: collecting && ((allowed("submission.edit") && editableState) || historyEntry || onBehalf),
    /** Documents are attached by the agency itself; the coordinator's ground is the letter. */
    canAttach: collecting && allowed("submission.edit") && editableState,
    canReview: collecting && allowed("submission.review") && form.submission.status === "submitted",
    canComment: collecting && (allowed("submission.edit") || allowed("submission.review")),
    canReviewEvidence: collecting && allowed("submission.review"),
  };
}

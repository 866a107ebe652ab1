// A download button that says first what the generated document will lack (an empty section,
// a blank contact) and lets the coordinator go back and fill it in, or download anyway.
import { App, Button } from "antd";
import type { ReactNode } from "react";
import { useT } from "../../i18n/index.js";

interface CheckedDownloadProps {
  href: string;
  icon: ReactNode;
  children: ReactNode;
  /** What the document will lack, one sentence each; none downloads straight away. */
  problems: string[];
  testId: string;
}

export function CheckedDownload({ href, icon, children, problems, testId }: CheckedDownloadProps) {
  const t = useT();
  const { modal } = App.useApp();
  return (
    <Button
      icon={icon}
      href={href}
      data-testid={testId}
      onClick={(event) => {
        if (problems.length === 0) return;
        event.preventDefault();
        modal.confirm({
          title: t("documents.check.title"),
          content: (
            <ul data-testid="document-check-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ),
          okText: t("documents.check.proceed"),
          cancelText: t("documents.check.cancel"),
          onOk: () => window.location.assign(href),
        });
      }}
    >
      {children}
    </Button>
  );
}

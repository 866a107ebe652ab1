// The documents a framework's values rest on; links open in a new tab.
import { LinkOutlined } from "@ant-design/icons";
import { Empty, List, Typography } from "antd";
import type { FrameworkDetail } from "../../../contracts/frameworks.js";
import { useT } from "../../i18n/index.js";

/** "thuvienphapluat.vn" for a link; the text itself when it is not a valid address. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function SourcesList({ sources }: { sources: FrameworkDetail["sources"] }) {
  const t = useT();
  if (sources.length === 0) return <Empty description={t("framework.noSources")} />;
  return (
    <List
      size="small"
      dataSource={sources}
      data-testid="sources-list"
      renderItem={(s) => (
        <List.Item>
          <List.Item.Meta
            title={s.title}
            description={
              <>
                <code className="small">{s.id}</code>
                {s.url && (
                  <>
                    {" · "}
                    <Typography.Link href={s.url} target="_blank" rel="noopener noreferrer">
                      <LinkOutlined /> {hostOf(s.url)}
                    </Typography.Link>
                  </>
                )}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

// The bell in the header: how many notifications are unread, and the latest ones in a panel
// where each can be opened (its link) or marked read.
import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Empty, Flex, List, Popover, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import type { NotificationView } from "../../../contracts/notifications.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/format.js";
import { useMarkAllRead, useMarkRead, useNotifications } from "./notifications.api.js";

export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = notifications.data?.unread ?? 0;

  const openItem = (n: NotificationView) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };

  const panel = (
    <div style={{ width: 380, maxHeight: 440, overflowY: "auto" }} data-testid="notification-list">
      {(notifications.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notifications.empty")} />
      ) : (
        <List<NotificationView>
          size="small"
          dataSource={notifications.data?.items ?? []}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              data-testid="notification-item"
              style={{ display: "block", background: n.readAt ? undefined : "#f0f7f3", paddingInline: 8 }}
            >
              <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 3, tooltip: n.body }}
                style={{ margin: "4px 0", fontSize: 13 }}
              >
                {n.body}
              </Typography.Paragraph>
              <Flex justify="space-between" align="center">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
                <Flex>
                  {n.link && (
                    <Button type="link" size="small" onClick={() => openItem(n)}>
                      {t("notifications.open")}
                    </Button>
                  )}
                  {!n.readAt && (
                    <Button
                      type="link"
                      size="small"
                      data-testid="notification-mark-read"
                      onClick={() => markRead.mutate(n.id)}
                    >
                      {t("notifications.markRead")}
                    </Button>
                  )}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <Flex justify="space-between" align="center">
          <span>{t("notifications.title")}</span>
          {unread > 0 && (
            <Button
              type="link"
              size="small"
              loading={markAllRead.isPending}
              onClick={() => markAllRead.mutate()}
              data-testid="notification-mark-all-read"
            >
              {t("notifications.markAllRead")}
            </Button>
          )}
        </Flex>
      }
      content={panel}
    >
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={
          unread > 0
            ? `${t("notifications.bell")}: ${t("notifications.unread", { count: unread })}`
            : t("notifications.bell")
        }
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
        <span data-testid="notification-count" hidden>
          {unread}
        </span>
      </Button>
    </Popover>
  );
}

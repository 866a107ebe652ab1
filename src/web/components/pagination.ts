// Paging of a table whose rows the server pages: the same sizes, total and behaviour everywhere
// (changing the page size goes back to the first page).
import type { TablePaginationConfig } from "antd";
import type { Translate } from "../i18n/index.js";
import { formatNumber } from "../lib/format.js";

export function serverPagination(
  t: Translate,
  paging: { page: number; pageSize: number; total: number },
  onChange: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total: paging.total,
    showSizeChanger: true,
    pageSizeOptions: [20, 50, 100, 200],
    showTotal: (n) => t("common.total", { count: formatNumber(n) }),
    onChange: (nextPage, nextSize) => onChange(nextSize === paging.pageSize ? nextPage : 1, nextSize),
  };
}

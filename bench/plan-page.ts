// A plan as the benchmark reads it (issue "improvement plans": a plan's page with targets and
// actuals under 200 ms p95 at 20 users): a PGI and PEPI plan for 2023–2025 with twelve targets
// read from the assessment years and the published results, and sixty lettered tasks in four
// sections, saved through the API as the coordinator would.
import fs from "node:fs";
import type { PlanDetail } from "../src/contracts/plan-content.js";
import { readPlanText } from "../src/domain/plans/plan-text.js";
import { seed004Schedule } from "../src/domain/plans/report-periods.js";

async function call<T>(
  base: string,
  cookie: string,
  method: string,
  path: string,
  body: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, origin: base, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates the plan and returns its id. */
export async function seedPlan(base: string, cookie: string): Promise<string> {
  const plan = await call<PlanDetail>(base, cookie, "POST", "/api/plans", {
    numberSymbol: "82/KH-UBND",
    issuedOn: "2023-03-20",
    issuer: "UBND tỉnh Lâm Đồng",
    title: "Kế hoạch nâng cao Chỉ số PEPI và Chỉ số xanh cấp tỉnh giai đoạn 2023-2025",
    periodFrom: 2023,
    periodTo: 2025,
    scope: "general",
    status: "issued",
  });
  const measures = await (await fetch(`${base}/api/plans/measures`, { headers: { cookie } })).json();
  const indicators = (measures.indicators as { ref: string }[])
    .filter((i) => i.ref.startsWith("PEPI-383"))
    .slice(0, 6);
  const yearly = (a: number, b: number, c: number) => [
    { year: 2023, value: a },
    { year: 2024, value: b },
    { year: 2025, value: c },
  ];
  const targets = [
    ...indicators.map((i) => ({
      measure: "pepi_indicator",
      measureRef: i.ref,
      baselineYear: 2022,
      yearly: yearly(60, 70, 80),
    })),
    { measure: "pepi_total", baselineYear: 2022, yearly: yearly(70, 75, 80) },
    { measure: "pepi_rank", baselineYear: 2022, yearly: yearly(30, 25, 20) },
    { measure: "pgi_rank", baselineYear: 2022, yearly: yearly(20, 15, 10) },
    { measure: "pgi_part_score", measureRef: "PGI1", baselineYear: 2022, yearly: yearly(3.7, 3.8, 3.95) },
    { measure: "pgi_part_rank", measureRef: "PGI3", baselineYear: 2022, yearly: yearly(15, 12, 10) },
    {
      measure: "own",
      name: "Tỷ lệ cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt quy chuẩn",
      unit: "%",
      direction: "up",
      baselineValue: 58.3,
      baselineYear: 2022,
      yearly: yearly(62.9, 65, 70),
    },
  ];
  const withTargets = await call<PlanDetail>(base, cookie, "PUT", `/api/plans/${plan.id}/targets`, {
    expectedRowVersion: plan.rowVersion,
    atRiskBelowPercent: 90,
    targets,
  });
  const agencies = (
    (await (await fetch(`${base}/api/agencies`, { headers: { cookie } })).json()).items as {
      id: string;
    }[]
  ).map((a) => a.id);
  const letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p"];
  const sections = [1, 2, 3, 4].map((number) => ({
    number: String(number),
    title: `Chỉ số thành phần ${number}`,
    tasks: letters.map((letter, i) => ({
      letter,
      body: `Nhiệm vụ ${letter} của mục ${number}: tăng cường kiểm tra, hướng dẫn doanh nghiệp về bảo vệ môi trường.`,
      leadAgencyIds: [agencies[(number + i) % agencies.length]!],
      supportingAgencyIds: [agencies[(number + i + 1) % agencies.length]!],
      recurring: i % 2 === 0,
      deadline: i % 2 === 0 ? null : "2025-12-31",
      targetIds: [withTargets.targets[i % withTargets.targets.length]!.id],
      measures: [`PGI${number}`],
    })),
  }));
  const withTasks = await call<PlanDetail>(base, cookie, "PUT", `/api/plans/${plan.id}/tasks`, {
    expectedRowVersion: withTargets.rowVersion,
    sections,
  });
  // Six-monthly and yearly reports: six periods, each listing every agency on the tasks.
  await call(base, cookie, "PUT", `/api/plans/${plan.id}/schedule`, {
    expectedRowVersion: withTasks.rowVersion,
    schedule: seed004Schedule,
  });
  return plan.id;
}

/** Reading an issued plan's text (seed 004's length, about 25.000 characters): milliseconds, median of 20. */
export function benchPlanText(): number {
  const text = fs.readFileSync(
    new URL("../tests/fixtures/ke-hoach-pgi-bac-giang-2023-2025.txt", import.meta.url),
    "utf8",
  );
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    readPlanText(text);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[10]!;
}

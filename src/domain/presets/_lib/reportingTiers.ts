/**
 * The tiered points of a report, as the Ministry's yearly table words them: on time 2; 1–2 days late
 * 1.5; 3–5 days 1; 6–10 days 0.5; later 0.
 */
export const REPORT_TIERS =
  'mỗi báo cáo: đúng hạn 2 điểm; trễ 1–2 ngày 1,5; 3–5 ngày 1; 6–10 ngày 0,5; trễ hơn 0';

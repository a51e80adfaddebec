/**
 * Codes of the title catalogue (danh hiệu thi đua and hình thức khen thưởng). Codes are ASCII
 * because they head workbook columns and appear in formulas; names stay Vietnamese.
 */
export const TITLE_CODES = {
  /** Lao động tiên tiến. */
  LDTT: 'LDTT',
  /** Chiến sĩ thi đua cơ sở. */
  CSTDCS: 'CSTDCS',
  /** Chiến sĩ thi đua bộ, ban, ngành, tỉnh. */
  CSTD_BO: 'CSTD_BO',
  /** Chiến sĩ thi đua toàn quốc. */
  CSTD_TQ: 'CSTD_TQ',
  /** Tập thể lao động tiên tiến. */
  TTLDTT: 'TTLDTT',
  /** Tập thể lao động xuất sắc. */
  TTLDXS: 'TTLDXS',
  /** Cờ thi đua của bộ, ban, ngành, tỉnh. */
  CTD_BO: 'CTD_BO',
  /** Cờ thi đua của Chính phủ. */
  CTD_CP: 'CTD_CP',
  /** Bằng khen of a minister or a provincial chairman. */
  BK_BO: 'BK_BO',
  /** Giấy khen. */
  GK: 'GK',
} as const;

/** A code of the title catalogue. */
export type TitleCode = keyof typeof TITLE_CODES;

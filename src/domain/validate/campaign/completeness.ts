import type { CAMPAIGN_FIELDS } from '../../contract';
import { makeIssue } from '../../issues';
import type { Campaign, Issue } from '../../model';
import { campaignFieldPlace } from '../_lib/place';

/** A field of the campaign a rule needs, when it needs it, and what is lost without it. */
interface FieldNeed {
  field: keyof typeof CAMPAIGN_FIELDS;
  missing: (campaign: Campaign) => boolean;
  why: string;
  whyEn: string;
}

/**
 * What the rules need from the campaign's own fields. A new need is a new entry; the check words each
 * from its entry.
 */
const FIELD_NEEDS: readonly FieldNeed[] = [
  {
    field: 'year',
    missing: (c) => !Number.isInteger(c.year) || c.year < 1900,
    why: 'năm thi đua chọn bộ quy tắc (Luật Thi đua, khen thưởng áp dụng) và các mốc xét khen thưởng',
    whyEn: 'the campaign year chooses the rule set (the law in force) and the award milestones',
  },
  {
    field: 'registrationDeadline',
    missing: (c) => c.settings.registrationCheck === 'required' && c.registrationDeadline === null,
    why: 'tham số "Kiểm tra đăng ký" là bắt buộc nhưng chưa có hạn đăng ký, nên không tìm được đăng ký nộp muộn',
    whyEn:
      'the "Registration check" setting is required but no deadline is given, so late registrations cannot be found',
  },
  {
    field: 'scale',
    missing: (c) => !Number.isFinite(c.scale) || c.scale <= 0,
    why: 'điểm xét hạng và các ngưỡng điểm được tính theo thang điểm',
    whyEn: 'ranking scores and score thresholds are measured on the scale',
  },
];

/**
 * The campaign's fields a rule needs: a registration deadline where registration is required, a
 * year, a scale. Each missing one is a warning naming the field and what cannot be done without it.
 * @param campaign - the campaign
 * @returns one warning per missing field, in the Campaign table's order
 * @example
 * completenessIssues({ ...campaign, registrationDeadline: null, settings: { ...campaign.settings, registrationCheck: 'required' } })
 *   .map((i) => i.code) //=> ['CAMPAIGN_FIELD_NEEDED']
 */
export function completenessIssues(campaign: Campaign): Issue[] {
  return FIELD_NEEDS.filter((need) => need.missing(campaign)).map((need) => {
    const place = campaignFieldPlace(need.field);
    return makeIssue(
      'CAMPAIGN_FIELD_NEEDED',
      { field: place.field ?? need.field, why: need.why, whyEn: need.whyEn },
      place,
    );
  });
}

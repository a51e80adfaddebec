import type { Random } from './prng';

/** Where sample people come from: family names differ in frequency between regions. */
export type NameRegion = 'north' | 'northernUplands' | 'central' | 'south';

const SURNAMES: Record<NameRegion, readonly string[]> = {
  north: [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Hoàng',
    'Vũ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Ngô',
    'Dương',
    'Đinh',
    'Lương',
    'Hà',
    'Trịnh',
    'Đào',
    'Phan',
    'Mai',
    'Tạ',
    'Cao',
  ],
  northernUplands: [
    'Nguyễn',
    'Hoàng',
    'Nông',
    'Lường',
    'Lò',
    'Triệu',
    'Ma',
    'Sầm',
    'Hà',
    'Vi',
    'Lương',
    'Đinh',
    'Trần',
    'Lê',
    'Phạm',
    'Vũ',
    'Bế',
    'Đặng',
    'Lý',
    'Quan',
  ],
  central: [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phan',
    'Hoàng',
    'Võ',
    'Hồ',
    'Trương',
    'Phạm',
    'Đặng',
    'Tôn',
    'Đoàn',
    'Lưu',
    'Huỳnh',
    'Ngô',
    'Bùi',
    'Châu',
    'Mai',
    'Dương',
    'Cao',
  ],
  south: [
    'Nguyễn',
    'Trần',
    'Lê',
    'Huỳnh',
    'Phạm',
    'Võ',
    'Phan',
    'Trương',
    'Lâm',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Hồ',
    'Ngô',
    'Dương',
    'Lý',
    'Tô',
    'Quách',
    'Châu',
    'Thái',
  ],
};

const MIDDLE = {
  male: [
    'Văn',
    'Hữu',
    'Đức',
    'Minh',
    'Quốc',
    'Thanh',
    'Công',
    'Xuân',
    'Ngọc',
    'Đình',
    'Trung',
    'Hoàng',
    'Tuấn',
    'Anh',
  ],
  female: [
    'Thị',
    'Ngọc',
    'Thu',
    'Thanh',
    'Kim',
    'Thùy',
    'Mỹ',
    'Phương',
    'Hồng',
    'Thị Thu',
    'Thị Minh',
    'Thị Ngọc',
    'Bích',
    'Diệu',
  ],
} as const;

const GIVEN = {
  male: [
    'Hùng',
    'Dũng',
    'Tuấn',
    'Long',
    'Nam',
    'Sơn',
    'Hải',
    'Khoa',
    'Phong',
    'Quang',
    'Thắng',
    'Trung',
    'Bình',
    'Cường',
    'Hiếu',
    'Kiên',
    'Lâm',
    'Nghĩa',
    'Phúc',
    'Tài',
    'Thành',
    'Toàn',
    'Vinh',
    'Đạt',
    'Huy',
    'Khánh',
    'Tùng',
    'Việt',
  ],
  female: [
    'Lan',
    'Hương',
    'Hoa',
    'Mai',
    'Linh',
    'Trang',
    'Ngân',
    'Yến',
    'Thảo',
    'Hằng',
    'Nga',
    'Vân',
    'Hạnh',
    'Oanh',
    'Nhung',
    'Phượng',
    'Tâm',
    'Uyên',
    'Thủy',
    'Hiền',
    'Loan',
    'Dung',
    'Châu',
    'Diệp',
    'Huyền',
    'Quỳnh',
    'Giang',
    'Anh',
  ],
} as const;

/**
 * Vietnamese full names for sample people, never the same twice from one generator (a registration
 * list knows a person by name within a unit, and a repeated name would read as a duplicate).
 *
 * @param random - the preset's seeded generator
 * @param region - which family names are common
 * @returns a function giving the next unused full name
 * @example
 * const nextName = vietnameseNames(seededRandom('hue-2021'), 'central');
 * nextName() // e.g. 'Hồ Thị Thu Hằng'
 */
export function vietnameseNames(random: Random, region: NameRegion): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const gender = random.chance(0.55) ? 'female' : 'male';
      const name = `${random.pick(SURNAMES[region])} ${random.pick(MIDDLE[gender])} ${random.pick(GIVEN[gender])}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

import type { LegalDocument } from '../ruleSet';

/** The legal documents the rule sets cite; rules name them by `document`. */
export const DOCUMENTS = {
  law2003: {
    document: 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013)',
    title:
      'Luật Thi đua, khen thưởng ngày 26/11/2003, được sửa đổi, bổ sung bởi Luật ngày 14/6/2005 và Luật số 39/2013/QH13 ngày 16/11/2013',
    issued: '2003-11-26',
  },
  decree91: {
    document: 'Nghị định 91/2017/NĐ-CP',
    title:
      'Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    issued: '2017-07-31',
  },
  circular05: {
    document: 'Thông tư 05/2018/TT-BTP',
    title: 'Thông tư số 05/2018/TT-BTP hướng dẫn công tác thi đua, khen thưởng ngành Tư pháp',
    issued: null,
  },
  law2022: {
    document: 'Luật Thi đua, khen thưởng 06/2022/QH15',
    title: 'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
    issued: '2022-06-15',
  },
  decree98: {
    document: 'Nghị định 98/2023/NĐ-CP',
    title: 'Nghị định số 98/2023/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    issued: '2023-12-31',
  },
  circular11: {
    document: 'Thông tư 11/2023/TT-BTP',
    title: 'Thông tư số 11/2023/TT-BTP ngày 29/12/2023 hướng dẫn công tác thi đua, khen thưởng ngành Tư pháp',
    issued: '2023-12-29',
  },
} as const satisfies Record<string, LegalDocument>;

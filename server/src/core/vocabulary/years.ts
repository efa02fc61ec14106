/**
 * The calendar a report speaks in (issue 14): the five-year plan periods and the phase words that name a year of one,
 * the anniversaries whose N fixes the year, and the plenums a 学习贯彻… formula may name, each with its date. These are
 * facts about the world, not about a report; the report year and the rule `year-mismatch` read them. Every entry names
 * its source (a document and its date; a URL where one was checked). The words are matched on the normalised view
 * (simplified script, ASCII digits, no stray spaces), so each is written once, in simplified script.
 *
 * Extending: a new plan period, plenum or national anniversary is one more entry here with its source (test/unit/
 * years.test.ts checks the tables stay consistent). Local anniversaries (建市, 建县, 撤县设区, a university's founding)
 * are planned as a setting, `govreport.anniversaries`, not as entries here.
 */

/** A five-year plan period: 十四五 2021–2025. */
export interface PlanPeriod {
  name: string;
  first: number;
  last: number;
  source: string;
}

/**
 * 十一五 … 十六五. The bare names 九五 and 十五 (1996–2000, 2001–2005) are left out on purpose: 十五 is also fifteen
 * (十五届, 第十五次) and the first two characters of 十五五, so a bare 十五 names no period with certainty; the corpus uses
 * them only in reports of 1998–2006, and in no phrase whose phase is certain (14 河北 2003: 实施“十五”计划的关键一年).
 */
export const PLAN_PERIODS: readonly PlanPeriod[] = [
  {
    name: '十一五',
    first: 2006,
    last: 2010,
    source: '《中华人民共和国国民经济和社会发展第十一个五年规划纲要》, 十届全国人大四次会议 2006-03-14 批准; corpus-more/31_全国_2006 (2006年是实施“十一五”规划的第一年)',
  },
  {
    name: '十二五',
    first: 2011,
    last: 2015,
    source: '《中华人民共和国国民经济和社会发展第十二个五年规划纲要》, 十一届全国人大四次会议 2011-03-14 批准; corpus-more/47 (2011年是“十二五”的开局之年)',
  },
  {
    name: '十三五',
    first: 2016,
    last: 2020,
    source: '《中华人民共和国国民经济和社会发展第十三个五年规划纲要》, 十二届全国人大四次会议 2016-03-16 批准; corpus 21 (2020年是“十三五”规划收官之年)',
  },
  {
    name: '十四五',
    first: 2021,
    last: 2025,
    source: '《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》, 十三届全国人大四次会议 2021-03-11 批准; 十九届五中全会公报 2020-10-29 (14th Five-Year Plan (2021-2025))',
  },
  {
    name: '十五五',
    first: 2026,
    last: 2030,
    source: '《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》, 二十届四中全会 2025-10-23 (第十五个五年规划（2026-2030年）, https://udn.com/news/story/7331/9092810); corpus 05–10 (今年是“十五五”开局之年, 2026)',
  },
  {
    name: '十六五',
    first: 2031,
    last: 2035,
    source: 'derived: the five-year cadence after 十五五 (2026–2030), ending at 2035, the year of 基本实现社会主义现代化 (十九大报告 2017-10-18); no plan document yet',
  },
];

/** A phase word and the year of the period it names: 1 = first year, 5 = last; only phases whose year is certain. */
export interface PlanPhase {
  word: string;
  yearOfPeriod: number;
  source: string;
}

/**
 * The phase words that name a CERTAIN year of a plan period — where the plan's name stands before them in the same
 * clause (“十四五”规划收官之年, 实施“十五五”规划的开局之年, “十五五”第一年). The same words name other periods where no
 * plan is named, and then say nothing about a plan's year: 全面贯彻党的二十大精神的开局之年 (the year after a congress:
 * 2018, 2023 in corpus 02, corpus-more/32, 63, 69), 本届政府的开局之年 / 新一届政府开局之年 (17, corpus-more/68),
 * 海南自由贸易港全面实施封关运作开局之年 (05), 开启…新征程的起步之年 (26), “五年稳定脱贫”的起步之年 (corpus-more/67).
 *
 * Deliberately excluded, with the evidence (report year = the year of the sentence's 今年; year of period in brackets):
 * - 承上启下 / 承前启后 (之年, 的关键一年, 的重要一年): the year 2, 3 or 5 — 03 全国 2012 “十二五”时期承前启后的重要一年 (2);
 *   corpus-more/47 2012 “十二五”规划承上启下的重要一年 (2); corpus-more/48 2017 “十三五”规划承上启下的一年 (2); corpus-more/67
 *   2013 “十二五”规划承前启后的关键一年 (3); 25 and corpus-more/63 2023 “十四五”规划承上启下的关键一年 (3); corpus-more/40 2025
 *   “十四五”收官和“十五五”谋划承上启下之年 (5); corpus-more/46 2010 决战“十一五”、谋划“十二五”的承前启后之年 (5).
 * - 关键之年 / 关键一年: the year 2, 3 or 4 — corpus-more/49 2022 实施“十四五”规划的关键之年 (2); 14 河北 2003 实施“十五”计划的
 *   关键一年 (3); 20 2024 实施“十四五”规划的关键之年 (4); elsewhere of no plan (全面建成小康社会关键之年 18 2019).
 * - 攻坚之年, 攻坚突破之年, 突破之年, 决胜之年, 决战之年: never bound to a plan in the corpus (11 2025 海南自贸港封关运作的
 *   攻坚之年, 20 2024 博野推动高质量发展的攻坚之年, 21 2020 全面建成小康社会决胜之年); no source fixes their year.
 * - 谋划之年 / 谋篇之年 / 编制之年 of a plan: the year BEFORE its period (12 and corpus-more/61 2025 “十五五”规划谋篇/谋划之年,
 *   corpus-more/46 2010 谋划“十二五”) — consistent in the corpus, but year 0 is outside this table's 1..5; left for the lead.
 */
export const PLAN_PHASES: readonly PlanPhase[] = [
  {
    word: '开局之年',
    yearOfPeriod: 1,
    source: 'corpus: 05–10, corpus-more/34–37 2026 (“十五五”开局之年), 16, 19, 22, 24, 26 2021 (“十四五”规划开局之年), corpus-more/42 2007 (刚刚过去的一年，是“十一五”开局之年), corpus-more/47 2012 (2011年是“十二五”的开局之年)',
  },
  {
    word: '起步之年',
    yearOfPeriod: 1,
    source: 'corpus-more/51 2021 (2021年，是…奋进“十四五”新征程的开局起步之年); the plan’s first step (开好局、起好步)',
  },
  {
    word: '收官之年',
    yearOfPeriod: 5,
    source: 'corpus: 01, 11, 12 2025 and corpus-more/38, 39, 41, 61 2025 (今年是“十四五”规划收官之年), 05, 08, 10 2026 and corpus-more/34, 36, 37 2026 (2025年是“十四五”收官之年), 21 2020 and corpus-more/43, 44, 56, 57, 58 (2020年是“十三五”规划收官之年)',
  },
  {
    word: '第一年',
    yearOfPeriod: 1,
    source: 'ordinal (the first year by its meaning); corpus-more/31 全国 2006 (2006年是实施“十一五”规划的第一年), 07 广东 2026 (2026年是“十五五”第一年)',
  },
  { word: '第二年', yearOfPeriod: 2, source: 'ordinal (the second year of the period by its meaning)' },
  { word: '第三年', yearOfPeriod: 3, source: 'ordinal (the third year of the period by its meaning)' },
  { word: '第四年', yearOfPeriod: 4, source: 'ordinal (the fourth year of the period by its meaning)' },
  { word: '第五年', yearOfPeriod: 5, source: 'ordinal (the fifth year of the period by its meaning)' },
  {
    word: '最后一年',
    yearOfPeriod: 5,
    source: 'by its meaning, of a five-year period; 本届政府任期的最后一年 (03 全国 2012) names a term of office, not a plan',
  },
];

/** An anniversary: its words (建党, 中国共产党成立, 新中国成立, 中华人民共和国成立, 改革开放, 海南建省…) and the founding year. */
export interface Anniversary {
  words: readonly string[];
  founded: number;
  source: string;
}

/**
 * National anniversaries, read as word + N周年 (中国共产党成立100周年 in 2021). A word is written as reports write it
 * before 周年; longer words hold shorter ones (中国共产党建党 holds 建党), so a reader matches the longest. Words that
 * name different years by context are left out: a bare 建省 or 建市 (each province and city its own year), 自治区成立
 * (内蒙古 1947: corpus-more/48 2017 庆祝自治区成立70周年; 新疆 1955, 广西 and 宁夏 1958, 西藏 1965), 抗美援朝 alone (出国作战
 * 1950, 战争胜利 1953). Local ones (corpus: 河北农业大学120周年, 习近平总书记视察阜平十周年, 野三坡景区开发35周年,
 * 海拉尔－赤塔缔结友好城市20周年) belong in the planned setting `govreport.anniversaries`.
 */
export const ANNIVERSARIES: readonly Anniversary[] = [
  {
    words: ['中国共产党成立', '中国共产党建党', '建党'],
    founded: 1921,
    source: '庆祝中国共产党成立100周年大会 2021-07-01; corpus 16, 19 and corpus-more/43, 51, 53 2021 (是中国共产党成立100周年)',
  },
  {
    words: ['中华人民共和国成立', '新中国成立', '建国', '国庆'],
    founded: 1949,
    source: '开国大典 1949-10-01; 庆祝中华人民共和国成立70周年大会 2019-10-01; corpus 02, 18 and corpus-more/65 2019 (新中国成立70周年), 20 and corpus-more/69 2024 (75周年), corpus-more/46 2010 (国庆60周年, 2009)',
  },
  {
    words: ['改革开放'],
    founded: 1978,
    source: '十一届三中全会 1978-12-18/22; 庆祝改革开放40周年大会 2018-12-18; corpus 02 全国 2019 (我们隆重庆祝改革开放40周年, 2018)',
  },
  {
    words: ['中国人民解放军建军', '人民军队建军', '建军'],
    founded: 1927,
    source: '南昌起义 1927-08-01; 庆祝中国人民解放军建军90周年大会 2017-08-01',
  },
  {
    words: ['中国人民抗日战争暨世界反法西斯战争胜利', '抗日战争胜利', '抗战胜利'],
    founded: 1945,
    source: '日本投降签字 1945-09-02, 胜利纪念日 9月3日; 纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会 2025-09-03; corpus 10 北京 2026 (80周年, 2025)',
  },
  {
    words: ['红军长征胜利', '长征胜利'],
    founded: 1936,
    source: '红军三大主力会宁会师 1936-10; 纪念红军长征胜利80周年大会 2016-10-21; corpus 09 贵州 2026 (纪念长征胜利90周年, 2026)',
  },
  {
    words: ['中国人民志愿军抗美援朝出国作战', '抗美援朝出国作战'],
    founded: 1950,
    source: '志愿军入朝 1950-10-19; 纪念中国人民志愿军抗美援朝出国作战70周年大会 2020-10-23',
  },
  {
    words: ['抗美援朝战争胜利'],
    founded: 1953,
    source: '朝鲜停战协定 1953-07-27; 抗美援朝战争胜利70周年 2023-07-27',
  },
  {
    words: ['全国人民代表大会成立', '全国人大成立', '人民代表大会制度建立'],
    founded: 1954,
    source: '一届全国人大一次会议 1954-09-15; 庆祝全国人民代表大会成立70周年大会 2024-09-14',
  },
  {
    words: ['中国人民政治协商会议成立', '人民政协成立'],
    founded: 1949,
    source: '政协第一届全体会议 1949-09-21; 庆祝中国人民政治协商会议成立75周年大会 2024-09-20',
  },
  {
    words: ['和平共处五项原则发表'],
    founded: 1954,
    source: '中印、中缅联合声明 1954-06; 和平共处五项原则发表70周年纪念大会 2024-06-28; corpus 01 全国 2025 (70周年, 2024)',
  },
  {
    words: ['《告台湾同胞书》发表', '告台湾同胞书发表'],
    founded: 1979,
    source: '全国人大常委会《告台湾同胞书》1979-01-01; 纪念《告台湾同胞书》发表40周年大会 2019-01-02; corpus 02 全国 2019',
  },
  {
    words: ['联合国成立'],
    founded: 1945,
    source: '《联合国宪章》生效 1945-10-24; 联合国成立75周年纪念峰会 2020-09-21; corpus-more/32 全国 2023 (联合国成立75周年, 2020)',
  },
  {
    words: ['海南建省办经济特区', '建省办经济特区', '海南建省'],
    founded: 1988,
    source: '七届全国人大一次会议 1988-04-13 决定设立海南省、建立海南经济特区; 庆祝海南建省办经济特区30周年大会 2018-04-13',
  },
  {
    words: ['深圳经济特区建立', '深圳经济特区成立'],
    founded: 1980,
    source: '五届全国人大常委会第十五次会议 1980-08-26 批准《广东省经济特区条例》; 深圳经济特区建立40周年庆祝大会 2020-10-14',
  },
  {
    words: ['浦东开发开放'],
    founded: 1990,
    source: '党中央、国务院宣布开发开放浦东 1990-04-18; 浦东开发开放30周年庆祝大会 2020-11-12; corpus-more/44 上海 2021 (在浦东开发开放30周年庆祝大会上的重要讲话, 2020)',
  },
  {
    words: ['重庆直辖', '重庆市直辖'],
    founded: 1997,
    source: '八届全国人大五次会议 1997-03-14 批准设立重庆直辖市 (挂牌 1997-06-18)',
  },
  {
    words: ['雄安新区设立', '设立雄安新区'],
    founded: 2017,
    source: '中共中央、国务院决定设立河北雄安新区 2017-04-01 (新华社)',
  },
  {
    words: ['苏州工业园区开发建设'],
    founded: 1994,
    source: '国务院批复 1994-02 (国函〔1994〕9号), 开发建设启动 1994-05-12; corpus-more/38 江苏 2025 (苏州工业园区开发建设30周年, 2024)',
  },
];

/** A plenum formula (学习贯彻党的二十大和二十届二中、三中全会精神): the last plenum it names, and from when a report would name a later one. */
export interface Plenum {
  congress: number;
  plenum: number;
  held: string;
  source: string;
}

/**
 * The congresses (plenum 0) and the plenary sessions of their central committees, 十八大 … 二十届四中全会, in the order
 * held. `held` is the closing day (the communiqué's date): from then on a formula may name it, so a report delivered
 * in January–March of year Y names at most the plenums held before its delivery — as a rule all those of Y−1 (a
 * formula of Y−1 in a Y report is one plenum short where a plenum was held in Y−1: 二十届三中全会 2024-07-18 for 2025
 * reports, 二十届四中全会 2025-10-23 for 2026 reports). An 一中全会 sits the day after its congress and a 二中全会 before
 * the 两会; formulas often leave them out (党的二十大和二十届二中、三中全会精神 names 二中 but not 一中), so a reader
 * compares the LAST plenum a formula names, not the list.
 */
export const PLENUMS: readonly Plenum[] = [
  { congress: 18, plenum: 0, held: '2012-11-14', source: '中国共产党第十八次全国代表大会 2012-11-08/14 (https://j-cast.com/2012/11/15154032.html)' },
  { congress: 18, plenum: 1, held: '2012-11-15', source: '十八届一中全会 2012-11-15 (https://zh-yue.m.wikipedia.org/wiki/十八大)' },
  { congress: 18, plenum: 2, held: '2013-02-28', source: '十八届二中全会 2013-02-26/28 (BBC 中文 2013-02-26: 會議將持續三天)' },
  { congress: 18, plenum: 3, held: '2013-11-12', source: '十八届三中全会公报, 2013-11-09/12 (http://360v360.cn/politics/txt/2013-11/13/content_30585643.htm)' },
  { congress: 18, plenum: 4, held: '2014-10-23', source: '十八届四中全会公报, 2014-10-20/23 (https://language.chinadaily.com.cn/news/2014-10/24/content_18795510.htm)' },
  { congress: 18, plenum: 5, held: '2015-10-29', source: '十八届五中全会, 2015-10-26/29, 十三五规划建议 (https://www.jiemian.com/article/416294.html)' },
  { congress: 18, plenum: 6, held: '2016-10-27', source: '十八届六中全会公报, 2016-10-24/27 (http://jp.xinhuanet.com/2016-10/28/c_135787134.htm)' },
  { congress: 18, plenum: 7, held: '2017-10-14', source: '十八届七中全会, 2017-10-11/14 (人民网日本语版 2017-10-15, http://peopleschina.com/home/second/2017-10/16/content_748344.htm)' },
  { congress: 19, plenum: 0, held: '2017-10-24', source: '中国共产党第十九次全国代表大会 2017-10-18/24 (中通社 2017-10-17, http://chengpou.com.mo/dailynews/131213.html)' },
  { congress: 19, plenum: 1, held: '2017-10-25', source: '十九届一中全会 2017-10-25 (新华社; https://zh.wikipedia.org/zh-tw/中国共产党第十九届中央委员会第一次全体会议)' },
  { congress: 19, plenum: 2, held: '2018-01-19', source: '十九届二中全会 2018-01-18/19, 修宪 (星岛 2018-01-12; 明报 2018-01-22)' },
  { congress: 19, plenum: 3, held: '2018-02-28', source: '十九届三中全会 2018-02-26/28 (新华社 2018-02-24, http://dzb.hxnews.com/2018-02/25/content_462531.htm)' },
  { congress: 19, plenum: 4, held: '2019-10-31', source: '十九届四中全会公报, 2019-10-28/31 (https://wikiwand.com/zh-tw/articles/中国共产党第十九届中央委员会第四次全体会议)' },
  { congress: 19, plenum: 5, held: '2020-10-29', source: '十九届五中全会公报, 2020-10-26/29 (中国日报网 2020-10-30, http://m.diyforcar.com/a/202010/30/WS5f9b6f98a31024ad0ba82169.html)' },
  { congress: 19, plenum: 6, held: '2021-11-11', source: '十九届六中全会公报, 2021-11-08/11 (http://www.usahrsh.com/news/bencandy.php?fid=3&id=14907)' },
  { congress: 19, plenum: 7, held: '2022-10-12', source: '十九届七中全会公报, 2022-10-09/12 (https://japanese.cri.cn/2022/10/12/ARTItprHPK7EV3NWOnKb2pmO221012.shtml)' },
  { congress: 20, plenum: 0, held: '2022-10-22', source: '中国共产党第二十次全国代表大会 2022-10-16/22 (https://lihkg.com/thread/3231619/page/4)' },
  { congress: 20, plenum: 1, held: '2022-10-23', source: '二十届一中全会 2022-10-23 (https://cn.bg3.co/a/zhong-gong-zheng-zhi-ju-kai-hui-que-ding-er-shi-jie-san-zhong-quan-hui-yu-7yue-15ri-zhao-kai-si-tian.html)' },
  { congress: 20, plenum: 2, held: '2023-02-28', source: '二十届二中全会 2023-02-26/28 (同上; 新华社 2023-02-26, http://hkcd.com/hkcdweb/content/2023/02/26/content_1387862.html)' },
  { congress: 20, plenum: 3, held: '2024-07-18', source: '二十届三中全会 2024-07-15/18 (闭幕 2024-07-18, https://am1470.com/national_news.php?i=19782)' },
  { congress: 20, plenum: 4, held: '2025-10-23', source: '二十届四中全会公报, 2025-10-20/23 (中评社 2025-10-23, https://hk.crntt.com/doc/1071/3/3/1/107133141.html)' },
];

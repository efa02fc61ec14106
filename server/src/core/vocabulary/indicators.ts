/**
 * The indicator vocabulary of 主要预期目标 (domain.md §5): a canonical name per indicator and the ways reports write
 * it. Matching takes the longest name at the leftmost position, so 城镇居民人均可支配收入 is never read as
 * 居民人均可支配收入, nor 单位地区生产总值能耗 as 地区生产总值. Settings can add names (`govreport.indicators`).
 */
export interface IndicatorDefinition {
  /** The name messages use. */
  name: string;
  /** Every way of writing it, the name included. Simplified script; drafts in traditional script are converted. */
  synonyms: string[];
  /**
   * Those synonyms that are also the end of other figures' names (海洋生产总值, 人均GDP, 工业固定资产投资,
   * 农村劳动力新增就业): they count only at a clause start or after a word that leads into a figure (全年, 实现,
   * 全县…), never after another noun.
   */
  bare?: string[];
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  { name: '地区生产总值', synonyms: ['地区生产总值', '国内生产总值', '生产总值', '全县生产总值', '全区生产总值', '全市生产总值', '全省生产总值', '县域生产总值', '地方生产总值', '全县地区生产总值', 'GDP'], bare: ['生产总值', 'GDP'] },
  { name: '规模以上工业增加值', synonyms: ['规模以上工业增加值', '规上工业增加值'] },
  { name: '一般公共预算收入', synonyms: ['一般公共预算收入', '地方一般公共预算收入', '公共财政预算收入', '地方公共财政预算收入'] },
  { name: '财政收入', synonyms: ['财政收入', '全部财政收入'] },
  { name: '固定资产投资', synonyms: ['固定资产投资', '全社会固定资产投资'], bare: ['固定资产投资'] },
  { name: '社会消费品零售总额', synonyms: ['社会消费品零售总额'] },
  { name: '进出口总额', synonyms: ['进出口总额', '进出口总值', '外贸进出口', '外贸进出口总额', '外贸进出口总值'] },
  { name: '实际利用外资', synonyms: ['实际利用外资', '实际使用外资'] },
  { name: '城镇新增就业', synonyms: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数', '新增就业'], bare: ['新增就业'] },
  { name: '城镇调查失业率', synonyms: ['城镇调查失业率'] },
  { name: '城镇登记失业率', synonyms: ['城镇登记失业率'] },
  { name: '居民消费价格涨幅', synonyms: ['居民消费价格涨幅', '居民消费价格指数涨幅', '居民消费价格总水平涨幅', '居民消费价格上涨幅度', '居民消费价格增长', '居民消费价格指数', '居民消费价格总水平'] },
  { name: '居民人均可支配收入', synonyms: ['居民人均可支配收入', '全体居民人均可支配收入', '全县居民人均可支配收入', '全市居民人均可支配收入'] },
  { name: '城镇居民人均可支配收入', synonyms: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'] },
  { name: '农村居民人均可支配收入', synonyms: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入', '农民人均纯收入'] },
  { name: '城乡居民人均可支配收入', synonyms: ['城乡居民人均可支配收入'] },
  { name: '粮食产量', synonyms: ['粮食产量', '粮食总产量'] },
  { name: '单位地区生产总值能耗', synonyms: ['单位地区生产总值能耗', '单位国内生产总值能耗', '单位生产总值能耗', '单位GDP能耗'] },
  { name: '细颗粒物浓度', synonyms: ['细颗粒物(PM2.5)浓度', '细颗粒物（PM2.5）浓度', '细颗粒物浓度', '细颗粒物年均浓度', 'PM2.5浓度', 'PM2.5平均浓度', 'PM2.5年均浓度'] },
  { name: '常住人口城镇化率', synonyms: ['常住人口城镇化率'] },
  { name: '人口自然增长率', synonyms: ['人口自然增长率'] },
  { name: '服务业增加值', synonyms: ['服务业增加值'], bare: ['服务业增加值'] },
  { name: '第一产业增加值', synonyms: ['第一产业增加值', '一产增加值'] },
  { name: '第二产业增加值', synonyms: ['第二产业增加值', '二产增加值'] },
  { name: '第三产业增加值', synonyms: ['第三产业增加值', '三产增加值'] },
  { name: '全员劳动生产率', synonyms: ['全员劳动生产率'] },
];

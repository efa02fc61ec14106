/**
 * The characters that tell the two scripts apart, read by `source/script.ts` to judge a draft's script.
 */

/**
 * Frequent characters that exist only in traditional script. Counting them in a sample is a cheap,
 * deterministic test of the draft's script; conversion would be slower and no more useful.
 */
export const TRADITIONAL_ONLY = '們個來這時會說為對國發經學關開過還無麼與區業東實現義務產進動線總點體設選經濟際當應據屬聯農區將辦養醫衛劃質費權條';
/** Their simplified counterparts. */
export const SIMPLIFIED_ONLY = '们个来这时会说为对国发经学关开过还无么与区业东实现义务产进动线总点体设选济际当应据属联农将办养医卫划质费权条';

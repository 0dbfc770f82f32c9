/* The county items of indicators.md §5–7 (G1–G15, Q1–Q9, S1, the vetoes, the eligibility conditions) with
 * their full Chinese names (as in the national 评估办法), short Chinese names for tables, and English names.
 * One table for the evaluator's messages, the text report, and the bindings. */
#include <string.h>
#include "yjjh/yjjh_items.h"
#include "rules/items.h"

typedef struct item_name {
    const char *code, *name_zh, *short_zh, *name_en;
} item_name;

static const item_name items[] = {
    {"G1", "规划布局合理", "规划布局合理", "reasonable school layout planning"},
    {"G2", "城乡学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准统一",
     "城乡学校建设、编制、经费、装备标准统一", "uniform urban/rural standards for buildings, staffing, funding and equipment"},
    {"G3", "每12个班配音乐、美术专用教室各1间以上, 音乐教室≥96 m², 美术教室≥90 m²", "音乐、美术专用教室配置",
     "music and art rooms: one each per 12 classes, music ≥ 96 m², art ≥ 90 m²"},
    {"G4", "学校规模 (小学、初中≤2000人, 九年一贯制、十二年一贯制≤2500人)", "学校规模", "school size"},
    {"G5", "班额 (小学≤45人, 初中≤50人)", "班额", "class size"},
    {"G6", "不足100名学生的村小学和教学点按100名学生核定公用经费", "不足100名学生的村小和教学点按100名学生核定公用经费",
     "small village schools and teaching points funded as 100 students"},
    {"G7", "特殊教育学校生均公用经费", "特殊教育学校生均公用经费", "public funds per special-education student"},
    {"G8", "教师平均工资不低于当地公务员", "教师平均工资不低于当地公务员", "teacher salary not below local civil servants"},
    {"G9", "教师5年360学时培训完成率", "教师5年360学时培训完成率", "teachers completing 360 h of training in 5 years"},
    {"G10", "县级统筹分配编制和岗位", "县级统筹分配编制和岗位", "staffing and posts allocated at county level"},
    {"G11", "交流轮岗教师占符合条件教师比例≥10%, 其中骨干教师≥20%", "教师交流轮岗", "teacher rotation"},
    {"G12", "专任教师持证上岗率", "专任教师持证上岗率", "certified full-time teachers"},
    {"G13", "城区和镇区公办小学、初中(不含寄宿制学校)就近划片入学比例", "就近划片入学比例", "nearby enrolment"},
    {"G14", "优质高中招生名额分配比例, 并向农村初中倾斜", "优质高中招生名额分配比例",
     "quality senior-school places allocated to junior schools"},
    {"G15", "留守儿童关爱体系健全, 随迁子女在公办学校和政府购买服务的民办学校就读比例", "留守儿童关爱与随迁子女就读",
     "care for left-behind children; migrant children in public schools"},
    {"Q1", "初中三年巩固率", "初中三年巩固率", "three-year junior retention rate"},
    {"Q2", "残疾儿童少年入学率", "残疾儿童少年入学率", "enrolment rate of disabled children"},
    {"Q3", "所有学校制定章程, 实现学校管理与教学信息化", "学校章程与管理信息化", "school charters and IT in management"},
    {"Q4", "所有学校教师培训经费占学校年度公用经费预算的比例", "教师培训经费占公用经费比例",
     "teacher training funds as a share of public funds"},
    {"Q5", "教师能熟练运用信息化手段组织教学, 设施设备利用率较高", "教师运用信息化手段", "teachers' use of IT"},
    {"Q6", "德育工作、校园文化建设水平达到良好以上", "德育与校园文化建设", "moral education and school culture"},
    {"Q7", "课程开齐开足, 教学秩序规范, 综合实践活动有效开展", "课程开齐开足", "complete curriculum"},
    {"Q8", "无过重课业负担", "无过重课业负担", "no excessive homework burden"},
    {"Q9", "国家义务教育质量监测: 相关科目学业水平达到Ⅲ级以上, 且校际差异率低于0.15", "国家义务教育质量监测",
     "national quality monitoring"},
    {"S1", "社会认可度", "社会认可度", "social recognition"},
    {"veto_exam_admission", "以考试方式招生", "以考试方式招生 (一票否决)", "admission by examination (veto)"},
    {"veto_school_choice", "违规择校", "违规择校 (一票否决)", "illegal school choice (veto)"},
    {"veto_key_schools", "设重点校", "设重点校 (一票否决)", "key schools (veto)"},
    {"veto_key_classes", "设重点班", "设重点班 (一票否决)", "key classes (veto)"},
    {"veto_major_incident", "重大安全责任事故或严重违法违纪违规事件", "重大安全事故或违法违纪事件 (一票否决)",
     "major safety incident or serious violation (veto)"},
    {"eligibility_basic_balance", "通过基本均衡认定满3年", "基本均衡认定满3年",
     "basic balance recognised at least 3 years before"},
    {"eligibility_basic_cv_primary", "前三年基本均衡小学综合差异系数", "前三年小学综合差异系数",
     "basic-balance composite CV of the 3 years before, primary"},
    {"eligibility_basic_cv_junior", "前三年基本均衡初中综合差异系数", "前三年初中综合差异系数",
     "basic-balance composite CV of the 3 years before, junior"},
};
#define N_ITEMS (sizeof items / sizeof items[0])

static const item_name *find(const char *code)
{
    if (!code)
        return NULL;
    for (size_t i = 0; i < N_ITEMS; i++)
        if (strcmp(items[i].code, code) == 0)
            return &items[i];
    return NULL;
}

size_t yjjh_item_catalog_count(void) { return N_ITEMS; }

static void fill(yjjh_item_info *out, const item_name *it)
{
    out->code = it->code;
    out->name_zh = it->name_zh;
    out->short_name_zh = it->short_zh;
    out->name_en = it->name_en;
}

yjjh_status yjjh_item_catalog_get(yjjh_item_info *out, size_t i)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_ITEM_INFO_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= N_ITEMS)
        return YJJH_E_OUT_OF_RANGE;
    fill(out, &items[i]);
    return YJJH_OK;
}

yjjh_status yjjh_item_lookup(yjjh_item_info *out, const char *code)
{
    const item_name *it;
    if (!out || !code)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_ITEM_INFO_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (!(it = find(code)))
        return YJJH_E_UNKNOWN_CODE;
    fill(out, it);
    return YJJH_OK;
}

const char *yjjh__item_name_zh(const char *code)
{
    const item_name *it = find(code);
    return it ? it->name_zh : "";
}

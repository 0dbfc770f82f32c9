/* County facts (yjjh_facts.h, data-format.md §3): the fact-key catalogue and per-county storage. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_facts.h"
#include "common/array.h"
#include "common/strmap.h"
#include "common/text.h"

typedef struct fact_key {
    const char *key;
    const char *zh;
} fact_key;

static const fact_key fact_keys[] = {
    {"evaluation_year", "评估年份"},
    {"basic_balance_year", "基本均衡认定年份"},
    {"layout_reasonable", "规划布局合理"},
    {"standards_enforced", "城乡学校四统一标准落实"},
    {"small_school_funding", "小规模学校按100名学生核定公用经费"},
    {"special_ed_funds_per_student", "特殊教育学校生均公用经费"},
    {"teacher_salary", "教师平均工资"},
    {"civil_servant_salary", "当地公务员平均工资"},
    {"training_360h_rate", "教师5年360学时培训完成率"},
    {"staffing_coordinated", "县级统筹分配编制和岗位"},
    {"rotation_rate", "交流轮岗教师比例"},
    {"rotation_backbone_share", "交流轮岗骨干教师比例"},
    {"certified_rate", "专任教师持证上岗率"},
    {"nearby_enrolment_primary", "小学就近划片入学比例"},
    {"nearby_enrolment_junior", "初中就近划片入学比例"},
    {"quota_allocation_rate", "优质高中招生名额分配比例"},
    {"left_behind_care", "留守儿童关爱体系健全"},
    {"migrant_public_rate", "随迁子女在公办学校就读比例"},
    {"junior_retention_rate", "初中三年巩固率"},
    {"disabled_enrolment_rate", "残疾儿童少年入学率"},
    {"school_charters_it", "学校章程与信息化管理"},
    {"training_funds_share", "教师培训经费占公用经费比例"},
    {"teacher_it_use", "教师熟练运用信息化手段"},
    {"moral_education_good", "德育和校园文化建设良好"},
    {"curriculum_complete", "课程开齐开足"},
    {"no_excess_burden", "无过重课业负担"},
    {"monitoring_level", "质量监测学业水平等级"},
    {"monitoring_school_gap", "质量监测校际差异率"},
    {"social_recognition_rate", "社会认可度"},
    {"veto_exam_admission", "以考试方式招生"},
    {"veto_school_choice", "违规择校"},
    {"veto_key_schools", "设重点校"},
    {"veto_key_classes", "设重点班"},
    {"veto_major_incident", "重大安全责任事故或严重违法违纪违规事件"},
    {"basic_cv_primary_3y", "前三年小学基本均衡综合差异系数"},
    {"basic_cv_junior_3y", "前三年初中基本均衡综合差异系数"},
};
#define N_KEYS (sizeof fact_keys / sizeof fact_keys[0])

size_t yjjh_fact_key_count(void) { return N_KEYS; }

yjjh_status yjjh_fact_key_get(const char **out, size_t i)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (i >= N_KEYS)
        return YJJH_E_OUT_OF_RANGE;
    *out = fact_keys[i].key;
    return YJJH_OK;
}

static int key_index(const char *key)
{
    for (size_t i = 0; i < N_KEYS; i++)
        if (strcmp(fact_keys[i].key, key) == 0)
            return (int)i;
    return -1;
}

const char *yjjh_fact_key_name_zh(const char *key)
{
    int i = key ? key_index(key) : -1;
    return i < 0 ? "" : fact_keys[i].zh;
}

yjjh_status yjjh_fact_key_from_name(const char **out, const char *name)
{
    const char *b;
    size_t n;
    if (!out || !name)
        return YJJH_E_NULL_ARG;
    n = strlen(name);
    b = yjjh__trim(name, &n);
    for (size_t i = 0; i < N_KEYS; i++) {
        const char *k = fact_keys[i].key;
        if (yjjh__ascii_ieq(b, n, k, strlen(k))
            || (strlen(fact_keys[i].zh) == n && memcmp(fact_keys[i].zh, b, n) == 0)) {
            *out = k;
            return YJJH_OK;
        }
    }
    return YJJH_E_UNKNOWN_CODE;
}

/* ---- storage: county code -> value array (NaN = not given), counties in order of first set ------------- */

typedef struct county_facts {
    char *code;
    double v[N_KEYS];
} county_facts;

struct yjjh_facts {
    county_facts *counties; /* in order of first set */
    size_t n, cap;
    yjjh__strmap index;     /* code -> index into counties; keys are the counties' own codes */
};

static long find_county(const yjjh_facts *f, const char *code)
{
    size_t i;
    return yjjh__strmap_get(&f->index, code, &i) ? (long)i : -1;
}

static yjjh_status add_county(long *out, yjjh_facts *f, const char *code)
{
    county_facts *c;
    if (yjjh__grow((void **)&f->counties, &f->cap, f->n + 1, sizeof *f->counties) != YJJH_OK)
        return YJJH_E_NOMEM;
    c = &f->counties[f->n];
    if (!(c->code = yjjh__strdup(code)))
        return YJJH_E_NOMEM;
    if (yjjh__strmap_put(&f->index, c->code, f->n, NULL, NULL) != YJJH_OK) {
        free(c->code);
        return YJJH_E_NOMEM;
    }
    for (size_t k = 0; k < N_KEYS; k++)
        c->v[k] = NAN;
    *out = (long)f->n++;
    return YJJH_OK;
}

yjjh_status yjjh_facts_new(yjjh_facts **out)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = calloc(1, sizeof **out);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}

void yjjh_facts_free(yjjh_facts *facts)
{
    if (!facts)
        return;
    for (size_t i = 0; i < facts->n; i++)
        free(facts->counties[i].code);
    free(facts->counties);
    yjjh__strmap_free(&facts->index);
    free(facts);
}

yjjh_status yjjh_facts_set(yjjh_facts *facts, const char *county_code, const char *key, double value)
{
    int k;
    long c;
    yjjh_status s;
    if (!facts || !county_code || !key)
        return YJJH_E_NULL_ARG;
    if ((k = key_index(key)) < 0)
        return YJJH_E_UNKNOWN_CODE;
    if (!isfinite(value))
        return YJJH_E_NOT_FINITE;
    if ((c = find_county(facts, county_code)) < 0 && (s = add_county(&c, facts, county_code)) != YJJH_OK)
        return s;
    facts->counties[c].v[k] = value;
    return YJJH_OK;
}

yjjh_status yjjh_facts_get(double *out, const yjjh_facts *facts, const char *county_code, const char *key)
{
    int k;
    long c;
    if (!out || !facts || !county_code || !key)
        return YJJH_E_NULL_ARG;
    if ((k = key_index(key)) < 0)
        return YJJH_E_UNKNOWN_CODE;
    c = find_county(facts, county_code);
    if (c >= 0 && !isnan(facts->counties[c].v[k])) {
        *out = facts->counties[c].v[k];
        return YJJH_OK;
    }
    c = find_county(facts, "");
    if (c >= 0 && !isnan(facts->counties[c].v[k])) {
        *out = facts->counties[c].v[k];
        return YJJH_OK;
    }
    return YJJH_E_NOT_FOUND;
}

size_t yjjh_facts_county_count(const yjjh_facts *facts) { return facts ? facts->n : 0; }

yjjh_status yjjh_facts_county_get(const char **out, const yjjh_facts *facts, size_t i)
{
    if (!out || !facts)
        return YJJH_E_NULL_ARG;
    if (i >= facts->n)
        return YJJH_E_OUT_OF_RANGE;
    *out = facts->counties[i].code;
    return YJJH_OK;
}

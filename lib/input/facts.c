/* County facts (yjjh_facts.h, data-format.md §3): the fact-key catalogue and per-county storage. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_facts.h"
#include "common/util.h"

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

static int is_space_at(const char *p, const char *e, size_t *len)
{
    unsigned char c = (unsigned char)*p;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        *len = 1;
        return 1;
    }
    if (e - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0) {
        *len = 3;
        return 1;
    }
    return 0;
}

yjjh_status yjjh_fact_key_from_name(const char **out, const char *name)
{
    const char *b, *e;
    size_t len, n;
    if (!out || !name)
        return YJJH_E_NULL_ARG;
    b = name;
    e = name + strlen(name);
    while (b < e && is_space_at(b, e, &len))
        b += len;
    for (;;) {
        if (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
            e--;
        else if (e - b >= 3 && memcmp(e - 3, "\xE3\x80\x80", 3) == 0)
            e -= 3;
        else
            break;
    }
    n = (size_t)(e - b);
    for (size_t i = 0; i < N_KEYS; i++) {
        const char *k = fact_keys[i].key;
        if (strlen(k) == n) {
            size_t j = 0;
            for (; j < n; j++) {
                unsigned char c = (unsigned char)b[j];
                if (c >= 'A' && c <= 'Z')
                    c = (unsigned char)(c - 'A' + 'a');
                if (c != (unsigned char)k[j])
                    break;
            }
            if (j == n) {
                *out = k;
                return YJJH_OK;
            }
        }
        if (strlen(fact_keys[i].zh) == n && memcmp(fact_keys[i].zh, b, n) == 0) {
            *out = k;
            return YJJH_OK;
        }
    }
    return YJJH_E_UNKNOWN_CODE;
}

/* ---- storage: open-addressing hash of county codes -> value arrays (NaN = not given) -------------- */

typedef struct county_facts {
    char *code;
    double v[N_KEYS];
} county_facts;

struct yjjh_facts {
    county_facts *counties;   /* in order of first set */
    size_t n, cap;
    size_t *slots;            /* index + 1, 0 = empty; size nslots (power of two) */
    size_t nslots;
};


static long find_county(const yjjh_facts *f, const char *code)
{
    size_t mask, i;
    if (!f->nslots)
        return -1;
    mask = f->nslots - 1;
    for (i = yjjh__hash_str(code) & mask; f->slots[i]; i = (i + 1) & mask) {
        if (strcmp(f->counties[f->slots[i] - 1].code, code) == 0)
            return (long)(f->slots[i] - 1);
    }
    return -1;
}

static yjjh_status rehash(yjjh_facts *f, size_t nslots)
{
    size_t *slots = calloc(nslots, sizeof *slots);
    if (!slots)
        return YJJH_E_NOMEM;
    for (size_t c = 0; c < f->n; c++) {
        size_t i = yjjh__hash_str(f->counties[c].code) & (nslots - 1);
        while (slots[i])
            i = (i + 1) & (nslots - 1);
        slots[i] = c + 1;
    }
    free(f->slots);
    f->slots = slots;
    f->nslots = nslots;
    return YJJH_OK;
}

static yjjh_status add_county(long *out, yjjh_facts *f, const char *code)
{
    size_t len = strlen(code) + 1;
    county_facts *c;
    yjjh_status s;
    if (f->n == f->cap) {
        size_t ncap = f->cap ? f->cap * 2 : 8;
        county_facts *nc = realloc(f->counties, ncap * sizeof *nc);
        if (!nc)
            return YJJH_E_NOMEM;
        f->counties = nc;
        f->cap = ncap;
    }
    if ((f->n + 1) * 2 > f->nslots && (s = rehash(f, f->nslots ? f->nslots * 2 : 16)) != YJJH_OK)
        return s;
    c = &f->counties[f->n];
    if (!(c->code = malloc(len)))
        return YJJH_E_NOMEM;
    memcpy(c->code, code, len);
    for (size_t k = 0; k < N_KEYS; k++)
        c->v[k] = NAN;
    {
        size_t i = yjjh__hash_str(code) & (f->nslots - 1);
        while (f->slots[i])
            i = (i + 1) & (f->nslots - 1);
        f->slots[i] = f->n + 1;
    }
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
    free(facts->slots);
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

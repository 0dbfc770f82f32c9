/* SPDX-License-Identifier: MIT */
/* Names of the school stages. */
#include "yjjh/yjjh.h"

const char *yjjh_stage_name(yjjh_stage stage)
{
    switch (stage) {
    case YJJH_STAGE_PRIMARY: return "primary";
    case YJJH_STAGE_JUNIOR: return "junior";
    case YJJH_STAGE_SENIOR: return "senior";
    case YJJH_STAGE_NONE: break;
    }
    return "none";
}

const char *yjjh_stage_name_zh(yjjh_stage stage)
{
    switch (stage) {
    case YJJH_STAGE_PRIMARY: return "小学";
    case YJJH_STAGE_JUNIOR: return "初中";
    case YJJH_STAGE_SENIOR: return "高中";
    case YJJH_STAGE_NONE: break;
    }
    return "";
}

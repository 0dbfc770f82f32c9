/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh.h
 * @brief Umbrella header of libyjjh, the reference implementation of China's county-level compulsory-education
 *        balance evaluation (县域义务教育优质均衡 / 基本均衡发展督导评估).
 *
 * Include this one header. The library never prints, never exits, keeps no mutable global state, and every
 * function is thread-safe on distinct objects.
 * @since 0.1
 */
#ifndef YJJH_H
#define YJJH_H

#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_version.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_stats.h"
#include "yjjh/yjjh_diag.h"
#include "yjjh/yjjh_indicators.h"
#include "yjjh/yjjh_profile.h"
#include "yjjh/yjjh_standards.h"
#include "yjjh/yjjh_staffing.h"
#include "yjjh/yjjh_school_rule.h"
#include "yjjh/yjjh_items.h"
#include "yjjh/yjjh_schools.h"
#include "yjjh/yjjh_facts.h"
#include "yjjh/yjjh_result.h"
#include "yjjh/yjjh_evaluate.h"
#include "yjjh/yjjh_plan.h"
#include "yjjh/yjjh_reader.h"
#include "yjjh/yjjh_report.h"

#endif /* YJJH_H */

/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_items.h
 * @brief The county items (县级项目, docs/indicators.md §5–7): government assurance G1–G15, education quality Q1–Q9,
 *        social recognition S1, the vetoes and the eligibility conditions; their catalogue and status.
 *
 * The catalogue is static data: every function is pure and thread-safe.
 * @since 0.2 (split out of yjjh_evaluate.h)
 */
#ifndef YJJH_ITEMS_H
#define YJJH_ITEMS_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Status of a county item (G/Q/S). Values pinned. */
typedef enum yjjh_item_status { YJJH_ITEM_MET = 0, YJJH_ITEM_NOT_MET = 1, YJJH_ITEM_NOT_ASSESSED = 2 } yjjh_item_status;

/**
 * @brief Name of an item status as in the JSON output: "met", "not_met", "not_assessed".
 * @param[in] status Any value.
 * @return A static string, never NULL ("unknown" for other values).
 * @since 0.1
 */
YJJH_API const char *yjjh_item_status_name(yjjh_item_status status);

/**
 * @brief Number of county items in the catalogue (G1–G15, Q1–Q9, S1, five vetoes, three eligibility conditions).
 * @return The number of items (33).
 * @since 0.1
 */
YJJH_API size_t yjjh_item_catalog_count(void);

/** Version of #yjjh_item_info understood by this header. */
#define YJJH_ITEM_INFO_VERSION 1
/** Static initialiser of #yjjh_item_info. @since 0.2 */
/* clang-format off */
#define YJJH_ITEM_INFO_INIT { YJJH_ITEM_INFO_VERSION, 0, 0, 0, 0 }
/* clang-format on */

/** Description of one county item of the catalogue. Strings are static (valid for the life of the process). */
typedef struct yjjh_item_info {
    unsigned int version;      /**< Set to #YJJH_ITEM_INFO_VERSION before the call. */
    const char *code;          /**< "G1" … "G15", "Q1" … "Q9", "S1", "veto_…", "eligibility_…". */
    const char *name_zh;       /**< Full Chinese name as in the national 评估办法. */
    const char *short_name_zh; /**< Short Chinese name for tables. */
    const char *name_en;       /**< English name. */
} yjjh_item_info;

/**
 * @brief Describe the i-th item of the catalogue, in report order.
 * @param[in,out] out Caller's struct with version set to #YJJH_ITEM_INFO_VERSION.
 * @param[in]     i   Index, 0 ≤ i < yjjh_item_catalog_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_item_catalog_get(yjjh_item_info *out, size_t i);

/**
 * @brief Describe an item by code ("G5", "veto_key_classes", case-sensitive).
 * @param[in,out] out  Caller's struct with version set to #YJJH_ITEM_INFO_VERSION.
 * @param[in]     code Item code.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_UNKNOWN_CODE.
 * @since 0.2
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_item_lookup(yjjh_item_info *out, const char *code);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_ITEMS_H */

/* SPDX-License-Identifier: MIT */
/* Exact between/within decompositions of CV², Theil T, Theil L and GE(α) (yjjh_equity.h, docs/equity.md §3).
 *
 * The total is computed from all values; each group's mean μ_g and index I_g from its own values (same
 * algorithms as the measures). The between term is the GE(α) term of the relative group mean
 * d_g = (μ_g − μ)/μ, so it is ≥ 0 like every term; the within term Σ s_g (μ_g/μ)^α I_g is a sum of
 * non-negative products, hence never negative. between + within = total holds to rounding.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "yjjh/yjjh_equity.h"
#include "equity/equity.h"
#include "rules/stats.h"
#include "common/util.h"

yjjh_status yjjh_equity_decompose(yjjh_equity_decomposition *out, yjjh_equity_group *out_groups, size_t n_groups,
                                  const double *values, size_t n, const size_t *groups, size_t n_codes,
                                  const double *weights, size_t n_weights, yjjh_equity_measure measure, double alpha)
{
    if (!out || !values || !groups)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_EQUITY_DECOMPOSITION_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (n == 0 || n_groups == 0)
        return YJJH_E_EMPTY;
    if (n_codes != n || (weights && n_weights != n))
        return YJJH_E_LENGTH_MISMATCH;
    double a, factor = 1.0;
    switch (measure) {
    case YJJH_EQUITY_CV2:
        a = 2.0;
        factor = 2.0; /* CV² = 2·GE(2) */
        break;
    case YJJH_EQUITY_THEIL_T: a = 1.0; break;
    case YJJH_EQUITY_THEIL_L: a = 0.0; break;
    case YJJH_EQUITY_GE:
        if (!yjjh__eq_param_ok(measure, alpha))
            return YJJH_E_OUT_OF_RANGE;
        a = alpha;
        break;
    default: return YJJH_E_NOT_APPLICABLE;
    }
    for (size_t i = 0; i < n; i++)
        if (groups[i] >= n_groups)
            return YJJH_E_OUT_OF_RANGE;

    /* total (validates the values and weights) */
    double total = 0.0, mean = 0.0;
    yjjh_status st = yjjh__eq_measure(&total, values, weights, n, measure, alpha);
    if (st != YJJH_OK)
        return st;
    if ((st = yjjh__eq_mean(&mean, values, weights, n)) != YJJH_OK)
        return st;

    /* the values of each group, contiguous (counting sort by code) */
    if (n_groups > SIZE_MAX / sizeof(size_t) - 1 || n > SIZE_MAX / (2 * sizeof(double)))
        return YJJH_E_NOMEM;
    size_t *start = calloc(n_groups + 1, sizeof *start);
    double *gx = malloc(2 * n * sizeof *gx);
    if (!start || !gx) {
        free(start);
        free(gx);
        return YJJH_E_NOMEM;
    }
    double *gw = gx + n;
    for (size_t i = 0; i < n; i++)
        start[groups[i] + 1]++;
    for (size_t g = 0; g < n_groups; g++)
        start[g + 1] += start[g];
    {
        size_t *fill = malloc(n_groups * sizeof *fill);
        if (!fill) {
            free(start);
            free(gx);
            return YJJH_E_NOMEM;
        }
        for (size_t g = 0; g < n_groups; g++)
            fill[g] = start[g];
        for (size_t i = 0; i < n; i++) {
            size_t k = fill[groups[i]]++;
            gx[k] = values[i];
            gw[k] = weights ? weights[i] : 1.0;
        }
        free(fill);
    }

    yjjh__ksum W = {0.0, 0.0};
    for (size_t i = 0; i < n; i++)
        yjjh__ksum_add(&W, weights ? weights[i] : 1.0);
    double wsum = yjjh__ksum_value(&W);

    yjjh__ksum B = {0.0, 0.0}, Wi = {0.0, 0.0};
    size_t used = 0;
    for (size_t g = 0; g < n_groups; g++) {
        size_t lo = start[g], ng = start[g + 1] - lo;
        yjjh_equity_group r = {0, 0.0, 0.0, NAN, NAN, 0.0, 0.0};
        if (ng > 0) {
            used++;
            yjjh__ksum Wg = {0.0, 0.0};
            for (size_t k = lo; k < lo + ng; k++)
                yjjh__ksum_add(&Wg, gw[k]);
            double mg = 0.0, ig = NAN;
            st = yjjh__stats_moments(&mg, NULL, gx + lo, gw + lo, ng, 0u);
            if (st != YJJH_OK)
                break;
            r.n = ng;
            r.weight = yjjh__ksum_value(&Wg);
            r.weight_share = r.weight / wsum;
            r.mean = mg;
            r.between_term = factor * r.weight_share * yjjh__eq_ge_term((mg - mean) / mean, a);
            if (mg > 0.0) {
                st = yjjh__eq_ge_known_mean(&ig, gx + lo, gw + lo, ng, mg, a);
                if (st != YJJH_OK)
                    break;
                ig *= factor;
                r.within_term = r.weight_share * pow(mg / mean, a) * ig;
            }
            r.index = ig;
            yjjh__ksum_add(&B, r.between_term);
            yjjh__ksum_add(&Wi, r.within_term);
        }
        if (out_groups)
            out_groups[g] = r;
    }
    free(start);
    free(gx);
    if (st != YJJH_OK)
        return st;
    double between = yjjh__ksum_value(&B), within = yjjh__ksum_value(&Wi);
    if (!isfinite(between) || !isfinite(within))
        return YJJH_E_OVERFLOW;
    out->total = total;
    out->between = between;
    out->within = within;
    out->n_groups = used;
    return YJJH_OK;
}

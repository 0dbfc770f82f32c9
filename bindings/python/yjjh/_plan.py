# SPDX-License-Identifier: MIT
"""plan(), trend() and Result.summary(): the remediation planner (一校一策), the whole-city summary (整市推进)
and multi-year monitoring (docs/plan.md)."""

from __future__ import annotations

import json
import math
import os
from typing import Any, Dict, Mapping, Optional

from . import core
from ._frame import _table_to_frame, facts_handle, schools_table
from ._util import ProfileLike, Profile, load_profile, stage_label

__all__ = ["plan", "Plan", "trend", "plot_trend", "costs", "summary"]

_KINDS = {core.ACTION_SCHOOL_RULE: "school_rule", core.ACTION_CV: "cv", core.ACTION_COUNTY_ITEM: "county_item"}
_SORTS = {"input": core.SUMMARY_SORT_INPUT, "cost": core.SUMMARY_SORT_COST, "failing": core.SUMMARY_SORT_FAILING,
          "cv": core.SUMMARY_SORT_CV, "code": core.SUMMARY_SORT_CODE}


def _table(schools: Any) -> Any:
    if isinstance(schools, (str, os.PathLike)):
        return core.schools_read_file(os.fspath(schools), None)
    if isinstance(schools, core.Schools):
        return schools
    if hasattr(schools, "columns") and hasattr(schools, "__len__"):
        return schools_table(schools)
    raise TypeError("schools: expected a pandas DataFrame or a path, got %s" % type(schools).__name__)


def costs(prices: Any = None) -> Any:
    """costs(prices=None) -> yjjh.core.Costs: unit prices for :func:`plan` (元 per unit of each numerator field).

    ``prices`` is None (the example defaults of docs/plan.md: examples, not facts), the path of a JSON file like
    examples/costs.json, or a dict ``{field: price}`` (fields such as ``teaching_area``, ``sports_area``,
    ``multimedia_rooms``, ``teacher`` for every teacher field). Unknown fields raise UnknownCodeError."""
    if isinstance(prices, core.Costs):
        return prices
    if prices is None:
        return core.costs_new()
    if isinstance(prices, (str, os.PathLike)):
        return core.costs_load_file(os.fspath(prices))
    if isinstance(prices, Mapping):
        c = core.costs_new()
        teacher = prices.get("teacher")
        if teacher is not None:  # first, so that a field given as well wins
            core.costs_set(c, "teacher", float(teacher))
        for k, v in prices.items():
            if k not in ("teacher", "comment", "currency"):
                core.costs_set(c, str(k), float(v))
        return c
    raise TypeError("costs: expected None, a path or a dict, got %s" % type(prices).__name__)


class Plan:
    """Result of :func:`plan`: per county the costs and targets, the 一校一策 actions, and the school table with
    the plan applied (:attr:`schools`), which re-evaluates to pass every item the plan targets."""

    def __init__(self, handle: Any, profile: Profile) -> None:
        self._h = handle
        self.profile = profile
        self._cache: Dict[str, Any] = {}

    @property
    def counties(self) -> Any:
        """pandas.DataFrame, one row per county: verdicts before and after, failing schools and CVs, targets and
        targets met, the costs (one-off, per year for teachers, first-year total, 元)."""
        import pandas as pd

        rows = [core.plan_county_get(self._h, i) for i in range(core.plan_county_count(self._h))]
        return pd.DataFrame(rows)

    @property
    def actions(self) -> Any:
        """pandas.DataFrame of the 一校一策 list: county_code, kind (school_rule, cv, county_item), school_id,
        school_name, stage, code, now, target, column, add (whole units), unit, cost (元; per year when
        recurring), recurring, message."""
        if "actions" not in self._cache:
            import pandas as pd

            codes = [c["county_code"] for c in
                     (core.plan_county_get(self._h, i) for i in range(core.plan_county_count(self._h)))]
            rows = []
            for i in range(core.plan_action_count(self._h)):
                a = core.plan_action_get(self._h, i)
                a["county_code"] = codes[a.pop("county")]
                a["kind"] = _KINDS[a["kind"]]
                a["stage"] = stage_label(a["stage"])
                rows.append(a)
            self._cache["actions"] = pd.DataFrame(rows, columns=[
                "county_code", "kind", "school_id", "school_name", "stage", "code", "now", "target", "column",
                "field", "add", "unit", "cost", "recurring", "message", "row"])
        return self._cache["actions"]

    @property
    def targets(self) -> Any:
        """pandas.DataFrame of the items the plan targets and their state in the applied table."""
        import pandas as pd

        rows = []
        for i in range(core.plan_target_count(self._h)):
            t = core.plan_target_get(self._h, i)
            t["stage"] = stage_label(t["stage"])
            rows.append(t)
        return pd.DataFrame(rows, columns=["county", "stage", "code", "school_id", "before", "required", "after",
                                           "met_after"])

    @property
    def schools(self) -> Any:
        """pandas.DataFrame: the school table with the plan applied (the same columns as the input)."""
        return _table_to_frame(core.plan_schools(self._h))

    def summary(self, sort: str = "input") -> Any:
        """summary(sort="input") -> pandas.DataFrame: one row per county (verdict, failing schools, county items
        not met, CVs over their limit, worst CV per stage and its indicator, the plan's first-year cost), in
        the order ``sort``: input, cost, failing, cv or code."""
        import pandas as pd

        if sort not in _SORTS:
            raise ValueError("sort: one of %s, not %r" % (", ".join(_SORTS), sort))
        rows = [core.plan_summary_get(self._h, _SORTS[sort], j) for j in range(core.plan_county_count(self._h))]
        df = pd.DataFrame(rows)
        return df.drop(columns=["county"]) if len(df) else df

    def to_json(self) -> Dict[str, Any]:
        """The plan's JSON document (docs/plan.md) as a dict."""
        return json.loads(core.plan_to_json(self._h))

    def to_csv(self) -> str:
        """The 一校一策 list as CSV text (one row per action)."""
        return core.plan_to_csv(self._h)


def plan(schools: Any, facts: Any = None, profile: ProfileLike = "national-2017", costs: Any = None,
         year: Optional[int] = None) -> Plan:
    """plan(schools, facts=None, profile="national-2017", costs=None, year=None) -> Plan

    The remediation plan (一校一策) of every county: the cheapest whole-unit additions that make every school part
    pass the school rule and every CV meet its limit (docs/plan.md). ``schools``, ``facts``, ``profile`` and
    ``year`` as for :func:`yjjh.evaluate`; ``costs`` as for :func:`yjjh.costs`. Raises DataError on bad input.
    """
    prof = load_profile(profile)
    table = _table(schools)
    fh = facts_handle(facts, year)
    return Plan(core.schools_plan(table, fh, prof._handle, globals()["costs"](costs)), prof)


def summary(result: Any, costs: Any = None, sort: str = "input") -> Any:
    """Result.summary(costs=None, sort="input") -> pandas.DataFrame: the whole-city summary of an evaluation's
    counties (see :meth:`Plan.summary`); the distance to pass is the cost of :func:`plan` on the same inputs."""
    inputs = getattr(result, "_plan_inputs", None)
    if inputs is None:
        raise ValueError("summary: this Result does not keep its inputs; use yjjh.plan(...).summary()")
    table, fh, prof = inputs
    return Plan(core.schools_plan(table, fh, prof._handle, globals()["costs"](costs)), prof).summary(sort)


def trend(years: Mapping[int, Any], facts: Optional[Mapping[int, Any]] = None,
          profile: ProfileLike = "national-2017", target_year: Optional[int] = None) -> Any:
    """trend(years, facts=None, profile="national-2017", target_year=None) -> pandas.DataFrame

    Multi-year monitoring: ``years`` maps each year to its school table (DataFrame or path), ``facts`` each year
    to its facts (dict, path or None). One row per county, stage, indicator and year: county_value, cv, cv_max,
    cv_change (from the year before), slope and projected_cv (a plain least-squares line through the CVs,
    projected to ``target_year``, default the last year + 1), on_track. ``df.attrs["budget"]`` is a DataFrame of
    the 两个只增不减 check: education_budget and budget_per_student per county and year, ``fell`` when lower than
    the year before.
    """
    import pandas as pd

    prof = load_profile(profile)
    ys = sorted(int(y) for y in years)
    tables = [_table(years[y]) for y in ys]
    fhs = [facts_handle(facts.get(y) if facts else None, None) for y in ys]
    tr = core.trend_compute_py(tables, fhs, ys, prof._handle, int(target_year or 0))
    rows = []
    for i in range(core.trend_row_count(tr)):
        r = core.trend_row_get(tr, i)
        r["stage"] = stage_label(r["stage"])
        rows.append(r)
    df = pd.DataFrame(rows, columns=["county_code", "county_name", "stage", "code", "year", "county_value", "cv",
                                     "cv_max", "cv_change", "slope", "target_year", "projected_cv", "on_track"])
    df.attrs["budget"] = pd.DataFrame([core.trend_budget_get(tr, i) for i in range(core.trend_budget_count(tr))],
                                      columns=["county_code", "key", "year", "value", "previous", "fell"])
    return df


def plot_trend(df: Any, county_code: Optional[str] = None, stage: str = "primary", ax: Any = None) -> Any:
    """plot_trend(df, county_code=None, stage="primary", ax=None) -> matplotlib Axes

    Draw the CV of each indicator by year from a :func:`trend` frame (one county: ``county_code``, default the
    first), the stage's CV limit, and the plain linear trend (dashed) from the last year to the target year."""
    import matplotlib.pyplot as plt

    if county_code is None:
        county_code = df["county_code"].iloc[0]
    sub = df[(df["county_code"] == county_code) & (df["stage"] == stage)]
    if not len(sub):
        raise ValueError("plot_trend: no %s rows for county %s" % (stage, county_code))
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 4))
    for code, g in sub.groupby("code", sort=False):
        line, = ax.plot(g["year"], g["cv"], marker="o", label=code)
        last = g.iloc[-1]
        if not math.isnan(last["projected_cv"]) and last["target_year"] > last["year"]:
            # the fitted line from the last year (its value there) to the target year
            at_last = last["projected_cv"] - last["slope"] * (last["target_year"] - last["year"])
            ax.plot([last["year"], last["target_year"]], [at_last, last["projected_cv"]], linestyle="--",
                    color=line.get_color())
    limit = sub["cv_max"].iloc[0]
    if not math.isnan(limit):
        ax.axhline(limit, color="red", linewidth=1, label="limit %.2f" % limit)
    ax.set_xlabel("year")
    ax.set_ylabel("CV")
    ax.set_title("%s %s: CV by year, linear trend to %d" % (county_code, stage, int(sub["target_year"].iloc[0])))
    ax.legend(fontsize="small", ncol=2)
    return ax


def _attach() -> None:
    """Result.summary (the Result class lives in _result.py; attached here so that file stays as it is)."""
    from ._result import Result

    Result.summary = summary  # type: ignore[attr-defined]


_attach()

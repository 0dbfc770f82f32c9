# SPDX-License-Identifier: MIT
"""Reports and plots of a :class:`~yjjh.Result`: the library's text, HTML and xlsx reports (the same as
``yjjh evaluate --format text|html|xlsx``; display rules in docs/reports.md) and two matplotlib charts.

The methods are attached to :class:`~yjjh.Result` by :func:`attach` (``_result.py``): ``to_text()``,
``to_html(path=None)``, ``to_excel(path)``, ``to_excel_csv()``, ``plot_cv()``, ``plot_schools()``.
matplotlib is imported only by the plots.
"""

from __future__ import annotations

import os
from typing import Any, Dict, Optional, Tuple

from . import core

__all__ = ["attach", "cjk_font"]

#: CJK fonts tried by name, in order, for Chinese text in the plots (Debian: fonts-noto-cjk).
CJK_FONTS: Tuple[str, ...] = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "Source Han Sans SC",
                              "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei",
                              "PingFang SC")

_LANGS = {"zh": core.LANG_ZH, "en": core.LANG_EN}


def _lang(lang: str) -> int:
    try:
        return _LANGS[lang]
    except KeyError:
        raise ValueError("lang: expected 'zh' or 'en', got %r" % (lang,)) from None


def _inputs(result: Any, schools_file: Optional[str], facts_file: Optional[str],
            profile_file: Optional[str]) -> Tuple[Optional[str], Optional[str], Optional[str]]:
    known = getattr(result, "_report_inputs", (None, None, None))
    return (schools_file if schools_file is not None else known[0],
            facts_file if facts_file is not None else known[1],
            profile_file if profile_file is not None else known[2])


def to_text(self: Any, lang: str = "zh", date: Optional[str] = None, schools_file: Optional[str] = None,
            facts_file: Optional[str] = None, profile_file: Optional[str] = None) -> str:
    """to_text(lang="zh", date=None, schools_file=None, facts_file=None, profile_file=None) -> str

    The text report (``yjjh evaluate --format text``): a header naming the input files, profile, library
    version and date (``date`` as "YYYY-MM-DD"; None: today, UTC), per county the verdict, reasons, CV tables,
    failing schools with their shortfalls, and the county items. ``lang``: "zh" or "en". The file names default
    to those :func:`yjjh.evaluate` read.
    """
    s, f, p = _inputs(self, schools_file, facts_file, profile_file)
    return core.report_text(self._h, self.profile._handle, _lang(lang), s, f, p, date)


def to_html(self: Any, path: Any = None, lang: str = "zh", date: Optional[str] = None,
            schools_file: Optional[str] = None, facts_file: Optional[str] = None,
            profile_file: Optional[str] = None) -> str:
    """to_html(path=None, lang="zh", date=None, ...) -> str

    The printable HTML report (``--format html``): one self-contained page with inline CSS and SVG charts.
    Written to ``path`` (UTF-8) when given; the HTML is returned either way.
    """
    s, f, p = _inputs(self, schools_file, facts_file, profile_file)
    text = core.report_html(self._h, self.profile._handle, _lang(lang), s, f, p, date)
    if path is not None:
        with open(os.fspath(path), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    return text


def to_excel(self: Any, path: Any, lang: str = "zh", date: Optional[str] = None,
             schools_file: Optional[str] = None, facts_file: Optional[str] = None,
             profile_file: Optional[str] = None) -> None:
    """to_excel(path, lang="zh", date=None, ...) -> None

    Write the Excel workbook (``--format xlsx``): sheets 结论, 学校, 差异系数, 县级指标, numbers as numbers with
    the report's number formats, frozen headers, filters, failures highlighted. Raises YjjhIOError when the
    file cannot be written (nothing is left behind).
    """
    s, f, p = _inputs(self, schools_file, facts_file, profile_file)
    core.report_xlsx(os.fspath(path), self._h, self.profile._handle, _lang(lang), s, f, p, date)


def to_excel_csv(self: Any, lang: str = "zh") -> str:
    """to_excel_csv(lang="zh") -> str: :meth:`to_csv` for Excel (``--format csv --excel``): a UTF-8 byte order
    mark and the header row in Chinese (or English)."""
    return core.report_excel_csv(self._h, self.profile._handle, _lang(lang))


# ---- plots ----


def cjk_font() -> Optional[str]:
    """The name of an installed CJK font for matplotlib, or None: the first of :data:`CJK_FONTS` that matplotlib
    knows; else the first that fontconfig (``fc-list``) finds, registered with matplotlib first (its font cache
    may predate the font, and it lists no .ttc collection such as Debian's NotoSansCJK-Regular.ttc; for a
    collection matplotlib uses its first face, e.g. "Noto Sans CJK JP", which has the same Chinese glyphs)."""
    import shutil
    import subprocess

    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    if not shutil.which("fc-list"):
        return None
    for name in CJK_FONTS:
        try:
            out = subprocess.run(["fc-list", ":family=%s:style=Regular" % name, "file"], capture_output=True,
                                 text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        files = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
        for path in files:
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
            for f in font_manager.fontManager.ttflist:
                if f.fname == path:
                    return f.name
    return None


def _rc() -> Dict[str, Any]:
    font = cjk_font()
    rc: Dict[str, Any] = {"axes.unicode_minus": False}
    if font:
        rc["font.family"] = "sans-serif"
        rc["font.sans-serif"] = [font, "DejaVu Sans"]
    return rc


def _fix_fonts(fig: Any) -> Any:
    """Give every text of fig the CJK font by name: a Text resolves a generic family ("sans-serif") when it is
    drawn, after plt.rc_context() has ended, so the family is set on the texts themselves."""
    from matplotlib.text import Text

    font = cjk_font()
    if font:
        for t in fig.findobj(Text):
            t.set_fontfamily([font, "DejaVu Sans"])
    return fig


def _county(doc: Dict[str, Any], county: Optional[str]) -> Dict[str, Any]:
    counties = doc["counties"]
    if county is None:
        if len(counties) != 1:
            raise ValueError("the result has %d counties; pass county=CODE" % len(counties))
        return counties[0]
    for c in counties:
        if c["county_code"] == county:
            return c
    raise ValueError("no county %r in the result" % (county,))


def _names(self: Any, lang: str) -> Dict[str, str]:
    out = {}
    for code in self.profile.indicator_codes:
        info = core.indicator_lookup(code)
        out[code] = info["name_zh"] if lang == "zh" else info["name_en"]
    return out


_STAGE_ZH = {"primary": "小学", "junior": "初中"}


def plot_cv(self: Any, county: Optional[str] = None, lang: str = "zh") -> Any:
    """plot_cv(county=None, lang="zh") -> matplotlib.figure.Figure

    Per stage a horizontal bar chart of each indicator's 差异系数 (CV) against its limit (dashed line); bars
    over the limit are red. ``county``: the county code (needed when the result has several).
    """
    import matplotlib.pyplot as plt

    _lang(lang)
    c = _county(self.to_dict(), county)
    names = _names(self, lang)
    stages = [s for s in ("primary", "junior") if s in c["stages"]]
    with plt.rc_context(_rc()):
        fig, axes = plt.subplots(1, max(len(stages), 1), figsize=(6.5 * max(len(stages), 1), 4.2), squeeze=False)
        for ax, stage in zip(axes[0], stages):
            st = c["stages"][stage]
            codes = list(st["indicators"])
            cvs = [st["indicators"][k]["cv"] if st["indicators"][k]["cv"] is not None else 0.0 for k in codes]
            limit = st.get("composite_cv_max") or next(
                (st["indicators"][k]["cv_max"] for k in codes if st["indicators"][k].get("cv_max") is not None),
                None)
            colors = ["#c62828" if st["indicators"][k].get("cv_met") is False and "cv_max" in st["indicators"][k]
                      else "#5c8fbf" for k in codes]
            y = list(range(len(codes)))[::-1]
            ax.barh(y, cvs, color=colors)
            ax.set_yticks(y)
            ax.set_yticklabels(["%s %s" % (k, names.get(k, "")[:12]) for k in codes])
            for yy, v, k in zip(y, cvs, codes):
                met = st["indicators"][k].get("cv_met", True) or limit is None
                ax.text(v, yy, " " + _cv_text(v, limit, met), va="center", fontsize=8)
            if limit is not None:
                ax.axvline(limit, color="#c62828", linestyle="--", linewidth=1.2)
                lim = "%.2f" % limit if float("%.2f" % limit) == limit else repr(limit)
                ax.text(limit, -0.9, ("上限 ≤ %s" if lang == "zh" else "limit ≤ %s") % lim,
                        color="#c62828", ha="center", va="top", fontsize=8)
            title = "%s %s 差异系数" % (c["county_name"] or c["county_code"], _STAGE_ZH[stage]) if lang == "zh" \
                else "%s %s: CV against its limit" % (c["county_name"] or c["county_code"], stage)
            ax.set_title(title)
            ax.set_xlim(0, max(cvs + [limit or 0]) * 1.2 or 1)
        _fix_fonts(fig)
        fig.tight_layout()
    return fig


def _cv_text(cv: float, limit: Optional[float], met: bool) -> str:
    """A CV to 3 decimals, more while an unmet one would not show above its limit (docs/reports.md)."""
    for d in range(3, 18):
        text = "%.*f" % (d, cv)
        if limit is None or met or float(text) > limit:
            return text
    return repr(cv)


def _pct(ratio: float, met: bool) -> str:
    """A ratio as a rounded percentage, with more decimals while an unmet one would show 100 % (the display
    rule of docs/reports.md)."""
    for d in range(0, 15):
        text = "%.*f" % (d, ratio * 100)
        if met or float(text) < 100:
            return text + "%"
    return "%r%%" % (ratio * 100)


def plot_schools(self: Any, county: Optional[str] = None, stage: str = "primary", lang: str = "zh") -> Any:
    """plot_schools(county=None, stage="primary", lang="zh") -> matplotlib.figure.Figure

    A heat map of the schools × indicators of one stage coloured by the ratio of each value to its standard
    (red below, green above 100 %); every failing cell is marked ✗ with a black frame, and failing schools are
    labelled in red.
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import TwoSlopeNorm
    from matplotlib.patches import Rectangle

    _lang(lang)
    c = _county(self.to_dict(), county)
    codes = list(self.profile.indicator_codes)
    parts = [s for s in c["schools"] if s["in_scope"] and s["stage"] == stage and "ratios" in s]
    if not parts:
        raise ValueError("no in-scope %s school parts with a school rule in county %r" % (stage, c["county_code"]))
    ratios = [[s["ratios"].get(k, float("nan")) for k in codes] for s in parts]
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(1.1 * len(codes) + 3.5, 0.38 * len(parts) + 1.6))
        im = ax.imshow(ratios, cmap="RdYlGn", norm=TwoSlopeNorm(vmin=0.5, vcenter=1.0, vmax=2.0), aspect="auto")
        ax.set_xticks(range(len(codes)))
        ax.set_xticklabels(codes)
        ax.set_yticks(range(len(parts)))
        labels = ["%s %s" % (s["school_id"], s.get("school_name") or "") for s in parts]
        ax.set_yticklabels(labels, fontsize=8)
        for i, s in enumerate(parts):
            if s.get("passed") is False:
                ax.get_yticklabels()[i].set_color("#c62828")
            for j, k in enumerate(codes):
                r = s["ratios"].get(k)
                if r is None:
                    continue
                missed = not s["met"].get(k, True)
                label = ("✗ " if missed else "") + _pct(r, not missed)
                ax.text(j, i, label, ha="center", va="center", fontsize=7,
                        color="black", fontweight="bold" if missed else "normal", gid="miss" if missed else None)
                if missed:
                    ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="black", linewidth=2,
                                           gid="miss-frame"))
        cb = fig.colorbar(im, ax=ax)
        cb.set_label("与标准之比 (值 / 标准)" if lang == "zh" else "value / standard")
        title = "%s %s 各校指标 (✗ 未达标)" % (c["county_name"] or c["county_code"], _STAGE_ZH.get(stage, stage)) \
            if lang == "zh" else "%s %s schools (✗ below the standard)" % (c["county_name"] or c["county_code"], stage)
        ax.set_title(title)
        _fix_fonts(fig)
        fig.tight_layout()
    return fig


def attach(cls: Any) -> None:
    """Add the report and plot methods to the Result class."""
    cls.to_text = to_text
    cls.to_html = to_html
    cls.to_excel = to_excel
    cls.to_excel_csv = to_excel_csv
    cls.plot_cv = plot_cv
    cls.plot_schools = plot_schools

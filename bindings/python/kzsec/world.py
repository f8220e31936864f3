"""The world network from public data (see docs/world.md and data/world/SOURCES.md).

Readers
    ``read_un_votes``, ``read_un_roll_calls``, ``read_un_issues``,
    ``read_ideal_points``, ``read_atop``, ``read_cow_states``,
    ``read_cow_majors``, ``read_gw_states``, ``read_igo``, ``read_mids``,
    ``read_rivalries``, ``read_trade``, ``read_nmc``,
    ``read_declared_neutrality``: one file of
    ``data/world/`` each, as a pandas DataFrame (``as_frame=False``: a dict of
    numpy arrays). Columns are built in C++; parsing releases the GIL.
Sources and the network
    :class:`Sources` (all the data sets, parsed), :func:`read_sources`,
    :func:`embedded_sources`, :func:`has_embedded_data`, :func:`file_names`,
    :class:`WorldOptions`, :func:`build_world` (``kzsec.datasets.world`` builds
    from the embedded data in one call).
Derived tables
    :func:`crosswalk` (ISO3 / COW / G-W), :func:`un_agreement_by_year`
    (all-pairs UN agreement matrices) and :func:`agreement_frame` (the same as
    a long DataFrame).
"""
from __future__ import annotations

import os
from typing import Any, Iterable

from ._args import wrap_module as _wrap_module
from . import _core
from ._missing import require as _require

_w = _core.world

Sources = _w.Sources
WorldOptions = _w.WorldOptions
AgreementYear = _w.AgreementYear
build_world = _w.build_world
read_sources = _w.read_sources
embedded_sources = _w.embedded_sources
has_embedded_data = _w.has_embedded_data
file_names = _w.file_names

__all__ = [
    "AgreementYear",
    "Sources",
    "WorldOptions",
    "agreement_frame",
    "build_world",
    "crosswalk",
    "embedded_sources",
    "file_names",
    "has_embedded_data",
    "make_options",
    "read_atop",
    "read_cow_majors",
    "read_declared_neutrality",
    "read_cow_states",
    "read_gw_states",
    "read_ideal_points",
    "read_igo",
    "read_mids",
    "read_nmc",
    "read_rivalries",
    "read_sources",
    "read_trade",
    "read_un_issues",
    "read_un_roll_calls",
    "read_un_votes",
    "un_agreement_by_year",
]


def _frame(columns: dict, feature: str, as_frame: bool):
    if not as_frame:
        return columns
    pd = _require("pandas", feature)
    return pd.DataFrame(columns, copy=False)


def _reader(name: str, what: str, file: str, columns: str):
    core = getattr(_w, name)

    def read(path: str | os.PathLike, as_frame: bool = True):
        return _frame(core(path), f"kzsec.world.{name}", as_frame)

    read.__name__ = read.__qualname__ = name
    read.__module__ = __name__
    read.__doc__ = f"""Read {what} (``{file}`` in ``data/world/``).

    The file may be gzip-compressed (recognised by its magic bytes) or plain
    CSV, with a header row and the columns in any order. Every row is
    validated; parsing runs in C++ with the GIL released and the columns are
    built there as numpy arrays.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    as_frame : bool, default True
        Return a pandas DataFrame; False returns a dict of numpy arrays
        (text columns as object arrays of str) and does not need pandas.

    Returns
    -------
    pandas.DataFrame or dict of str to numpy.ndarray
        Columns named as in the file: {columns}.

    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row, e.g. ``[kzsec] file.csv:12: column 'vote': 'maybe'
        is not yes, abstain or no``.
    MissingDependencyError
        If ``as_frame`` is true and pandas is not installed.

    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
    return read


read_un_votes = _reader(
    "read_un_votes", "UN General Assembly votes, one row per country and roll call", "unvotes_votes.csv.gz",
    "rcid, country, country_code (ISO2, '' where missing), vote ('yes', 'abstain' or 'no')")
read_un_roll_calls = _reader(
    "read_un_roll_calls", "UN General Assembly roll calls", "unvotes_roll_calls.csv.gz",
    "rcid, session, importantvote, date ('YYYY-MM-DD'), unres, amend, para (1, 0, -1 missing), short, descr")
read_un_issues = _reader(
    "read_un_issues", "UN roll-call issue codes, one row per roll call and issue", "unvotes_issues.csv.gz",
    "rcid, short_name, issue")
read_ideal_points = _reader(
    "read_ideal_points", "Bailey-Strezhnev-Voeten ideal points, one row per country-year",
    "bsv_idealpoints_jul2025.csv.gz",
    "ccode, iso3c, countryname, year, idealpointfp, idealpointall, idealpointlegacy, nvotesfp, q5fp, q95fp, "
    "nvotesall, nvotesLegacy (NaN where missing; the other quantiles of the file are not read)")
read_atop = _reader(
    "read_atop", "ATOP 5.1 directed dyad-years (the pledges ccode1 made to ccode2)", "atop5_1_ddy.csv.gz",
    "ccode1, ccode2, year, atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul (0/1)")
read_cow_states = _reader(
    "read_cow_states", "the COW State System Membership list, one row per spell", "cow_states.csv.gz",
    "stateabb, ccode, statenme, styear, stmonth, stday, endyear, endmonth, endday")
read_cow_majors = _reader(
    "read_cow_majors", "the COW major powers, one row per spell", "cow_majors.csv.gz",
    "ccode, styear, stmonth, stday, endyear, endmonth, endday")
read_gw_states = _reader(
    "read_gw_states", "the Gleditsch-Ward list of independent states, one row per spell", "gw_states.csv.gz",
    "gwcode, stateabb, statename, startdate, enddate ('YYYY-MM-DD')")
read_igo = _reader(
    "read_igo", "COW IGO 3.0 joint memberships per non-directed dyad-year", "cow_igo_ndy.csv.gz",
    "ccode1 < ccode2, year, dyadigos")
read_mids = _reader(
    "read_mids", "GML MID 2.2.1 directed dyad-years", "gml_mid_ddy.csv.gz",
    "dispnum, ccode1, ccode2, year, gmlmidonset, sidea1, sidea2, hostlev1, hostlev2, fatality, hostlev, recip "
    "(-9 kept as the missing code; the other columns of the file are not read)")
read_rivalries = _reader(
    "read_rivalries", "Thompson-Dreyer strategic rivalries", "td_rivalries.csv.gz",
    "rivalryno, rivalryname, ccode1, ccode2, styear, endyear, region, type1, type2, type3")
read_trade = _reader(
    "read_trade", "COW dyadic trade 4.0 (peacesciencer's rounded reduction)", "cow_trade_ndy_4_0_rounded.csv.gz",
    "ccode1 < ccode2, year, flow1, flow2, smoothflow1, smoothflow2 (million current US dollars, NaN where missing)")
read_nmc = _reader(
    "read_nmc", "COW National Material Capabilities (v7 layout)", "cow_nmc_v7.csv.gz",
    "ccode, year (stateabb if the file has it), milex, milper, irst, pec, tpop, upop, cinc (NaN where missing or -9)")

read_declared_neutrality = _reader(
    "read_declared_neutrality", "declared neutrality, one row per span of years of a state",
    "declared_neutrality.csv",
    "iso3, from, to (inclusive years), basis (treaty, constitution, law, un_resolution, declaration, parliament or "
    "policy), source, note")


def make_options(**options: Any) -> WorldOptions:
    """:class:`WorldOptions` from keywords.

    Parameters
    ----------
    **options
        Fields of :class:`WorldOptions` (``first_year``, ``last_year``,
        ``actors``, ``domains``, ``defense_value``, ... ``capabilities``).

    Returns
    -------
    WorldOptions

    Raises
    ------
    TypeError
        On an unknown keyword (the message names it) or a value of the wrong type.

    Notes
    -----
    Reference: docs/world.md (every rule and its default).
    """
    return WorldOptions(**options)


def crosswalk(sources: Sources | None = None, last_year: int = 2024, as_frame: bool = True):
    """The crosswalk between ISO3 actor ids, COW codes, G-W codes and the UN votes' ISO2.

    Derived from the data by the rules of docs/world.md ("Actor ids"): the
    ISO3 of the ideal-point file per COW code, with documented exceptions
    (345 -> SRB, 255 and 260 -> DEU, 365 -> RUS, ...).

    Parameters
    ----------
    sources : Sources, optional
        Default :func:`embedded_sources`.
    last_year : int, default 2024
        States in the COW system at the end of 2016 (COW's end) stay in it to
        this year.
    as_frame : bool, default True
        Return a pandas DataFrame; False returns a dict of numpy arrays.

    Returns
    -------
    pandas.DataFrame or dict
        One row per state, sorted by ``iso3``: ``iso3``, ``name`` (latest COW
        name), ``ccodes`` (COW codes joined by ';', e.g. ``"255;260"``),
        ``stateabb``, ``gwcode`` (pandas nullable ``Int64``, <NA> if the G-W
        list lacks the state; -1 in the dict form), ``iso2`` ('' if the state
        has no UN votes), ``spells`` (years in the system, e.g.
        ``"1816-1945;1990-2024"``).

    Raises
    ------
    ValueError
        If the ideal points give two ISO3 codes to one COW code.
    MissingDependencyError
        If ``as_frame`` is true and pandas is not installed.
    """
    cols, _, _ = _w._crosswalk_columns(sources if sources is not None else embedded_sources(), int(last_year))
    if not as_frame:
        return cols
    pd = _require("pandas", "kzsec.world.crosswalk")
    df = pd.DataFrame(cols, copy=False)
    df["gwcode"] = pd.array(cols["gwcode"], dtype="Int64")
    df.loc[df["gwcode"] == -1, "gwcode"] = pd.NA
    return df


_VOTE_CODES = {"yes": 1, "abstain": 2, "no": 3, 1: 1, 2: 2, 3: 3}


def _columns_of(table, names: Iterable[str], what: str) -> dict:
    try:
        return {n: table[n] for n in names}
    except (KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"[kzsec] un_agreement_by_year: {what} needs the columns {list(names)}") from exc


def un_agreement_by_year(votes=None, roll_calls=None, threads: int = 0) -> list:
    """All-pairs UN General Assembly agreement for every year with votes.

    Lijphart's index of agreement, ``IA = mean over joint roll calls of
    1 - |v_i - v_j| / 2`` with yes 1, abstain 0, no -1, for every pair of
    countries voting in a calendar year (the year of the roll call's date),
    with the number of joint roll calls. Computed in C++ with dense matrix
    products per year, one year per thread, with the GIL released.

    Parameters
    ----------
    votes : Sources, str, os.PathLike, pandas.DataFrame or dict, optional
        None (default) uses the embedded data; a :class:`Sources` uses its
        votes and roll calls (``roll_calls`` must then be None); a path is
        read with :func:`read_un_votes`; a DataFrame or dict needs the columns
        ``rcid``, ``country`` and ``vote`` ('yes'/'abstain'/'no' or 1/2/3).
    roll_calls : str, os.PathLike, pandas.DataFrame or dict, optional
        Needed when ``votes`` is a path or table: a path read with
        :func:`read_un_roll_calls`, or a table with ``rcid`` and ``date``
        ('YYYY-MM-DD') or ``year``. None with a path/table for ``votes`` uses
        the embedded roll calls.
    threads : int, default 0
        Worker threads (0 = all hardware threads).

    Returns
    -------
    list of AgreementYear
        In increasing year; each has ``year``, ``countries`` (list of UN
        country names), ``agreement`` (float64 n x n, NaN where two countries
        share no roll call) and ``joint`` (int32 n x n joint roll calls).

    Raises
    ------
    ValueError
        A table without the needed columns, a bad vote code, or a vote on a
        roll call that is not in the roll calls.
    FileNotFoundError
        A path that does not exist.

    Notes
    -----
    Complexity: O(sum over years of n_y^2 r_y); all of 1946-2019 (870,109
    votes) in well under a second (docs/benchmarks.md). Reference:
    docs/world.md, "Political domain".
    """
    import numpy as np

    if votes is None and roll_calls is None:
        return _w.un_agreement_by_year(embedded_sources(), int(threads))
    if isinstance(votes, Sources):
        if roll_calls is not None:
            raise ValueError("[kzsec] un_agreement_by_year: pass either a Sources or votes and roll calls")
        return _w.un_agreement_by_year(votes, int(threads))
    if votes is None:
        votes = embedded_sources().votes
    elif isinstance(votes, (str, os.PathLike)):
        votes = _w.read_un_votes(votes)
    if roll_calls is None:
        roll_calls = embedded_sources().roll_calls
    elif isinstance(roll_calls, (str, os.PathLike)):
        roll_calls = _w.read_un_roll_calls(roll_calls)

    try:  # hash-based factorisation when pandas is there (several times faster than sorting strings)
        import pandas as pd

        factorize = pd.factorize
    except ImportError:  # pragma: no cover - pandas is optional
        def factorize(x):
            uniq, inv = np.unique(x, return_inverse=True)
            return inv.reshape(-1), uniq

    v = _columns_of(votes, ["rcid", "country", "vote"], "votes")
    codes, names = factorize(np.asarray(v["country"], dtype=object))
    names = np.asarray(names, dtype=object)
    vote = np.asarray(v["vote"])
    if vote.dtype.kind in "OUS":
        inv, labels = factorize(vote)
        labels = np.asarray(labels, dtype=object)
        try:
            lut = np.array([_VOTE_CODES[x] for x in labels.tolist()], dtype=np.int32)
        except KeyError as exc:
            raise ValueError(f"[kzsec] un_agreement_by_year: vote {exc.args[0]!r} is not yes, abstain or no") from exc
        vote = lut[np.asarray(inv).reshape(-1)]
    if "year" in roll_calls and "date" not in roll_calls:
        rc = _columns_of(roll_calls, ["rcid", "year"], "roll_calls")
        rc_year = np.asarray(rc["year"])
    else:
        rc = _columns_of(roll_calls, ["rcid", "date"], "roll_calls")
        rc_year = np.array([d[:4] for d in np.asarray(rc["date"], dtype=object).tolist()], dtype=np.int32)
    return _w._un_agreement_arrays(
        np.asarray(v["rcid"]), np.asarray(codes).reshape(-1), [str(n) for n in names.tolist()], vote,
        np.asarray(rc["rcid"]), rc_year, int(threads))


def agreement_frame(votes=None, roll_calls=None, years: Iterable[int] | None = None, threads: int = 0):
    """UN agreement as a long DataFrame, one row per pair of countries and year.

    Parameters
    ----------
    votes, roll_calls, threads
        As :func:`un_agreement_by_year`.
    years : iterable of int, optional
        Keep only these years (default every year with votes).

    Returns
    -------
    pandas.DataFrame
        Columns ``year`` (int), ``country1`` < ``country2`` (UN country names,
        ordered as strings), ``agreement`` (float64) and ``joint`` (joint roll
        calls, int), for every pair with at least one joint roll call; sorted
        by year, country1, country2.

    Raises
    ------
    ValueError, FileNotFoundError
        As :func:`un_agreement_by_year`.
    MissingDependencyError
        If pandas is not installed.

    Notes
    -----
    Reference: docs/world.md, "Political domain".
    """
    import numpy as np

    pd = _require("pandas", "kzsec.world.agreement_frame")
    keep = None if years is None else {int(y) for y in years}
    parts = []
    for ay in un_agreement_by_year(votes, roll_calls, threads):
        if keep is not None and ay.year not in keep:
            continue
        names = np.asarray(ay.countries, dtype=object)
        i, j = np.triu_indices(len(names), k=1)
        joint = ay.joint[i, j]
        ok = joint > 0
        i, j, joint = i[ok], j[ok], joint[ok]
        a, b = names[i], names[j]
        swap = b < a
        c1 = np.where(swap, b, a)
        c2 = np.where(swap, a, b)
        parts.append(pd.DataFrame({
            "year": np.full(len(i), ay.year, dtype=np.int64),
            "country1": c1,
            "country2": c2,
            "agreement": ay.agreement[i, j],
            "joint": joint.astype(np.int64),
        }))
    if not parts:
        return pd.DataFrame({"year": np.array([], dtype=np.int64), "country1": np.array([], dtype=object),
                             "country2": np.array([], dtype=object), "agreement": np.array([], dtype=float),
                             "joint": np.array([], dtype=np.int64)})
    return pd.concat(parts, ignore_index=True).sort_values(["year", "country1", "country2"], ignore_index=True)


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.world")  # a mistyped keyword is named, not pybind11's whole signature

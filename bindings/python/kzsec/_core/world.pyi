"""
The world network from public data: readers, crosswalk, UN agreement, build_world (kzsec.world).
"""
from __future__ import annotations
import collections.abc
import kzsec._core
import numpy
import numpy.typing
import os
import typing
__all__: list[str] = ['AgreementYear', 'Sources', 'WorldOptions', 'build_world', 'embedded_sources', 'file_names', 'has_embedded_data', 'read_atop', 'read_cow_majors', 'read_cow_states', 'read_declared_neutrality', 'read_gw_states', 'read_ideal_points', 'read_igo', 'read_mids', 'read_nmc', 'read_rivalries', 'read_sources', 'read_trade', 'read_un_issues', 'read_un_roll_calls', 'read_un_votes', 'un_agreement_by_year']
class Sources:
    """
    All the data sets behind the world network, parsed (read-only).
    
    Obtained from :func:`read_sources` (a directory laid out as ``data/world/``) or
    :func:`embedded_sources` (the copies compiled into the library). Pass it to
    :func:`build_world`. ``counts()`` gives the rows of each table; each table is
    also available as a dict of numpy columns (the same as the matching reader),
    e.g. ``pandas.DataFrame(src.votes)``.
    """
    def __len__(self) -> int:
        """
        Number of data sets (files), as len(file_names()).
        """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def counts(self) -> dict:
        """
        Number of rows of each table.
        
        Returns
        -------
        dict of str to int
            Keys votes, roll_calls, issues, ideal, atop, nmc, cow_states, majors,
            gw_states, igo, mids, rivals, trade, neutrality.
        """
    @property
    def atop(self) -> dict:
        """
        ATOP dyad-years as columns (see read_atop).
        """
    @property
    def cow_states(self) -> dict:
        """
        COW state list as columns (see read_cow_states).
        """
    @property
    def gw_states(self) -> dict:
        """
        Gleditsch-Ward state list as columns (see read_gw_states).
        """
    @property
    def ideal(self) -> dict:
        """
        Ideal points as columns (see read_ideal_points).
        """
    @property
    def igo(self) -> dict:
        """
        IGO joint memberships as columns (see read_igo).
        """
    @property
    def issues(self) -> dict:
        """
        UN issue codes as columns (see read_un_issues).
        """
    @property
    def majors(self) -> dict:
        """
        COW major powers as columns (see read_cow_majors).
        """
    @property
    def mids(self) -> dict:
        """
        MID dyad-years as columns (see read_mids).
        """
    @property
    def neutrality(self) -> dict:
        """
        Declared neutrality as columns (see read_declared_neutrality).
        """
    @property
    def nmc(self) -> dict:
        """
        NMC capabilities as columns (see read_nmc).
        """
    @property
    def rivals(self) -> dict:
        """
        Strategic rivalries as columns (see read_rivalries).
        """
    @property
    def roll_calls(self) -> dict:
        """
        UN roll calls as columns (see read_un_roll_calls).
        """
    @property
    def trade(self) -> dict:
        """
        Dyadic trade as columns (see read_trade).
        """
    @property
    def votes(self) -> dict:
        """
        UN votes as columns (see read_un_votes).
        """
class WorldOptions:
    """
    Options of :func:`build_world` and :func:`kzsec.datasets.world`.
    
    Every field of the C++ ``kzsec::world::world_options`` under the same name;
    construct with keywords, e.g. ``WorldOptions(first_year=2000, actors=["KAZ",
    "RUS"])``. List fields (``actors``, ``domains``, ``mid_values``) are copied on
    access: assign a whole new list to change them. The rules behind each field
    are documented in docs/world.md.
    
    Raises
    ------
    TypeError
        On an unknown keyword or a value of the wrong type.
    """
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def actors(self) -> list[str]:
        """
        ISO3 ids to keep (empty = every state); relations need both ends kept.
        """
    @actors.setter
    def actors(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def capabilities(self) -> bool:
        """
        NMC components and CINC as metrics, CINC as actor capabilities.
        """
    @capabilities.setter
    def capabilities(self, arg0: bool) -> None:
        ...
    @property
    def carry_alliances(self) -> bool:
        """
        ATOP dyads in force in 2018 continue after 2018.
        """
    @carry_alliances.setter
    def carry_alliances(self, arg0: bool) -> None:
        ...
    @property
    def carry_igo(self) -> bool:
        """
        IGO values of 2014 continue after 2014.
        """
    @carry_igo.setter
    def carry_igo(self, arg0: bool) -> None:
        ...
    @property
    def carry_rivalries(self) -> bool:
        """
        Rivalries ongoing in 2010 (the data's end) continue after 2010.
        """
    @carry_rivalries.setter
    def carry_rivalries(self, arg0: bool) -> None:
        ...
    @property
    def carry_trade(self) -> bool:
        """
        Trade shares of 2014 (the data's end) continue after 2014.
        """
    @carry_trade.setter
    def carry_trade(self, arg0: bool) -> None:
        ...
    @property
    def declared_neutrality(self) -> bool:
        """
        Declared neutrality as the actor attributes neutrality_years and neutrality_source (read by the strategy rules, docs/hedging.md).
        """
    @declared_neutrality.setter
    def declared_neutrality(self, arg0: bool) -> None:
        ...
    @property
    def defense_value(self) -> float:
        """
        Security value of a defence or offence pledge (0.9).
        """
    @defense_value.setter
    def defense_value(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def domains(self) -> list[str]:
        """
        Domains built (default security, political, economic, institutional).
        """
    @domains.setter
    def domains(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def first_year(self) -> int:
        """
        First year of the network (default 1946).
        """
    @first_year.setter
    def first_year(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def igo_round(self) -> float:
        """
        IGO values rounded to this step before merging years (0.05; 0 = no rounding).
        """
    @igo_round.setter
    def igo_round(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def last_year(self) -> int:
        """
        Last year of the network (default 2024).
        """
    @last_year.setter
    def last_year(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def mid_values(self) -> typing.Annotated[list[float], "FixedSize(6)"]:
        """
        Security value by MID hostility level, six entries indexed 0-5 (index 1-5 used).
        """
    @mid_values.setter
    def mid_values(self, arg0: typing.Annotated[collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], "FixedSize(6)"]) -> None:
        ...
    @property
    def min_joint_votes(self) -> int:
        """
        Fewer joint roll calls give no political relation that year (10).
        """
    @min_joint_votes.setter
    def min_joint_votes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def min_trade_share(self) -> float:
        """
        Smaller trade-dependence shares give no economic relation (0.001).
        """
    @min_trade_share.setter
    def min_trade_share(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def neutral_consult_value(self) -> float:
        """
        Security value of a neutrality or consultation pledge without defence/offence (0.5).
        """
    @neutral_consult_value.setter
    def neutral_consult_value(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def nonagg_value(self) -> float:
        """
        Security value of a non-aggression pact only (0.25).
        """
    @nonagg_value.setter
    def nonagg_value(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def political_from_ideal_points_after_votes(self) -> bool:
        """
        After 2019, political relations predicted from the ideal-point distance.
        """
    @political_from_ideal_points_after_votes.setter
    def political_from_ideal_points_after_votes(self, arg0: bool) -> None:
        ...
    @property
    def rivalry_value(self) -> float:
        """
        Security value of an ongoing strategic rivalry (-0.5).
        """
    @rivalry_value.setter
    def rivalry_value(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class AgreementYear:
    """
    All-pairs UN agreement of one calendar year.
    
    ``agreement[i, j]`` is Lijphart's index of agreement of ``countries[i]`` and
    ``countries[j]`` (mean over joint roll calls of 1 - |v_i - v_j| / 2 with yes 1,
    abstain 0, no -1; NaN where they share no roll call); ``joint[i, j]`` is the
    number of joint roll calls (the diagonal holds each country's votes).
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def agreement(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        """
        float64 matrix n x n (read-only view).
        """
    @property
    def countries(self) -> list[str]:
        """
        UN country names (rows and columns), in order of first appearance in the votes.
        """
    @property
    def joint(self) -> typing.Annotated[numpy.typing.NDArray[numpy.int32], "[m, n]"]:
        """
        int32 matrix n x n (read-only view).
        """
    @property
    def year(self) -> int:
        """
        Calendar year of the roll calls.
        """
def _crosswalk_columns(sources: Sources, last_year: typing.SupportsInt | typing.SupportsIndex = 2024) -> tuple[dict, dict, list[str]]:
    """
    The ISO3 / COW / G-W crosswalk as columns (private; use :func:`kzsec.world.crosswalk`).
    
    Parameters
    ----------
    sources : Sources
    last_year : int, default 2024
        States in the COW system at the end of 2016 stay in it to this year.
    
    Returns
    -------
    tuple
        (columns: dict of numpy arrays iso3, name, ccodes, stateabb, gwcode
        (-1 if none), iso2, spells; dict UN country name -> iso3; list of
        unmatched UN country names).
    
    Raises
    ------
    ValueError
        If the ideal points give two ISO3 codes to one COW code.
    """
def _un_agreement_arrays(rcid: typing.Any, country: typing.Any, country_names: collections.abc.Sequence[str], vote: typing.Any, rc_rcid: typing.Any, rc_year: typing.Any, threads: typing.SupportsInt | typing.SupportsIndex = 0) -> list[AgreementYear]:
    """
    All-pairs UN agreement from columns (private; use :func:`kzsec.world.un_agreement_by_year`).
    
    Parameters
    ----------
    rcid, country, vote : array of int
        Per vote row: roll call, index into ``country_names``, vote code (1 yes, 2 abstain, 3 no).
    country_names : list of str
    rc_rcid, rc_year : array of int
        Per roll call: id and calendar year.
    threads : int, default 0
    
    Returns
    -------
    list of AgreementYear
    
    Raises
    ------
    ValueError
        Columns of different lengths, a bad code, or a vote on a roll call not in the roll calls.
    """
def build_world(sources: Sources, options: WorldOptions = ..., progress: typing.Any = None) -> kzsec._core.Network:
    """
    Build the world network from the data sets.
    
    Parameters
    ----------
    sources : Sources
        From :func:`read_sources` or :func:`embedded_sources`.
    options : WorldOptions, optional
        Years, actors, domains and the coding rules; default every state,
        1946-2024, the four domains.
    progress : callable or None
        ``progress(stages_done, stages)`` after each build stage (return False
        to cancel: RuntimeError). Ctrl-C stops the build between stages.
    
    Returns
    -------
    Network
        One actor per state (ISO3 id; attributes ``cow``, ``gw``, ``iso2``,
        ``stateabb``, ``major_power_years``), relations in the domains security,
        political, economic and institutional (basis "data", source and
        confidence per relation) and NMC metrics.
    
    Raises
    ------
    ValueError
        On bad options (years reversed, an unknown domain).
    KeyError
        On an unknown actor id in ``options.actors``.
    
    Notes
    -----
    Runs with the GIL released. Complexity: O(rows log rows) over all the data
    sets (docs/benchmarks.md). Reference: docs/world.md.
    """
def embedded_sources() -> Sources:
    """
    The copies of ``data/world/`` compiled into the library, parsed.
    
    They are parsed on the first call (with the GIL released) and the same
    read-only object is returned afterwards.
    
    Returns
    -------
    Sources
    
    Raises
    ------
    RuntimeError
        If the library was built without the world data (see :func:`has_embedded_data`).
    
    Notes
    -----
    Complexity: O(total size) on the first call, O(1) afterwards. Reference: docs/world.md.
    """
def file_names() -> list[str]:
    """
    The file names of ``data/world/``, in a fixed order.
    
    Returns
    -------
    list of str
        The names read by :func:`read_sources` (one per data set).
    """
def has_embedded_data() -> bool:
    """
    Whether the library was built with ``data/world/`` embedded.
    
    Returns
    -------
    bool
    """
def read_atop(path: os.PathLike | str | bytes) -> dict:
    """
    Read ATOP 5.1 directed dyad-years (the pledges ccode1 made to ccode2) (``atop5_1_ddy.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: ccode1, ccode2, year (int32), atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul (uint8 0/1). Text columns are
        object arrays of str. ``kzsec.world.read_atop`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_cow_majors(path: os.PathLike | str | bytes) -> dict:
    """
    Read the COW major powers, one row per spell (``cow_majors.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: ccode, styear, stmonth, stday, endyear, endmonth, endday (int32). Text columns are
        object arrays of str. ``kzsec.world.read_cow_majors`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_cow_states(path: os.PathLike | str | bytes) -> dict:
    """
    Read the COW State System Membership list, one row per spell (``cow_states.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: stateabb, ccode, statenme, styear, stmonth, stday, endyear, endmonth, endday (int32); the version column is not read. Text columns are
        object arrays of str. ``kzsec.world.read_cow_states`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_declared_neutrality(path: os.PathLike | str | bytes) -> dict:
    """
    Read declared neutrality, one row per span of years of a state (``declared_neutrality.csv`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: iso3, from, to (int32, inclusive years), basis (treaty, constitution, law, un_resolution, declaration, parliament or policy), source, note. Text columns are
        object arrays of str. ``kzsec.world.read_declared_neutrality`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_gw_states(path: os.PathLike | str | bytes) -> dict:
    """
    Read the Gleditsch-Ward list of independent states, one row per spell (``gw_states.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: gwcode (int32), stateabb, statename, startdate, enddate ('YYYY-MM-DD'). Text columns are
        object arrays of str. ``kzsec.world.read_gw_states`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_ideal_points(path: os.PathLike | str | bytes) -> dict:
    """
    Read Bailey-Strezhnev-Voeten ideal points, one row per country-year (``bsv_idealpoints_jul2025.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: ccode, year (int32), iso3c, countryname, idealpointfp, idealpointall, idealpointlegacy, nvotesfp, q5fp, q95fp, nvotesall, nvotesLegacy (float64, NaN where missing); the other quantile columns of the file are not read. Text columns are
        object arrays of str. ``kzsec.world.read_ideal_points`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_igo(path: os.PathLike | str | bytes) -> dict:
    """
    Read COW IGO 3.0 joint memberships per non-directed dyad-year (``cow_igo_ndy.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: ccode1 < ccode2, year (int32), dyadigos (int16). Text columns are
        object arrays of str. ``kzsec.world.read_igo`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_mids(path: os.PathLike | str | bytes) -> dict:
    """
    Read GML MID 2.2.1 directed dyad-years (``gml_mid_ddy.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: dispnum, ccode1, ccode2, year (int32), gmlmidonset, sidea1, sidea2, hostlev1, hostlev2, fatality, hostlev, recip (int8; -9 kept as the missing code); the other columns of the file are not read. Text columns are
        object arrays of str. ``kzsec.world.read_mids`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_nmc(path: os.PathLike | str | bytes) -> dict:
    """
    Read COW National Material Capabilities (v7 layout) (``cow_nmc_v7.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: ccode, year (int32), stateabb (only if the file has it), milex, milper, irst, pec, tpop, upop, cinc (float64, NaN where missing or -9). Text columns are
        object arrays of str. ``kzsec.world.read_nmc`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_rivalries(path: os.PathLike | str | bytes) -> dict:
    """
    Read Thompson-Dreyer strategic rivalries (``td_rivalries.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: rivalryno, ccode1, ccode2, styear, endyear (int32), rivalryname, region, type1, type2, type3. Text columns are
        object arrays of str. ``kzsec.world.read_rivalries`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_sources(dir: os.PathLike | str | bytes) -> Sources:
    """
    Read every file of a directory laid out as ``data/world/``.
    
    Parameters
    ----------
    dir : str or os.PathLike
        The directory; it must hold every name of :func:`file_names`.
    
    Returns
    -------
    Sources
    
    Raises
    ------
    FileNotFoundError
        If a file is missing.
    ValueError
        On the first bad row of any file (``[kzsec] name:line: column 'c': what``).
    
    Notes
    -----
    Complexity: O(total size), about 2 s for the full data. Reference: docs/world.md.
    """
def read_trade(path: os.PathLike | str | bytes) -> dict:
    """
    Read COW dyadic trade 4.0 (peacesciencer's rounded reduction) (``cow_trade_ndy_4_0_rounded.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: ccode1 < ccode2, year (int32), flow1, flow2, smoothflow1, smoothflow2 (float64, million current US dollars, NaN where missing). Text columns are
        object arrays of str. ``kzsec.world.read_trade`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_un_issues(path: os.PathLike | str | bytes) -> dict:
    """
    Read UN roll-call issue codes, one row per roll call and issue (``unvotes_issues.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: rcid (int32), short_name, issue. Text columns are
        object arrays of str. ``kzsec.world.read_un_issues`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_un_roll_calls(path: os.PathLike | str | bytes) -> dict:
    """
    Read UN General Assembly roll calls (``unvotes_roll_calls.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: rcid, session (int32), importantvote, amend, para (int8: 1, 0, -1 missing), date ('YYYY-MM-DD'), unres, short, descr. Text columns are
        object arrays of str. ``kzsec.world.read_un_roll_calls`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def read_un_votes(path: os.PathLike | str | bytes) -> dict:
    """
    Read UN General Assembly votes, one row per country and roll call (``unvotes_votes.csv.gz`` in ``data/world/``).
    
    The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
    with a header row and the columns in any order. Every row is validated; the
    file is parsed with the GIL released.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file.
    
    Returns
    -------
    dict of str to numpy.ndarray
        One column per field, named as in the file: rcid (int32), country, country_code (ISO2, '' where missing), vote ('yes', 'abstain' or 'no'). Text columns are
        object arrays of str. ``kzsec.world.read_un_votes`` wraps this in a pandas
        DataFrame.
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On the first bad row: ``[kzsec] file:line: column 'name': what``.
    
    Notes
    -----
    Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
    """
def un_agreement_by_year(sources: Sources, threads: typing.SupportsInt | typing.SupportsIndex = 0) -> list[AgreementYear]:
    """
    All-pairs UN agreement for every year with votes, from parsed sources.
    
    Parameters
    ----------
    sources : Sources
    threads : int, default 0
        Worker threads (0 = all hardware threads); one year per task.
    
    Returns
    -------
    list of AgreementYear
        One per year, in increasing order.
    
    Notes
    -----
    Runs with the GIL released. Complexity: O(sum over years of n_y^2 r_y).
    Reference: docs/world.md.
    """

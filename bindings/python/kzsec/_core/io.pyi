"""
Reading and writing networks and signed graphs (kzsec.io).
"""
from __future__ import annotations
import kzsec._core
import os
import typing
__all__: list[str] = ['dot_string', 'get_input_limits', 'graphml_string', 'loads', 'network_format_version', 'read_csv_table', 'read_edge_list', 'read_network', 'set_input_limits', 'to_json', 'write_dot', 'write_graphml', 'write_network']
def dot_string(graph: kzsec._core.SignedGraph) -> str:
    """
    DOT text of a SignedGraph (as written by write_dot).
    """
def get_input_limits() -> dict:
    """
    The limits in force on what the loaders accept (docs/reliability.md).
    
    Returns
    -------
    dict
        ``{"max_input_bytes": int, "max_json_depth": int}``: the largest input in
        bytes (checked before and after gzip decompression; default 256 MiB or
        ``KZSEC_MAX_INPUT_BYTES``) and the deepest JSON nesting (default 64 or
        ``KZSEC_MAX_JSON_DEPTH``).
    """
def graphml_string(graph: kzsec._core.SignedGraph) -> str:
    """
    GraphML text of a SignedGraph (as written by write_graphml).
    """
def loads(text: str, origin: str = '<string>') -> kzsec._core.Network:
    """
    Parse a network from kzsec JSON text.
    
    Parameters
    ----------
    text : str
        The JSON document.
    origin : str, default "<string>"
        Name used for the text in error messages.
    
    Returns
    -------
    Network
    
    Raises
    ------
    ValueError
        As :func:`load`.
    """
def read_csv_table(network: kzsec._core.Network, path: os.PathLike | str | bytes, add_missing_actors: bool = False, add_missing_domains: bool = False) -> None:
    """
    Read relations, events, memberships and metrics from a CSV table into a network.
    
    Columns (header required, any order): ``year_from, year_to, actor_a, actor_b,
    domain, value`` and optionally ``kind, confidence, basis, article_ref`` (or
    ``section``), ``note, source, directed``. Rows of kind ``level`` become
    relations, ``event``/``domestic`` events, ``membership`` memberships,
    ``metric``/``vote``/``fact`` metrics; without a ``kind`` column every row is a
    relation. See docs/file-format.md.
    
    Parameters
    ----------
    network : Network
        Changed in place, and only if every row is valid.
    path : str or os.PathLike
    add_missing_actors : bool, default False
        Add unknown actors (as states; as organisations if they are the
        organisation of a membership row) instead of failing.
    add_missing_domains : bool, default False
        Add unknown domains instead of failing.
    
    Raises
    ------
    FileNotFoundError
    ValueError
        ``[kzsec] file.csv:12: column 'value': 'abc' is not a number`` and the like.
    """
def read_edge_list(path: os.PathLike | str | bytes, directed: bool = False, symmetrize: str = 'sum', delimiter: str | None = None, header: bool | None = None, source_column: typing.SupportsInt | typing.SupportsIndex = 0, target_column: typing.SupportsInt | typing.SupportsIndex = 1, weight_column: typing.SupportsInt | typing.SupportsIndex | None = 2, self_loops: str = 'error', comment: str | None = '#') -> kzsec._core.SignedGraph:
    """
    Read a signed edge list (CSV, TSV or white-space separated; gzip recognised by
    its magic bytes) into a SignedGraph.
    
    Parameters
    ----------
    path : str or os.PathLike
    directed : bool, default False
        Read each row as a directed tie source -> target.
    symmetrize : {"sum", "sign_sum", "min", "max", "negative_wins", "error"}, default "sum"
        How several ties of one pair are reduced to one undirected tie. ``"sum"``
        with ``directed=True`` is the KONECT convention A = sign(W + W^T).
    delimiter : str, optional
        ``","``, ``"\\t"``, ``";"`` ... or ``"whitespace"``; None detects (tab if the
        first data line has a tab, else comma if it has one, else white space).
    header : bool, optional
        None detects a header: the first row's weight field is not a number.
    source_column, target_column : int, default 0, 1
        0-based columns of the vertex labels (kept as strings).
    weight_column : int or None, default 2
        0-based column of the weight; None gives every tie weight +1.
    self_loops : {"error", "drop"}, default "error"
    comment : str or None, default "#"
        Lines starting with this character or with "%" are skipped; None or ""
        disables comments.
    
    Returns
    -------
    SignedGraph
        Vertices in order of first appearance; ``reduction()`` reports merged and
        cancelled pairs.
    
    Raises
    ------
    FileNotFoundError
    ValueError
        ``[kzsec] edges.csv:12: column 3 (weight): 'abc' is not a finite number``.
    
    Notes
    -----
    Complexity: O(m log m) for m rows.
    """
def read_network(path: os.PathLike | str | bytes) -> kzsec._core.Network:
    """
    Read a network from a kzsec JSON file (format "kzsec-network", version 1).
    
    Every file type uses the verb pair ``read_<type>`` / ``write_<type>``;
    ``kzsec.load`` is the former, deprecated name of this function.
    
    Everything is validated before the network is returned.
    
    Parameters
    ----------
    path : str or os.PathLike
        The file; gzip-compressed files are recognised by their magic bytes.
    
    Returns
    -------
    Network
    
    Raises
    ------
    FileNotFoundError
        If the file cannot be opened.
    ValueError
        On malformed JSON or any invalid field. The message names the file and
        the JSON pointer, e.g. ``[kzsec] net.json:/relations/3/value: value 1.5 is
        outside [-1, 1]``.
    
    Notes
    -----
    Complexity: O(size of the file + R log R) for R relations.
    """
def set_input_limits(*, max_input_bytes: typing.SupportsInt | typing.SupportsIndex | None = None, max_json_depth: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
    """
    Change the limits on what the loaders accept, for every later load in the process.
    
    Parameters
    ----------
    max_input_bytes : int, optional
        Largest input in bytes, checked on the bytes read and after gzip
        decompression. Unchanged if omitted.
    max_json_depth : int, optional
        Deepest nesting of arrays and objects in a network or scenario JSON file.
        Unchanged if omitted.
    
    Raises
    ------
    ValueError
        If ``max_input_bytes`` is 0 or ``max_json_depth`` is below 1.
    """
def to_json(network: kzsec._core.Network, indent: typing.SupportsInt | typing.SupportsIndex = 2) -> str:
    """
    Serialise a network as kzsec JSON text (deterministic; ``loads(to_json(n)) == n``).
    
    Parameters
    ----------
    network : Network
    indent : int, default 2
        Spaces per level; -1 writes one line.
    
    Returns
    -------
    str
    """
def write_dot(graph: kzsec._core.SignedGraph, path: os.PathLike | str | bytes) -> None:
    """
    Write a SignedGraph as Graphviz DOT: nodes ``n<i>`` with quoted, escaped
    ``label``; edges with ``weight``, ``sign``, green solid if positive and red
    dashed if negative.
    
    Parameters
    ----------
    graph : SignedGraph
    path : str or os.PathLike
    """
def write_graphml(graph: kzsec._core.SignedGraph, path: os.PathLike | str | bytes) -> None:
    """
    Write a SignedGraph as GraphML: node key ``label`` (string), edge keys
    ``weight`` (double, written so it reads back exactly) and ``sign`` (+1/-1).
    
    Parameters
    ----------
    graph : SignedGraph
    path : str or os.PathLike
    
    Raises
    ------
    ValueError
        If a label is not valid UTF-8 or holds a control character XML cannot carry.
    """
def write_network(network: kzsec._core.Network, path: os.PathLike | str | bytes) -> None:
    """
    Write a network as kzsec JSON (format version 1; deterministic, pretty-printed).
    
    The file is written atomically: on failure the previous file is left as it
    was. Reading it back with ``read_network`` gives an equal network (doubles
    round-trip bit-exactly). ``Network.write(path)`` is the same as a method;
    ``Network.save`` is its former, deprecated name.
    
    Parameters
    ----------
    network : Network
    path : str or os.PathLike
    
    Raises
    ------
    RuntimeError
        If the file cannot be written (the message names the file and the
        system's reason).
    
    Notes
    -----
    Complexity: O(size of the network).
    """
network_format_version: int = 1

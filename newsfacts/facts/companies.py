"""Listed companies: pytickersymbols' index members (MIT), read as data, never run.

The package ships the members of some twenty stock indices (DAX, MDAX, SDAX, TecDAX, S&P 500,
NASDAQ 100, FTSE 100, CAC 40, IBEX 35, AEX, BEL 20, EURO STOXX 50, SMI, NIKKEI 225, OMX...) as
one literal dict in `pytickersymbols/indices_data.py`. The file is found without importing the
package (whose other code fetches quotes over the network) and parsed with `ast`, once, into a
cached and prebuilt table of each company's name and its short form without a legal suffix
('Linde plc' -> 'Linde', 'Merck Group' -> 'Merck'). Without the package (it needs Python 3.11)
the table is empty and the name finder falls back on its other evidence.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

from newsfacts.cache import Packed, WordSet, pack, package_file, persistent

PACKAGE = "pytickersymbols"
DATA = "indices_data.py"
# Legal forms and words a company's short form goes without, at its end, in any language.
LEGAL_END = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Co\.?|Company|Companies|AG|SE|KGaA|"
    r"N\.V\.|NV|plc|PLC|Plc|Group|Holdings?|Ltd\.?|Limited|S\.A\.?|SA|S\.p\.A\.|SpA|AB|ASA|"
    r"Oyj|A/S|\(publ\)|\([^()]*\)|Class\s[A-C]|&|and|&\sCo\.))+$"
)
THE = "The "  # 'The Home Depot' is told as 'Home Depot'


def _data_file() -> Path | None:
    """The package's data module, found without importing the package."""
    return package_file(PACKAGE, DATA)


def company_names(source: str) -> set[str]:
    """The company names of a data module's literal INDICES dict; not a company named as an
    index is ('Nasdaq' of 'NASDAQ 100', 'Dow' of 'DOW JONES'): news names the market first."""
    names: set[str] = set()
    markets: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            indices = ast.literal_eval(node.value)
            names.update(_members(indices))
            markets.update(str(k).replace("_", " ").split()[0].lower() for k in indices)
    return {n for n in names if short_form(n).lower() not in markets}


def _members(indices: object) -> Iterator[str]:
    """The name of every company of every index in the dict."""
    for index in indices.values() if isinstance(indices, dict) else ():
        members = index.get("companies", ()) if isinstance(index, dict) else ()
        for company in members if isinstance(members, list) else ():
            name = company.get("name") if isinstance(company, dict) else None
            if isinstance(name, str) and name.strip():
                yield " ".join(name.split())


def short_form(name: str) -> str:
    """A company's name without its legal form or class ('Aegon N.V.' -> 'Aegon')."""
    short = LEGAL_END.sub("", name).strip(" ,")
    short = short[len(THE) :] if short.startswith(THE) and len(short) > len(THE) else short
    return short or name


@persistent(PACKAGE, prebuild=((),))
def _table() -> Packed:
    """Every listed company's name and short form, packed (empty without the package)."""
    path = _data_file()
    if path is None:
        return pack(())
    names = company_names(path.read_text(encoding="utf-8"))
    return pack(names | {short_form(n) for n in names})


@functools.cache
def listed_companies() -> WordSet:
    """The names of the listed companies ('Siemens', 'Swiss Life', 'Toyota')."""
    return WordSet(_table())


@functools.cache
def longest() -> int:
    """The words of the longest listed name (a run's words a name may open at, counted back
    from its end)."""
    return max((len(n.split(" ")) for n in _table()[0].split("\n")), default=0)


def is_listed(name: str) -> bool:
    """Whether a name is a listed company's name or short form."""
    return name in listed_companies()

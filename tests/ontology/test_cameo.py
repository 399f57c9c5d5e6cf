"""The shipped CAMEO ontology and its validation."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from vigie.errors import DataError, VigieError
from vigie.ontology import Ontology, UnknownCodeError, quad_class_of_root

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "cameo.tsv"
HEADER = "code\troot\tname_en\tname_fr\tgoldstein\tquad_class\tplover\tplover_mode\n"
GOOD_ROWS = [
    "04\t04\tConsult\tSe consulter\t1.0\t1\t\t\n",
    "041\t04\tDiscuss by telephone\tS'entretenir par téléphone\t1.0\t1\tCONSULT\tphone\n",
]


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "cameo.tsv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_shipped_file_has_every_code(ontology: Ontology) -> None:
    assert len(ontology) == 311
    assert len(ontology.roots()) == 20
    assert all(entry.name_fr and entry.name_en for entry in ontology)


def test_lookup(ontology: Ontology) -> None:
    phone = ontology.get("041")
    assert (phone.root, phone.goldstein, phone.quad_class, phone.plover) == ("04", 1.0, 1, "CONSULT")
    assert ontology.get("1312").goldstein == -5.8
    assert ontology.get("01").plover is None
    assert "0871" in ontology and "999" not in ontology and 41 not in ontology
    assert [c.code for c in ontology.children("04")] == ["040", "041", "042", "043", "044", "045", "046"]


def test_unknown_code_is_a_key_error_and_a_vigie_error(ontology: Ontology) -> None:
    with pytest.raises(UnknownCodeError) as info:
        ontology.get("0999")
    assert isinstance(info.value, KeyError) and isinstance(info.value, VigieError)
    assert "0999" in str(info.value)


@pytest.mark.parametrize(
    ("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)]
)
def test_quad_class_of_root(root: str, quad: int) -> None:
    assert quad_class_of_root(root) == quad


def test_root_codes_agree_with_their_children(ontology: Ontology) -> None:
    for entry in ontology:
        root = ontology.get(entry.root)
        assert entry.quad_class == root.quad_class
        assert entry.code.startswith(root.code)


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not available")
def test_matches_the_reference_table(ontology: Ontology) -> None:
    with REFERENCE.open(encoding="utf-8") as handle:
        reference = {row["code"]: row for row in csv.DictReader(handle, delimiter="\t")}
    assert set(reference) == {entry.code for entry in ontology}
    for code, row in reference.items():
        entry = ontology.get(code)
        assert entry.goldstein == float(row["goldstein"]), code
        assert entry.quad_class == int(row["quad_class"]), code
        assert entry.plover == (row["plover"] or None), code
        assert entry.root == row["root"], code


def test_loads_a_good_file(tmp_path: Path) -> None:
    ontology = Ontology.load(write(tmp_path, *GOOD_ROWS))
    assert len(ontology) == 2 and ontology.get("041").plover_mode == "phone"


@pytest.mark.parametrize(
    ("row", "field", "problem"),
    [
        ("4\t04\tX\tX\t1.0\t1\t\t\n", "code", "not a CAMEO code"),
        ("21\t21\tX\tX\t1.0\t4\t\t\n", "code", "not a CAMEO code"),
        ("04123\t04\tX\tX\t1.0\t1\t\t\n", "code", "not a CAMEO code"),
        ("042\t05\tX\tX\t1.0\t1\t\t\n", "root", "first two digits"),
        ("042\t04\tVisit\t\t1.0\t1\t\t\n", "name_fr", "empty"),
        ("042\t04\tVisit\tVisite\tabc\t1\t\t\n", "goldstein", "not a number"),
        ("042\t04\tVisit\tVisite\t11\t1\t\t\n", "goldstein", "outside"),
        ("042\t04\tVisit\tVisite\t1.9\t3\t\t\n", "quad_class", "is QuadClass 1"),
        ("042\t04\tVisit\tVisite\t1.9\tone\t\t\n", "quad_class", "not 1, 2, 3 or 4"),
        ("042\t04\tVisit\tVisite\t1.9\t1\tconsult\t\n", "plover", "PLOVER"),
        ("041\t04\tAgain\tEncore\t1.0\t1\t\t\n", "code", "defined twice"),
        ("042\t04\tVisit\tVisite\t1.9\n", "columns", "5 cells"),
    ],
)
def test_bad_rows_name_file_line_and_field(tmp_path: Path, row: str, field: str, problem: str) -> None:
    path = write(tmp_path, *GOOD_ROWS, row)
    with pytest.raises(DataError) as info:
        Ontology.load(path)
    error = info.value
    assert (error.path, error.line, error.field) == (str(path), 4, field)
    assert problem in error.problem
    assert str(error).startswith(f"{path}:4: {field}: ")


def test_code_without_its_root_row(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="root '05' of '051' has no row"):
        Ontology.load(write(tmp_path, *GOOD_ROWS, "051\t05\tPraise\tSaluer\t3.4\t1\tSUPPORT\t\n"))


def test_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot be read"):
        Ontology.load(tmp_path / "absent.tsv")
    with pytest.raises(DataError, match="no CAMEO code"):
        Ontology.load(write(tmp_path))
    binary = tmp_path / "binary.tsv"
    binary.write_bytes(b"\xff\xfe\x00code")
    with pytest.raises(DataError, match="UTF-8"):
        Ontology.load(binary)

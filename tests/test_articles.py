"""Readers (vigie.articles): seed format, plain text, JSONL, stdin, folders, and bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from vigie.articles import Article, looks_french, normalise_date, read_articles, read_source
from vigie.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"

FRENCH = ("Le secrétaire d'État américain doit s'entretenir par téléphone, mardi 1er février, avec son "
          "homologue russe, pour décider de la suite à donner à une crise ukrainienne à haut risque.")
ENGLISH = ("The American secretary of state is due to speak by telephone on Tuesday with his Russian "
           "counterpart, to decide what to do next in a high-risk crisis over Ukraine and the region.")


def read(*inputs: str | Path, date: str | None = None) -> list[Article | InputError]:
    return list(read_articles([str(i) for i in inputs], default_date=date))


def articles(items: list[Article | InputError]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def errors(items: list[Article | InputError]) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def only_article(items: list[Article | InputError]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_error(items: list[Article | InputError]) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


# --- the seed format ------------------------------------------------------------------------------

def test_seed_with_month_only_date(tmp_path):
    path = tmp_path / "000_abc.txt"
    path.write_text(" date 2022-02 Antony Blinken et Sergueï Lavrov à Genève.\n\n" + FRENCH, encoding="utf-8")
    article = only_article(read(path))
    assert (article.id, article.date, article.date_precision) == ("000_abc.txt", "2022-02", "month")
    assert article.text.startswith("Antony Blinken et Sergueï Lavrov")
    assert "date 2022" not in article.text
    assert article.warnings == []


def test_seed_with_full_date(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(" date 2022-02-01\n" + FRENCH, encoding="utf-8")
    article = only_article(read(path))
    assert (article.date, article.date_precision) == ("2022-02-01", "day")
    assert article.text.lstrip().startswith("Le secrétaire d'État")
    assert not article.text.lstrip().startswith("date")


def test_seed_header_beats_the_default_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-02-01 " + FRENCH, encoding="utf-8")
    assert only_article(read(path, date="1999-05-18")).date == "2022-02-01"


def test_the_shipped_seed_fixture():
    article = only_article(read(FIXTURES / "seed_2022-02.txt"))
    assert (article.id, article.date, article.lang) == ("seed_2022-02.txt", "2022-02", "fr")
    assert article.text.startswith("Antony Blinken et Sergueï Lavrov à Genève")


def test_doc_id_is_the_file_name_without_folders(tmp_path):
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    path = folder / "story.txt"
    path.write_text(FRENCH, encoding="utf-8")
    article = only_article(read(path, date="2022-02-01"))
    assert article.id == "story.txt"
    assert article.origin == str(path)


# --- plain text -----------------------------------------------------------------------------------

def test_plain_text_takes_the_default_date(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(FRENCH, encoding="utf-8")
    article = only_article(read(path, date="2022-01-31"))
    assert (article.id, article.date, article.text) == ("plain.txt", "2022-01-31", FRENCH)
    assert article.warnings == []


def test_plain_text_without_date_warns(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(FRENCH, encoding="utf-8")
    article = only_article(read(path))
    assert article.date is None and article.date_precision is None
    assert len(article.warnings) == 1
    assert str(path) in article.warnings[0] and "no date" in article.warnings[0]


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + (" date 2022-02 " + FRENCH).encode("utf-8"))
    article = only_article(read(path))
    assert article.date == "2022-02" and article.text.startswith("Le secrétaire")


# --- JSONL ----------------------------------------------------------------------------------------

def test_jsonl_with_every_field(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl",
                 {"id": "lemonde-1", "date": "2022-02-01", "text": FRENCH, "title": "Crise ukrainienne",
                  "url": "https://example.org/1", "source": "Le Monde", "lang": "fr"},
                 {"id": 7, "date": "2022-02-02T10:30:00Z", "text": FRENCH})
    first, second = read(path)
    assert (first.id, first.date, first.title, first.url, first.source, first.lang) == (
        "lemonde-1", "2022-02-01", "Crise ukrainienne", "https://example.org/1", "Le Monde", "fr")
    assert first.text == FRENCH and first.origin == f"{path}:1" and first.warnings == []
    assert (second.id, second.date, second.origin) == ("7", "2022-02-02", f"{path}:2")


def test_jsonl_without_id_is_named_by_file_and_line(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl", {"date": "2022-02", "text": FRENCH}, {"id": "", "text": FRENCH})
    first, second = read(path, date="2022-02-01")
    assert (first.id, first.date, first.date_precision) == ("corpus.jsonl:1", "2022-02", "month")
    assert (second.id, second.date) == ("corpus.jsonl:2", "2022-02-01")


def test_jsonl_without_date_warns(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl", {"id": "x", "text": FRENCH})
    article = only_article(read(path))
    assert article.date is None
    assert any(f"{path}:1" in w and "no date" in w for w in article.warnings)


def test_jsonl_with_a_malformed_date_warns(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl", {"id": "x", "date": "01/02/2022", "text": FRENCH})
    article = only_article(read(path))
    assert article.date is None
    assert any("'01/02/2022'" in w for w in article.warnings)


def test_ndjson_suffix_is_jsonl(tmp_path):
    path = jsonl(tmp_path / "corpus.ndjson", {"id": "x", "date": "2022-02-01", "text": FRENCH})
    assert only_article(read(path)).id == "x"


def test_blank_lines_in_jsonl_are_skipped_and_lines_keep_their_numbers(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", {"text": FRENCH}, "", "   ", {"text": FRENCH})
    assert [a.id for a in read(path, date="2022-02-01")] == ["c.jsonl:1", "c.jsonl:4"]


def test_jsonl_with_windows_line_ends(tmp_path):
    path = tmp_path / "crlf.jsonl"
    lines = [json.dumps({"id": name, "date": "2022-02-01", "text": FRENCH}) for name in ("x", "y")]
    path.write_bytes(f"{lines[0]}\r\n{lines[1]}\r\n".encode())
    assert [a.origin for a in read(path)] == [f"{path}:1", f"{path}:2"]


# --- stdin ----------------------------------------------------------------------------------------

@pytest.fixture()
def stdin(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return feed


def test_stdin_plain_text(stdin):
    stdin((" date 2022-02-01 " + FRENCH).encode("utf-8"))
    article = only_article(read("-"))
    assert (article.id, article.date, article.origin) == ("stdin", "2022-02-01", "<stdin>")


def test_stdin_with_default_date(stdin):
    stdin(FRENCH.encode("utf-8"))
    assert only_article(read("-", date="2022-01-31")).date == "2022-01-31"


def test_stdin_jsonl_is_recognised(stdin):
    stdin((json.dumps({"id": "a", "text": FRENCH}) + "\n" + json.dumps({"id": "b", "text": FRENCH}) + "\n")
          .encode("utf-8"))
    assert [a.id for a in read("-", date="2022-02-01")] == ["a", "b"]


class _Lines(io.RawIOBase):
    """A pipe that hands out one line per read and counts what it has handed out."""

    def __init__(self, lines: list[bytes]):
        self.lines, self.served = iter(lines), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        line = next(self.lines, b"")
        self.served += bool(line)
        buffer[:len(line)] = line
        return len(line)


def test_stdin_jsonl_is_streamed_not_held_whole(monkeypatch):
    """`producer | vigie code -`: the first article comes out after a few lines, not after the whole
    stream (a pipe of 100,000 articles is never held in memory)."""
    lines = [(json.dumps({"id": f"s{n}", "date": "2022-02-01", "text": FRENCH}) + "\n").encode() for n in range(5000)]
    pipe = _Lines(lines)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(pipe), encoding="utf-8"))
    articles = read_articles(["-"])
    first = next(a for a in articles if isinstance(a, Article))
    assert first.id == "s0" and pipe.served < 50
    assert sum(1 for a in articles if isinstance(a, Article)) == 4999


def test_gzipped_stdin_is_read(stdin):
    import gzip

    stdin(gzip.compress((json.dumps({"id": "z", "date": "2022-02-01", "text": FRENCH}) + "\n").encode()))
    assert only_article(read("-")).id == "z"


def test_empty_stdin(stdin):
    stdin(b"")
    error = only_error(read("-"))
    assert error.path == "<stdin>" and "empty" in error.message


def test_read_source_can_be_told_the_format():
    line = json.dumps({"id": "a", "date": "2022-02-01", "text": FRENCH}).encode("utf-8")
    assert only_article(list(read_source("feed.txt", line, None, jsonl=True))).id == "a"


# --- folders --------------------------------------------------------------------------------------

def test_folder_reads_its_text_and_jsonl_files_in_order(tmp_path):
    (tmp_path / "b.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(" date 2022-02 " + FRENCH, encoding="utf-8")
    jsonl(tmp_path / "a.jsonl", {"id": "j1", "text": FRENCH}, {"id": "j2", "text": FRENCH})
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    items = read(tmp_path, date="2022-02-01")
    assert [a.id for a in articles(items)] == ["j1", "j2", "b.txt", "c.txt"]
    assert [e.kind for e in errors(items)] == ["ignored"] and "notes.md" in str(errors(items)[0])


def test_empty_folder_is_an_error(tmp_path):
    error = only_error(read(tmp_path))
    assert error.path == str(tmp_path) and "no article file" in error.message


def test_missing_file_is_an_error_and_the_next_input_is_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(FRENCH, encoding="utf-8")
    missing, article = read(tmp_path / "absent.txt", good, date="2022-02-01")
    assert isinstance(missing, InputError) and missing.path == str(tmp_path / "absent.txt")
    assert "cannot be read" in missing.message
    assert isinstance(article, Article) and article.id == "good.txt"


# --- bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"   \n\n\t", b" date 2022-02-01   \n"],
                         ids=["empty", "blank", "header-only"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    error = only_error(read(path, date="2022-02-01"))
    assert error.path == str(path) and "empty" in error.message
    assert str(error).startswith(f"{path}: ")


def test_empty_jsonl_file(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert "empty" in only_error(read(path)).message


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    error = only_error(read(path))
    assert error.path == str(path) and "binary" in error.message


def test_windows_1252_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "ancien.txt"
    path.write_bytes((" date 2022-02-01 " + FRENCH).encode("cp1252"))
    article = only_article(read(path))
    assert "secrétaire d'État américain" in article.text and "à haut risque" in article.text
    assert article.date == "2022-02-01"
    assert len(article.warnings) == 1
    assert str(path) in article.warnings[0] and "Windows-1252" in article.warnings[0]


def test_non_french_text_is_skipped_with_an_error(tmp_path):
    english = tmp_path / "english.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    french = tmp_path / "french.txt"
    french.write_text(FRENCH, encoding="utf-8")
    error, article = read(english, french, date="2022-02-01")
    assert isinstance(error, InputError) and error.path == str(english)
    assert "French" in error.message
    assert isinstance(article, Article) and article.id == "french.txt"


def test_non_french_jsonl_line_is_skipped_and_names_its_line(tmp_path):
    path = jsonl(tmp_path / "mixed.jsonl", {"id": "fr", "text": FRENCH}, {"id": "en", "text": ENGLISH})
    article, error = read(path, date="2022-02-01")
    assert article.id == "fr"
    assert isinstance(error, InputError) and f"{path}:2" in str(error) and "French" in error.message


def test_declared_other_language_is_skipped(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", {"id": "x", "lang": "en", "text": FRENCH})
    assert "French" in only_error(read(path)).message


def test_malformed_jsonl_line_names_file_and_line_and_the_others_are_read(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl", {"id": "a", "text": FRENCH}, '{"id": "b", "text": "coupé',
                 {"id": "c", "text": FRENCH})
    first, error, third = read(path, date="2022-02-01")
    assert (first.id, third.id) == ("a", "c")
    assert isinstance(error, InputError)
    assert (error.path, error.line) == (str(path), 2)
    assert str(error).startswith(f"{path}:2: not valid JSON")


def test_jsonl_line_that_is_not_an_object(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl", [1, 2], {"id": "b", "text": FRENCH})
    error, article = read(path, date="2022-02-01")
    assert (error.line, error.message) == (1, "not a JSON object")
    assert article.id == "b"


@pytest.mark.parametrize("record", [{"id": "x"}, {"id": "x", "text": ""}, {"id": "x", "text": "  \n"},
                                    {"id": "x", "text": 42}, {"id": "x", "text": ["a", "b"]}],
                         ids=["missing", "empty", "blank", "number", "list"])
def test_jsonl_line_without_text(tmp_path, record):
    path = jsonl(tmp_path / "corpus.jsonl", {"id": "ok", "text": FRENCH}, record)
    article, error = read(path, date="2022-02-01")
    assert article.id == "ok"
    assert isinstance(error, InputError) and (error.path, error.line) == (str(path), 2)
    assert "has no 'text'" in error.message


def test_windows_1252_jsonl_is_read_with_a_warning(tmp_path):
    path = tmp_path / "cp.jsonl"
    path.write_bytes(json.dumps({"id": "x", "date": "2022-02-01", "text": FRENCH}, ensure_ascii=False)
                     .encode("cp1252") + b"\n")
    article = only_article(read(path))
    assert article.text == FRENCH
    assert any("Windows-1252" in w for w in article.warnings)


# --- helpers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("2022-02-01", "2022-02-01"), ("2022-02", "2022-02"), ("2022-02-01T10:00:00Z", "2022-02-01"),
    ("2022-02-01 10:00", "2022-02-01"), (" 2022-02-01 ", "2022-02-01"), ("2022-13-01", None),
    ("2022-02-32", None), ("01/02/2022", None), ("2022", None), ("", None), (None, None), (20220201, None),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_looks_french():
    assert looks_french(FRENCH)
    assert not looks_french(ENGLISH)
    assert looks_french("Kiev, mardi.")  # too short to judge: accepted


# --- regressions: reader bugs found and fixed -------------------------------------------------

def test_line_separator_inside_a_jsonl_string(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl", {"id": "a", "text": FRENCH + "\u2028Suite."},
                 {"id": "b", "text": FRENCH})
    items = read(path, date="2022-02-01")
    assert [a.id for a in articles(items)] == ["a", "b"] and errors(items) == []


def test_non_string_lang_does_not_stop_the_reader(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl", {"id": "a", "lang": 5, "text": FRENCH},
                 {"id": "b", "text": FRENCH})
    items = read(path, date="2022-02-01")
    assert "b" in [a.id for a in articles(items)]


def test_folder_skips_hidden_files_and_files_without_suffix(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "3f2a").write_bytes(b"x\x01\x00\x00")
    (tmp_path / "README").write_text("Notes on this corpus.", encoding="utf-8")
    article, notice = read(tmp_path, date="2022-02-01")
    assert article == only_article(read(tmp_path / "a.txt", date="2022-02-01"))
    assert notice.kind == "ignored" and "2 hidden" in notice.message and "README" in notice.message


def test_malformed_jsonl_date_falls_back_to_the_default(tmp_path):
    path = jsonl(tmp_path / "corpus.jsonl", {"id": "x", "date": "01/02/2022", "text": FRENCH})
    assert only_article(read(path, date="2022-02-01")).date == "2022-02-01"


def test_impossible_seed_date_warns(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-13 " + FRENCH, encoding="utf-8")
    article = only_article(read(path))
    assert any("2022-13" in w for w in article.warnings)


def test_jsonl_is_recognised_whatever_the_file_name(tmp_path):
    from vigie.articles import Article, read_articles

    path = tmp_path / "corpus.in"
    path.write_text('{"id": "a", "date": "2022-03-01", "text": "La Russie a bombardé Kharkiv lundi."}\n'
                    '{"id": "b", "date": "2022-03-02", "text": "Le Japon a condamné la Chine."}\n', encoding="utf-8")
    articles = [a for a in read_articles([str(path)]) if isinstance(a, Article)]
    assert [a.id for a in articles] == ["a", "b"]

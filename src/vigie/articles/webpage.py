"""HTML pages: the main text, title and publication date, with trafilatura and htmldate."""

from __future__ import annotations

import warnings as python_warnings
from pathlib import Path

from ..errors import InputError
from .model import Article, ReadOptions

HTML_MIME = ("text/html", "application/xhtml+xml")


def parse_html(raw: bytes, name: str, options: ReadOptions, url: str | None = None, doc_id: str | None = None,
               line: int | None = None) -> Article | InputError:
    """One page -> Article (its main text, boilerplate left out), or InputError when it has none.

    The date is the page's original publication date (htmldate: metadata, URL, then visible dates),
    else the default date. `url`: where the page was fetched (WARC), else its canonical link."""
    import htmldate
    import trafilatura

    origin = f"{name}:{line}" if line is not None else name
    doc_id = doc_id or url or Path(name).name
    try:
        with python_warnings.catch_warnings():
            python_warnings.simplefilter("ignore")  # lxml's FutureWarnings about element truth
            page = trafilatura.bare_extraction(raw, url=url, with_metadata=True, include_comments=False,
                                               include_tables=False, date_extraction_params={
                                                   "original_date": True, "extensive_search": False})
            date = None if page is None else page.date or htmldate.find_date(
                raw, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError, LookupError, RecursionError) as err:
        return InputError(name, f"is not readable HTML ({type(err).__name__}: {err})", line=line,
                          article_id=doc_id, hint="give the page as saved by a browser or a crawler")
    if page is None or not (page.text or "").strip():
        return InputError(name, "has no article text (no main text found in the page)", line=line,
                          article_id=doc_id, hint="an index page, an empty body or a script-only page holds no article")
    article = Article(id=doc_id, text=page.text, date=date or options.default_date, title=page.title or None,
                      url=url or page.url or None, source=page.sitename or None, origin=origin)
    lang = getattr(page, "language", None)
    if isinstance(lang, str) and lang.strip():
        article.lang = lang.strip()
    if article.date is None:
        article.warnings.append(f"{origin}: no publication date found in the page; relative dates stay unresolved")
    return article

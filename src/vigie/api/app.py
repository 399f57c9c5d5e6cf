"""The HTTP face of the store: a read-only JSON API, its OpenAPI page and the dashboard, all offline.

    app = create_app("vigie.duckdb")        # what `vigie serve` runs under uvicorn

Every route calls the store's query functions (vigie.store.queries): there is no SQL here. The store
is opened read-only; each request gets its own cursor. Errors never carry a stack trace to the client:
a bad parameter is a 422 that names it, a missing event or article a 404, anything else a 500 with
a short message (the trace goes to the server's log).
"""

from __future__ import annotations

import logging
import threading
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import VigieError
from ..ontology import Ontology
from ..store import Store
from .routes import router

LOG = logging.getLogger("vigie.api")
STATIC = Path(str(files("vigie.web") / "static"))


class StoreHandle:
    """One read-only connection for the process; `cursor()` gives each request its own."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.store = Store.open(self.path, read_only=True)
        self._lock = threading.Lock()

    def cursor(self) -> Store:
        with self._lock:
            return self.store.cursor()

    def close(self) -> None:
        """Close the process's connection (the app's lifespan does not: an ASGI test client may start and
        stop it many times; the connection ends with the process)."""
        self.store.close()


def create_app(db: str | Path, cors_origins: list[str] | None = None) -> FastAPI:
    """The API and dashboard over the store file `db` (opened read-only, raises StoreError if absent)."""
    handle = StoreHandle(db)

    app = FastAPI(title="Vigie", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only access to coded French news events: queries, timelines, "
                  "networks, evidence. Every list is paginated; page_size is capped.")
    app.state.store = handle
    app.state.code_names = {c.code: c.name_fr for c in Ontology.load()}
    app.include_router(router, prefix="/api")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET"])

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Vigie API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "invalid"), "type": e.get("type", "")}
                  for e in err.errors()]
        return JSONResponse(status_code=422, content={"detail": detail})

    @app.exception_handler(VigieError)
    async def vigie_error(request: Request, err: VigieError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": [{"loc": ["query"], "msg": str(err),
                                                                   "type": "value_error"}]})

    @app.exception_handler(Exception)
    async def crash(request: Request, err: Exception) -> JSONResponse:
        LOG.exception("error on %s", request.url.path)
        return JSONResponse(status_code=500, content={"detail": "internal error; see the server's log"})

    return app

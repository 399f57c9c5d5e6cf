"""The read-only HTTP API over the store (FastAPI): `create_app(db)`; `vigie serve` runs it."""

"""Scale-out on Dask (the optional extra `vigie[dask]`): `vigie ingest --dask-local N` or `--scheduler URL`.

The corpus is cut into partitions; each Dask worker holds one engine (`EnginePlugin`), codes a partition
and writes it as one Parquet shard; the store then loads the shards in partition order, so the events
are those of a local run. A worker that dies mid-partition has its partition retried by Dask; a shard is
written to a temporary name and renamed, and named by its partition, so a retry replaces, never doubles.
"""

from __future__ import annotations

from .shards import read_shard, write_shard

__all__ = ["read_shard", "write_shard"]

"""Batch running: the plan (`--resume`), the executor (processes, Dask), the output (`-o`),
signals (Ctrl-C, SIGTERM) and the progress bar; `runner.emit` ties them together for the CLI.

Modules: `plan` (what to compute, kept records), `executor` (ordered results from a process
pool), `dask` (the same on a Dask cluster), `output` (stdout or a safely replaced file),
`signals`, `progress`, `runner`.
"""

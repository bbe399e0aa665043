"""Use cases that a button or a CLI command runs: plain data in and out, one transaction each."""

"""CLI commands beyond the core ones, one module per area, registered in polkg/cli.py."""
